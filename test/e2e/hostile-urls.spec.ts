/**
 * Hostile and broken guide links in the browser (issue 14): the jsdom test renders 600 per guide
 * (test/engine/hostile-urls.test.tsx); this sample opens links from the same generator as a user
 * would — prerendered page, hydration, then the URL's state — and checks that each lands on a
 * question or an outcome, says so when the link does not fit, runs nothing from the link and logs no
 * error (a hydration mismatch would).
 */
import { expect, test } from '@playwright/test';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { replay } from '../../src/engine/url.ts';
import { hostileParams, rng } from '../engine/hostile-params.ts';
import { guideVersions } from './outcome-types.ts';

const PER_GUIDE = 30;

for (const id of GUIDE_IDS) {
  test(`${id}: ${PER_GUIDE} slumpade och fientliga länkar öppnade i webbläsaren`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`${page.url()}: en dialog öppnades (${d.message()})`);
      void d.dismiss();
    });
    const machine = MACHINES[id];
    const versions = guideVersions(id);
    const random = rng(id.length * 104_729);
    for (let i = 0; i < PER_GUIDE; i++) {
      const params = hostileParams(id, random);
      const position = replay(machine, params, versions);
      await page.goto(`/guide/${id}/fragor?${params}`);
      await expect(page.locator('h1[data-guide-heading]')).toBeVisible();
      await expect(page.getByText('Guiden laddas')).toBeHidden();
      const link = params.toString().slice(0, 200);
      await expect(page.locator('.outcome'), link).toHaveCount(position.isOutcome ? 1 : 0);
      // "Länken stämmer inte helt" exactly when the link does not fit.
      const notice = page.locator('[data-guide-problem]');
      if (position.problems.length > 0) await expect(notice, link).toBeVisible();
      else await expect(notice, link).toHaveCount(0);
      // Nothing from the link became markup: no planted image or handler, no script carrying it.
      expect(await page.locator('img[src="x"], [onerror]').count(), link).toBe(0);
      expect(await page.evaluate(() => [...document.scripts].some((s) => /alert\(1\)/.test(s.textContent ?? ''))), link).toBe(false);
      expect(await page.title(), link).not.toMatch(/[<>]/);
    }
    expect(problems).toEqual([]);
  });
}
