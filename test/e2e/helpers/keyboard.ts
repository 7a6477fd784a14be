import { expect, type Page } from '@playwright/test';
import { toNextStep } from './guide-step.ts';

/**
 * Answers the shown guide question with the keyboard only: the heading has focus after each step,
 * Tab goes into the radios, Space picks the first, arrows move to the answer, Enter submits the
 * form. The answer is given by its visible label or by its value (the id in the URL).
 */
export async function answerWithKeyboard(page: Page, answer: { label: string } | { value: string }) {
  const heading = page.locator('h1[data-guide-heading]');
  await expect(heading).toBeFocused();
  const radios = page.getByRole('radio');
  await page.keyboard.press('Tab');
  await expect(radios.first()).toBeFocused();
  const options =
    'label' in answer
      ? (await page.locator('.radio__label').allTextContents()).map((l) => l.trim())
      : await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const wanted = 'label' in answer ? answer.label : answer.value;
  const index = options.indexOf(wanted);
  expect(index, `svaret "${wanted}" finns bland ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
  await toNextStep(page, () => page.keyboard.press('Enter')); // Enter submits the form from a focused radio
}
