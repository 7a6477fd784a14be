/**
 * Issue 14: printing. Chapters, outcomes (the guidance and the record to fill in), decision
 * diagrams and trainer handouts are printed to PDF in Chromium: each has a sensible number of A4
 * pages, and none of the site's navigation or controls are in what is printed.
 * Pages come from the build's route list and the machines (one outcome per verdict).
 */
import { expect, test, type Page } from '@playwright/test';
import { siteRoutes } from '../../src/buildtime/routes-to-prerender.ts';
import { outcomeTypes } from './outcome-types.ts';
import { openHydrated } from './helpers/hydrated.ts';

const ROUTES = siteRoutes();
const OUTCOMES = await outcomeTypes();
const of = (kind: string) => ROUTES.filter((r) => r.kind === kind).map((r) => r.path);

/** What a printout must not contain: navigation, search, buttons and other on-screen controls. */
const CHROME = [
  '.site-header',
  '.site-footer',
  '.skip-link',
  'nav',
  '[role="navigation"]',
  '[role="search"]',
  'button',
  '[role="button"]',
  'input:not([type="hidden"])',
  '[data-update-notice]',
].join(', ');

async function printed(page: Page): Promise<{ pages: number; chrome: string[]; text: number }> {
  await page.emulateMedia({ media: 'print' });
  const chrome = await page.locator(CHROME).evaluateAll((elements) =>
    elements
      .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
  // A link within the page that leads to something not printed ("Till innehållet") is chrome too.
  const deadLinks = await page.locator('a[href^="#"]').evaluateAll((links) =>
    links
      .filter((a) => a.getClientRects().length > 0)
      .filter((a) => {
        const target = document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)));
        return target !== null && target.getClientRects().length === 0;
      })
      .map((a) => `a: ${(a.textContent ?? '').trim()} → ${a.getAttribute('href')}`),
  );
  chrome.push(...new Set(deadLinks));
  const text = (await page.locator('body').innerText()).trim().length;
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  // Each page of the PDF is one "/Type /Page" object ("/Type /Pages" is the tree that holds them).
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  return { pages, chrome, text };
}

const cases: { name: string; url: string; maxPages: number }[] = [
  ...of('kapitel').map((url) => ({ name: `kapitel ${url}`, url, maxPages: 30 })),
  ...OUTCOMES.map((o) => ({ name: `utfall ${o.verdict} (${o.guide}/${o.outcome})`, url: o.url, maxPages: 6 })),
  ...of('guide-oversikt').map((url) => ({ name: `diagram ${url}/karta`, url: `${url}/karta`, maxPages: 12 })),
  ...of('presentera-utdelning').slice(0, 3).map((url) => ({ name: `utdelning ${url}`, url, maxPages: 4 })),
];

test.describe('utskrift till PDF', () => {
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await openHydrated(page, c.url);
      // A guide page loads its guide after hydration ("Guiden laddas …"): print what the user sees.
      await expect(page.locator('.loading:visible')).toHaveCount(0);
      if (c.name.startsWith('utfall')) await expect(page.locator('.verdict-panel')).toBeVisible();
      const { pages, chrome, text } = await printed(page);
      expect(chrome, 'navigering eller knappar i utskriften').toEqual([]);
      expect(text, 'utskriften har text').toBeGreaterThan(200);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, `${pages} sidor`).toBeLessThanOrEqual(c.maxPages);
    });
  }
});
