/**
 * Issue 14: a keyboard-only walk of every guide, from its start page to an outcome. The guides
 * come from GUIDE_IDS and each walk is the guide's shortest path in the path book, so a new guide
 * or a changed first question is covered without editing this file.
 */
import { expect, test } from '@playwright/test';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { allPaths } from '../../src/buildtime/pathbook.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { answerWithKeyboard } from './helpers/keyboard.ts';

function shortestPath(guide: keyof typeof MACHINES) {
  return allPaths(MACHINES[guide]).reduce((best, path) => (path.steps.length < best.steps.length ? path : best));
}

test.describe('varje guide med bara tangentbordet', () => {
  for (const guide of GUIDE_IDS) {
    test(`${guide}: från startsidan till ett utfall`, async ({ page }) => {
      const path = shortestPath(guide);
      await openHydrated(page, `/guide/${guide}`);
      // Tab from the top of the page to "Starta", as someone without a mouse would.
      const start = page.getByRole('button', { name: 'Starta' });
      for (let tabs = 0; tabs < 40 && !(await start.evaluate((el) => el === document.activeElement)); tabs++) {
        await page.keyboard.press('Tab');
      }
      await expect(start).toBeFocused();
      await page.keyboard.press('Enter');
      for (const step of path.steps) await answerWithKeyboard(page, { value: step.answer });
      await expect(page.locator('.verdict-panel')).toBeVisible();
      // The outcome's heading has focus, so a screen reader starts at the verdict.
      await expect(page.locator('h1[data-guide-heading]')).toBeFocused();
      expect(new URL(page.url()).searchParams.get(path.steps[0].node)).toBe(path.steps[0].answer);
    });
  }
});
