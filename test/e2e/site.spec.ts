import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { collectConsoleErrors } from './helpers/console-errors.ts';

import { prerenderPaths, sampleRoutes } from '../../src/buildtime/routes-to-prerender.ts';

/** One page of every kind, from the build's own route list (src/buildtime/routes-to-prerender.ts). */
const ROUTES = sampleRoutes();

test.describe('den statiska webbplatsen', () => {
  test('startsida → kapitel → lagrummets sida, med klick', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad gäller din fråga?');
    await page.getByRole('link', { name: 'Samtycke', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samtycke');
    await page.getByRole('link', { name: '12 kap. 3 § OSL' }).first().click();
    await expect(page).toHaveURL(/\/lagrum\/osl-12-3$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('12 kap. 3 § OSL');
    await expect(page.getByRole('link', { name: 'Samtycke' }).last()).toBeVisible();
  });

  test('okänd adress ger status 404 och en svensk sida med vägar vidare', async ({ page }) => {
    const response = await page.goto('/finns-inte');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
    await page.getByRole('link', { name: 'Handbokens kapitel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handbok');
  });

  test('skickar sidor och skript förkomprimerade (Brotli, annars gzip), med samma innehåll', async ({ request }) => {
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip']] as const) {
      const page = await request.get('/handbok/samtycke', { headers: { 'Accept-Encoding': encoding } });
      expect(page.headers()['content-encoding']).toBe(expected);
      expect(await page.text()).toContain('<h1 id="kapitel-rubrik">Samtycke</h1>');
    }
    const plain = await request.get('/handbok/samtycke', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
  });

  for (const route of ROUTES) {
    test(`axe hittar inga fel på ${route}`, async ({ page }) => {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('axe hittar inga fel på 404-sidan', async ({ page }) => {
    await page.goto('/finns-inte');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('alla förrenderade sidor har lang="sv" och en egen titel', async ({ page }) => {
    test.setTimeout(120_000);
    for (const route of prerenderPaths().filter((p) => p !== '/404')) {
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
      await expect(page).toHaveTitle(/Sekretessguiden/);
    }
  });

  test('ett kapitel går att läsa helt utan JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/handbok/grunderna');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Grunderna/);
    await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Varför gäller inte generalklausulen för socialtjänsten?' })).toBeVisible();
    await expect(page.getByRole('link', { name: '26 kap. 1 § OSL' }).first()).toHaveAttribute('href', '/lagrum/osl-26-1');
    await context.close();
  });

  test('första besöket på ett kapitel laddar inte kapitlets JavaScript, men visningen fungerar', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(samtycke|grunderna)-[\w-]+\.js$/.test(r.url())) chunks.push(r.url());
    });
    await page.goto('/handbok/samtycke');
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);
    const button = page.locator('.lagrum__toggle').first();
    await expect(button).toHaveAccessibleName(/^Visa sammanfattning av /);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveAccessibleName(/^Dölj sammanfattning av /);
    await expect(page.locator('.lagrum__panel').first()).toBeVisible();
    // Navigating inside the app then loads just the next chapter's own chunk.
    await page.getByRole('link', { name: /Föregående kapitel/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sekretess mellan myndigheter och inom kommunen');
    await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
  });

  test('inga fel i konsolen på någon sidtyp (till exempel hydreringsfel)', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    for (const route of [...ROUTES, '/guide/polisen', '/guide/roc/fragor', '/ovningsfall', '/finns-inte', '/handbok/finns-inte', '/lagrum/osl-99-99', '/guide/finns-inte/fragor']) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });

  test('inga anrop lämnar webbplatsen', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
    });
    for (const route of ['/', '/handbok/roc-avtalet', '/lagrum/osl-10-15a', '/ordlista']) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
  });

  test('ordlistan och lagrumssidan nås med tangentbordet från menyn', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ordlista' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordlista');
    await expect(page.locator('dt#samtycke')).toBeVisible();
  });
});
