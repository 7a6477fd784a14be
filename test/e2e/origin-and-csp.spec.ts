/**
 * Issue 12: no request ever leaves the site's origin (service worker included), and the
 * Content-Security-Policy each page carries is never violated — on every kind of page and across a
 * walk through every guide to its outcome.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { inlineScriptHashes, pagePolicy } from '../../src/buildtime/content-security-policy.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { toNextStep } from './helpers/guide-step.ts';

test.use({ serviceWorkers: 'allow' });

const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

/** One address of each route (the first prerendered page under it), the unknown-address page, and search if present. */
function oneOfEachRoute(): string[] {
  const urls = pages
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.slice(DIST.length + 1, -'index.html'.length)}`.replace(/\/$/, '') || '/');
  // "/handbok/samtycke" → "/handbok/:x", "/guide/polisen/fragor" → "/guide/:x/fragor".
  const pattern = (url: string) => url.split('/').map((segment, i) => (i === 2 ? ':x' : segment)).join('/');
  const seen = new Map<string, string>();
  for (const url of urls.sort()) if (!seen.has(pattern(url))) seen.set(pattern(url), url);
  return [...seen.values(), '/finns-inte', '/handbok/grunderna/'];
}

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|CSP-brott/.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP-brott: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return violations;
}

/** Answers the first choice on every question until an outcome. */
async function walkToOutcome(page: Page) {
  const verdict = page.locator('.verdict-panel');
  for (let step = 0; step < 25; step++) {
    await expect(page.locator('[data-guide-heading]')).toBeVisible();
    if (await verdict.isVisible()) return;
    await page.getByRole('radio').first().check();
    await toNextStep(page, () => page.getByRole('button', { name: 'Fortsätt' }).click());
  }
  await expect(verdict).toBeVisible();
}

test('varje sida bär en policy som täcker exakt dess inline-skript', () => {
  expect(pages.length).toBeGreaterThan(100);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(policies, file).toEqual([pagePolicy(inlineScriptHashes(html))]);
    // The policy comes before the first script, or it would not govern it.
    // (404.html has no scripts at all: it is never hydrated, see not-found-page.ts.)
    if (html.includes('<script')) expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(html.indexOf('<script'));
  }
});

test('inga anrop till andra webbplatser och inga CSP-brott, på alla sorters sidor och genom varje guide', async ({ context, page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  const violations = watchCsp(page);

  await page.goto('/');
  await waitForServiceWorker(page); // the precache has fetched every file of the site by now
  for (const url of oneOfEachRoute()) {
    await page.goto(url);
    await expect(page.locator('main')).not.toBeEmpty();
  }

  const guides = readdirSync(join(DIST, 'guide'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  expect(guides.length).toBeGreaterThan(0);
  for (const id of guides) {
    await openHydrated(page, `/guide/${id}`);
    await page.getByRole('button', { name: 'Starta' }).click();
    await walkToOutcome(page);
  }

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
