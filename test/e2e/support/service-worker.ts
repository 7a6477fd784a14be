import { expect, type BrowserContext, type Page } from '@playwright/test';
import { contentVersion } from '../outcome-types.ts';

/** Waits until the page is controlled by the service worker, that is, until the precache is complete. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** A guide walk that reaches an outcome (polisen: no acute danger, the information points out no one). */
export const GUIDE_WITH_ANSWERS = `guide/polisen/fragor?v=${contentVersion('polisen')}&akut-fara=nej&identifierbar=nej`;
/** The same walk one question before its outcome. */
export const GUIDE_MID_WALK = `guide/polisen/fragor?v=${contentVersion('polisen')}&akut-fara=nej`;

/**
 * Debian's Chromium 150 keeps `navigator.onLine` true in a tab whose page the service worker served
 * after `context.setOffline(true)`, although every request from it fails (Chromium 156 did not).
 * A real browser without network says offline in every tab, so tell this tab again, the way
 * Playwright's setOffline does, through the DevTools protocol. What is tested is unchanged: the page
 * came from the service worker, and the app shows the offline notice when the browser says offline.
 */
async function tellOffline(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // The session stays attached: detaching it would end its emulation.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

/** Visit once, go offline, and open each kind of page in a new tab: all must come from the service worker. */
export async function coldStartOffline(context: BrowserContext, prefix: string) {
  const first = await context.newPage();
  await first.goto(prefix);
  await waitForServiceWorker(first);
  await first.close();
  await context.setOffline(true);

  const open = async (path: string) => {
    const page = await context.newPage();
    const response = await page.goto(prefix + path);
    expect(response?.fromServiceWorker(), `${path} kom från service workern`).toBe(true);
    await tellOffline(page);
    await expect(page.locator('[data-offline-notice]')).toHaveText(/^Du är offline – innehållet är från \d+ \w+ \d{4}\.$/);
    return page;
  };

  const chapter = await open('handbok/samtycke#vem-ska-samtycka');
  await expect(chapter.getByRole('heading', { level: 1 })).toHaveText('Samtycke');
  // Moving on inside the app loads the next route's code from the precache too.
  await chapter.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Handbok' }).click();
  await expect(chapter.getByRole('heading', { level: 1 })).toHaveText('Handbok');

  const walk = await open(GUIDE_WITH_ANSWERS);
  await expect(walk.locator('.verdict-panel')).toBeVisible();

  const provision = await open('lagrum/osl-10-21');
  await expect(provision.getByRole('heading', { level: 1 })).toContainText('10 kap. 21 § OSL');

  // A trailing slash is not a precached address: the SPA fallback renders the route instead.
  const slash = await open('handbok/grunderna/');
  await expect(slash.getByRole('heading', { level: 1 })).toHaveText(/Grunderna/);

  // Search: the page, the search code and the index all come from the precache.
  const search = await open('sok?q=samtycke');
  await expect(search.getByRole('link', { name: /samtycke/i }).first()).toBeVisible();
}
