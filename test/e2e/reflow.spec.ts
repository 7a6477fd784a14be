/**
 * Reflow and accessibility on every page (WCAG 2.1 AA 1.4.10, aim 2.2): at 320 px no prerendered
 * page and no outcome type is wider than the viewport, and axe finds nothing at 375 and 1280 px on
 * any prerendered page (every guide state is axe-checked in axe-states.spec.ts). Routes come from
 * the build's own list (src/buildtime/routes-to-prerender.ts), outcomes from the machines (one per
 * verdict), so a new page or verdict is covered without editing this file.
 */
import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from '../../src/buildtime/routes-to-prerender.ts';
import { NARROW, axeNarrowAndWide } from './helpers/axe.ts';
import { outcomeTypes } from './outcome-types.ts';

const ROUTES = siteRoutes();
const OUTCOMES = await outcomeTypes();

/** Why the page is wider than the viewport (empty when it is not), for the failure message. */
async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits = [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent?.slice(0, 40)}`);
    return [`${location.pathname}${location.search}: ${document.documentElement.scrollWidth} px > ${width} px`, ...culprits];
  });
}

test.describe('ingen sida är bredare än 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test(`alla ${ROUTES.length} förrenderade sidor`, async ({ page }) => {
    test.setTimeout(180_000);
    const wide: string[] = [];
    for (const { path } of ROUTES) {
      await page.goto(path);
      wide.push(...(await widerThanViewport(page)));
    }
    expect(wide).toEqual([]);
  });

  test(`ett utfall per bedömning (${OUTCOMES.length} st.)`, async ({ page }) => {
    const wide: string[] = [];
    for (const o of OUTCOMES) {
      await page.goto(o.url);
      await expect(page.locator('.outcome')).toBeVisible();
      wide.push(...(await widerThanViewport(page)));
    }
    expect(wide).toEqual([]);
  });
});

/**
 * axe on every prerendered page at both widths, in one visit: the page is checked at 375 px, then
 * resized to 1280 px and checked again (the layout changes, the content does not load again).
 */
for (const { path } of ROUTES) {
  test(`axe (WCAG 2.2 AA) vid 375 och 1280 px: ${path}`, async ({ page }) => {
    await page.setViewportSize(NARROW);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await axeNarrowAndWide(page)).toEqual({ 375: [], 1280: [] });
  });
}

// Every question and outcome of every guide: axe-states.spec.ts.
