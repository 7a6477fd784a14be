/**
 * Reflow and accessibility on every page (WCAG 2.1 AA 1.4.10, aim 2.2): at 320 px no prerendered
 * page and no outcome type is wider than the viewport, and axe finds nothing at 375 and 1280 px on
 * the prerendered pages (every guide state is axe-checked in axe-states.spec.ts). Routes come from
 * the build's own list (src/buildtime/routes-to-prerender.ts), outcomes from the machines (one per
 * verdict), so a new page or verdict is covered without editing this file.
 */
import { existsSync, statSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { siteRoutes, type RouteKind } from '../../src/buildtime/routes-to-prerender.ts';
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

/** Size of a route's built HTML file (dist/), 0 when unknown. */
function builtSize(route: string): number {
  const file = `dist${route === '/' ? '' : route}/index.html`;
  return existsSync(file) ? statSync(file).size : 0;
}

/** Kinds with many pages of one build, where axe checks only the largest of them. */
const MANY: RouteKind[] = [
  'kapitel',
  'lagrum',
  'ovningsfall',
  'presentera-fall',
  'presentera-presentator',
  'presentera-utdelning',
];

/**
 * Every page, except that where many pages share one kind (chapters, provisions, training cases,
 * the trainer's case screens)
 * axe checks the largest: the most content, the most to get wrong. The guides differ in build,
 * so each guide's pages are checked.
 */
function axeSample(): string[] {
  const largest = new Map<RouteKind, string>();
  const all: string[] = [];
  for (const { path, kind } of ROUTES) {
    if (!MANY.includes(kind)) all.push(path);
    else if (!largest.has(kind) || builtSize(path) > builtSize(largest.get(kind)!)) largest.set(kind, path);
  }
  return [...all, ...largest.values()];
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [375, 1280]) {
  test.describe(`axe (WCAG 2.2 AA) vid ${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 667 : 800 } });

    for (const route of axeSample()) {
      test(route, async ({ page }) => {
        await page.goto(route);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    // Every question and outcome of every guide: axe-states.spec.ts.
  });
}
