import type { Page } from '@playwright/test';
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
