import type { Page } from '@playwright/test';

/**
 * Goes to a URL and waits until the app has hydrated (src/components/route-focus.tsx marks <html>).
 * A prerendered page shows its text and controls before its scripts run; a test that clicks at once
 * would test the no-JavaScript fallback instead of the app.
 */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
