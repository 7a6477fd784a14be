/**
 * Reflow and accessibility on every page (WCAG 2.1 AA 1.4.10, aim 2.2): at 320 px no prerendered
 * page and no outcome type is wider than the viewport, and axe finds nothing at 375 and 1280 px.
 * Routes come from the build's own list (src/buildtime/routes-to-prerender.ts), outcomes from the
 * machines (one per verdict), so a new page or verdict is covered without editing this file.
 */
import { existsSync, statSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { prerenderPaths } from '../../src/buildtime/routes-to-prerender.ts';
import { outcomeTypes } from './outcome-types.ts';

const ROUTES = prerenderPaths();
const OUTCOMES = await outcomeTypes();

/** Elements wider than the viewport, for the failure message. */
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

/** Size of a route's built HTML file (dist/), 0 when unknown. */
function builtSize(route: string): number {
  const file = `dist${route === '/' ? '' : route}/index.html`;
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * Where many pages share one route (chapters, provisions, training cases), axe checks the largest:
 * the most content, the most to get wrong. Every guide page is checked: the guides differ in build.
 */
function oneRoutePerPattern(routes: string[]): string[] {
  const pattern = (r: string) => (r.startsWith('/guide/') ? r : r.replace(/^\/(handbok|lagrum|ovningsfall)\/.+$/, '/$1/:x'));
  const picked = new Map<string, string>();
  for (const r of routes) {
    const known = picked.get(pattern(r));
    if (!known || builtSize(r) > builtSize(known)) picked.set(pattern(r), r);
  }
  return [...picked.values()];
}

test.describe('ingen sida är bredare än 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test(`alla ${ROUTES.length} förrenderade sidor`, async ({ page }) => {
    test.setTimeout(120_000);
    const wide: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
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

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const AXE_ROUTES = oneRoutePerPattern(ROUTES);

for (const width of [375, 1280]) {
  test.describe(`axe (WCAG 2.2 AA) vid ${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 667 : 800 } });

    test('varje sidtyp', async ({ page }) => {
      test.setTimeout(120_000);
      const found: string[] = [];
      for (const route of AXE_ROUTES) {
        await page.goto(route);
        await page.waitForLoadState('networkidle');
        found.push(...(await axeViolations(page)));
      }
      expect(found).toEqual([]);
    });

    test('varje bedömning', async ({ page }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const o of OUTCOMES) {
        await page.goto(o.url);
        await expect(page.locator('.outcome')).toBeVisible();
        found.push(...(await axeViolations(page)));
      }
      expect(found).toEqual([]);
    });
  });
}
