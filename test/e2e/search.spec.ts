import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { openHydrated } from './helpers/hydrated.ts';

/** The header's search button appears once the page is live. */
async function openWithCtrlK(page: Page) {
  await expect(page.getByRole('button', { name: /Sök/ })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Sök i Sekretessguiden' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('sökningen', () => {
  test('Ctrl+K, skriv, välj med tangentbordet: sidan öppnas vid avsnittet och fokus står på rubriken', async ({ page }) => {
    await openHydrated(page, '/handbok/samtycke');
    const dialog = await openWithCtrlK(page);
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    await page.keyboard.type('polisen ringer mitt i natten');
    await expect(dialog.getByRole('status')).toHaveText(/träff/);
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText('Polisen ringer mitt i natten');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/handbok\/fragor-och-svar#polisen-ringer-mitt-i-natten/);
    const heading = page.getByRole('heading', { name: /Polisen ringer mitt i natten/ });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test('"/" öppnar sökningen, Esc stänger den och fokus går tillbaka', async ({ page }) => {
    await openHydrated(page, '/');
    const button = page.getByRole('button', { name: /Sök/ });
    await expect(button).toBeVisible();
    await button.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Sök i Sekretessguiden' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('/sok?q=10:21 visar lagrummet först, som en numrerad lista med länkar i huvudinnehållet', async ({ page }) => {
    await openHydrated(page, '/sok?q=10:21');
    const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: /10 kap\. 21 § OSL/ }) });
    await expect(list).toBeVisible();
    expect(await list.evaluate((el) => el.tagName)).toBe('OL');
    await expect(list.getByRole('listitem').first().getByRole('link').first()).toHaveText(/^10 kap\. 21 § OSL/);
    await list.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/lagrum\/osl-10-21$/);
  });

  test('en gammal SoL-paragraf visar den nya och säger att den har flyttat', async ({ page }) => {
    await openHydrated(page, `/sok?q=${encodeURIComponent('14 kap 1 § SoL')}`);
    const first = page.locator('main ol.search-results > li').first();
    await expect(first.getByRole('link')).toHaveText(/^19 kap\. 1 § SoL/);
    await expect(first).toContainText('14 kap. 1 § SoL (2001:453)');
    await expect(first).toContainText('1 juli 2025');
  });

  test('/sok?q=<script> visar frågan som text', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
    await openHydrated(page, `/sok?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
    await expect(page.getByRole('main')).toContainText('Inga träffar för');
    await expect(page.getByRole('main')).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('utan JavaScript säger sökformuläret att det behövs och länkar kapitellistan', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/handbok/samtycke');
    await page.getByRole('searchbox', { name: 'Sök i Sekretessguiden' }).fill('samtycke');
    await page.getByRole('searchbox', { name: 'Sök i Sekretessguiden' }).press('Enter');
    await expect(page).toHaveURL(/\/sok\?q=samtycke/);
    await expect(page.getByRole('main')).toContainText('Sökningen behöver JavaScript');
    await page.getByRole('link', { name: 'kapitellistan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handbok');
    await context.close();
  });

  test('indexet laddas först när sökningen öppnas, och inte alls på ett kapitel', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (/sok-index\.|search-dialog|load-engine/.test(r.url())) loaded.push(r.url());
    });
    await openHydrated(page, '/handbok/grunderna');
    await expect(page.getByRole('button', { name: /Sök/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await openWithCtrlK(page);
    await expect.poll(() => loaded.some((u) => /sok-index\.[0-9a-f]+\.json$/.test(u))).toBe(true);
  });

  test('axe hittar inga fel i sökdialogen med träffar', async ({ page }) => {
    await openHydrated(page, '/');
    const dialog = await openWithCtrlK(page);
    await page.keyboard.type('samtycke');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
  });

  test('axe hittar inga fel på resultatsidan, med och utan träffar', async ({ page }) => {
    for (const q of ['orosanmälan', 'qqqzzz']) {
      await openHydrated(page, `/sok?q=${encodeURIComponent(q)}`);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/träff/);
      expect(await axeViolations(page), q).toEqual([]);
    }
  });
});
