/**
 * Issue 12: after one visit everything works with no network, in a new tab, also under a base path;
 * the site is installable; a new version waits for the user and for a safe moment.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { GUIDE_MID_WALK, coldStartOffline, waitForServiceWorker } from './support/service-worker.ts';
import { TEST_BASE, VERSION_B, buildA, buildB, extraPort, serve, type Server } from './support/site-builds.ts';

test.use({ serviceWorkers: 'allow' });

test.describe('utan nätverk', () => {
  test('en ny flik öppnar kapitel, guide med svar i adressen, lagrum och sökning', async ({ context }) => {
    test.setTimeout(120_000); // the first visit precaches the whole site
    await coldStartOffline(context, '/');
  });

  test('utan service worker fungerar ingenting offline (kontroll av testet)', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await context.setOffline(true);
    await expect(page.goto('/handbok/samtycke')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });

  test('går att installera: manifest, ikoner och inga installationsfel i Chromium', async ({ playwright, baseURL, request }) => {
    test.setTimeout(120_000);
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', lang: 'sv' });
    for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
    // A normal profile, not Playwright's incognito-like context, in which Chromium never installs apps.
    const profile = mkdtempSync(join(tmpdir(), 'sg-profil-'));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      baseURL,
      serviceWorkers: 'allow',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe(`under bassökvägen ${TEST_BASE}`, () => {
  let server: Server | undefined;

  test.afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  test('en ny flik öppnar kapitel, guide med svar och lagrum utan nätverk', async ({ browser }) => {
    test.setTimeout(240_000);
    server = await serve(buildA(), TEST_BASE, extraPort());
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: server.origin });
    const page = await context.newPage();
    await page.goto(TEST_BASE);
    await waitForServiceWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${server.origin}${TEST_BASE}`);
    await coldStartOffline(context, TEST_BASE);
    await context.close();
  });
});

test.describe('en ny version', () => {
  let server: Server | undefined;

  test.afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function startOn(browser: Browser, dir: string) {
    server = await serve(dir, TEST_BASE, extraPort(1));
    return server.origin + TEST_BASE;
  }

  test('väntar på användaren och på slutet av guiden, och visar sedan den nya versionen överallt', async ({ browser }) => {
    test.setTimeout(300_000);
    const [a, b] = [buildA(), buildB()];
    let site = await startOn(browser, a);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const chapter = await context.newPage();
    await chapter.goto(`${site}handbok/samtycke`);
    await waitForServiceWorker(chapter);
    const versionA = (await chapter.locator('.site-footer').innerText()).match(/Innehållsversion (\S+)/)?.[1];
    expect(versionA).toBeTruthy();
    expect(versionA).not.toBe(VERSION_B);
    const walk = await context.newPage();
    await walk.goto(site + GUIDE_MID_WALK);
    await expect(walk.getByRole('radio').first()).toBeVisible();

    // Version B is published.
    await server?.stop();
    site = await startOn(browser, b);

    // A reload finds B; the page offers it and keeps showing A until the user chooses.
    await chapter.reload();
    const notice = chapter.locator('[data-update-notice]');
    await expect(notice).toContainText('En ny version av Sekretessguiden finns.', { timeout: 60_000 });
    await expect(notice.getByRole('link', { name: 'Vad är nytt?' })).toHaveAttribute('href', `${TEST_BASE}om/andringar`);
    await expect(chapter.locator('.site-footer')).toContainText(`Innehållsversion ${versionA}`);

    // In the middle of a walk the notice waits, although the new version is ready there too.
    await walk.reload();
    await expect(walk.getByRole('radio').first()).toBeVisible();
    await expect(walk.locator('.site-status')).toHaveAttribute('data-update-ready', 'ja');
    await expect(walk.locator('[data-update-notice]')).toHaveCount(0);

    // At the outcome it is shown; accepting reloads into B.
    await walk.locator('input[type=radio][value="nej"]').check();
    await walk.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(walk.locator('.verdict-panel')).toBeVisible();
    await walk.locator('[data-update-notice]').getByRole('button', { name: 'Uppdatera nu' }).click();
    await expect(walk.locator('.site-footer')).toContainText(`Innehållsversion ${VERSION_B}`, { timeout: 30_000 });
    await expect(walk.locator('.verdict-panel')).toBeVisible();

    // The other tab was never reloaded behind the user's back: it still shows A and offers B.
    await expect(chapter.locator('.site-footer')).toContainText(`Innehållsversion ${versionA}`);
    await expect(chapter.locator('[data-update-notice]')).toBeVisible();

    // Every new page is B, also offline, and A's files are gone from the cache.
    await context.setOffline(true);
    const fresh = await context.newPage();
    await fresh.goto(`${site}om/andringar`);
    await expect(fresh.locator('.site-footer')).toContainText(`Innehållsversion ${VERSION_B}`);
    await expect(fresh.getByText('Testversion B')).toBeVisible();
    const cached = await fresh.evaluate(async () => {
      const names = await caches.keys();
      const urls = (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat();
      return { names, urls };
    });
    expect(cached.names).toHaveLength(1);
    const assetsOf = (dir: string) => new Set(readdirSync(`${dir}/assets`));
    const onlyInA = [...assetsOf(a)].filter((file) => !assetsOf(b).has(file));
    expect(onlyInA.length).toBeGreaterThan(0);
    expect(cached.urls.filter((url) => onlyInA.some((file) => url.endsWith(`/assets/${file}`)))).toEqual([]);
    await context.close();
  });
});
