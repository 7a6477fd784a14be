import { expect, type Page } from '@playwright/test';

/**
 * Does what moves a guide on (a click, a key) and waits for the next question or outcome to be on
 * the page. React Router changes the URL before the next question renders, so waiting for the URL
 * is not enough: on a slow machine the next action would land on the old form. Each question is a
 * new heading element (the page is keyed by question), so the marked old one must be gone.
 */
export async function toNextStep(page: Page, act: () => Promise<void>): Promise<void> {
  await page.locator('h1[data-guide-heading]').evaluate((element) => element.setAttribute('data-answered', ''));
  await act();
  await expect(page.locator('h1[data-guide-heading]:not([data-answered])')).toBeVisible();
}
