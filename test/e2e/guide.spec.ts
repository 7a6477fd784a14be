import { expect, test } from '@playwright/test';
import { contentVersion } from './outcome-types.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { axeViolations } from './helpers/axe.ts';
import { answerWithKeyboard } from './helpers/keyboard.ts';

const V = `v=${contentVersion('polisen')}`;

const WALK = '/guide/polisen/fragor';
const TO_10_21 =
  `?${V}&akut-fara=nej&identifierbar=ja&skyldighet=inget&samtycke=nej&ingripande=nej&vad-galler=begaget-brott&brott-verksamhet=nej&brottstyp=mot-barn`;

test.describe('beslutsguiden Får jag lämna uppgifter till polisen?', () => {
  test('översikten är förrenderad, tillgänglig och leder till första frågan', async ({ page }) => {
    await openHydrated(page, '/guide/polisen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Får jag lämna uppgifter till polisen?');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Starta' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Är någons liv eller hälsa i akut fara just nu?');
  });

  test('ett "Fortsätt" innan skripten har körts leder ändå till nästa fråga, inte till en trasig länk', async ({ browser }) => {
    // The prerendered question is a plain form until hydration: a slow laptop, or a click in the
    // first second. Without scripts the form itself asks for the address the app would go to.
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    const early = await noScript.newPage();
    await early.goto(WALK);
    await early.getByLabel('Nej').check();
    await early.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(early).toHaveURL(`${WALK}?${V}&akut-fara=nej`);
    const address = early.url();
    await noScript.close();

    const later = await browser.newPage({ locale: 'sv-SE' });
    await openHydrated(later, address);
    await expect(later.getByRole('heading', { level: 1 })).toHaveText('Går uppgiften att koppla till en viss person?');
    await expect(later.getByRole('heading', { name: 'Länken stämmer inte helt' })).toHaveCount(0);
    await later.close();
  });

  test('med bara tangentbordet: akut fara leder till att ringa 112', async ({ page }) => {
    await openHydrated(page, WALK);
    await answerWithKeyboard(page, { label: 'Ja' });
    await answerWithKeyboard(page, { label: 'Annan akut fara' });
    await expect(page.locator('.verdict-panel__verdict').first()).toContainText('Nödsituation – agera nu');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('112');
  });

  test('med bara tangentbordet: en uppgift som inte pekar ut någon får lämnas', async ({ page }) => {
    await openHydrated(page, WALK);
    await answerWithKeyboard(page, { label: 'Nej' });
    await answerWithKeyboard(page, { label: 'Nej' });
    await expect(page).toHaveURL(/identifierbar=nej/);
    await expect(page.locator('.verdict-panel__verdict').first()).toHaveText(/Får lämnas$/);
    // The outcome is announced to screen readers in a live region.
    await expect(page.locator('[data-announcer]')).toHaveText(/^Resultat: Får lämnas\./);
  });

  test('webbläsarens bakåtknapp och Tillbaka-länken går till föregående fråga med svaret ifyllt', async ({ page }) => {
    await openHydrated(page, WALK);
    await page.getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Går uppgiften att koppla till en viss person?');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Är någons liv eller hälsa i akut fara just nu?');
    await page.goForward();
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Är någons liv eller hälsa i akut fara just nu?');
    await expect(page.getByLabel('Nej')).toBeChecked();
  });

  test('omladdning mitt i guiden ger samma fråga och samma svar', async ({ page }) => {
    await openHydrated(page, `${WALK}?${V}&akut-fara=nej&identifierbar=ja&skyldighet=inget`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/samtyckt/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/samtyckt/);
    await expect(page.getByRole('region', { name: 'Dina svar' }).locator('.answers__row')).toHaveCount(3);
  });

  test('att ändra ett tidigt svar behåller de senare svar som fortfarande gäller', async ({ page }) => {
    await openHydrated(page, `${WALK}${TO_10_21}`);
    await expect(page.locator('.verdict-panel__verdict').first()).toHaveText(/Får lämnas$/);
    await page.getByRole('link', { name: 'Ändra svaret på: Går uppgiften att koppla till en viss person?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Går uppgiften att koppla till en viss person?');
    await expect(page.getByLabel('Ja', { exact: true })).toBeChecked();
    await page.getByLabel('Vet inte').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page).toHaveURL(/identifierbar=vet-inte.*brottstyp=mot-barn/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du får lämna uppgifter om misstanken till polisen eller åklagaren.');
  });

  test('en länk med svar börjar hämta guidens innehåll medan React laddas, inte först efteråt', async ({ page }) => {
    // React's start-up never arrives: whatever loads now, the page's route module asked for itself.
    await page.route(/\/assets\/entry\.client-[^/]*\.js$/, (route) => route.abort());
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
    });
    await page.goto(`${WALK}${TO_10_21}`, { waitUntil: 'domcontentloaded' });
    // The guide's content is the chunk with its outcomes in it.
    await expect.poll(async () => (await Promise.all(scripts)).some((text) => text.includes('utfall-10-21'))).toBe(true);
  });

  test('en manipulerad länk ger ett tydligt meddelande och sista giltiga frågan, inget resultat', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openHydrated(page, `${WALK}?${V}&akut-fara=nej&identifierbar=nej&personnummer=19121212`);
    await expect(page.getByRole('heading', { name: 'Länken stämmer inte helt' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Går uppgiften att koppla till en viss person?');
    await expect(page.locator('.outcome')).toHaveCount(0);
    await openHydrated(page, `${WALK}?v=99&akut-fara=nej&identifierbar=nej`);
    await expect(page.getByText(/annan version av guiden/)).toBeVisible();
    await expect(page.locator('.outcome')).toHaveCount(0);
    await openHydrated(page, `${WALK}?${V}&akut-fara=kanske`);
    await expect(page.getByText(/Svaret "kanske" finns inte/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('journaltexten kan kopieras', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHydrated(page, `${WALK}${TO_10_21}`);
    await page.getByRole('button', { name: 'Kopiera' }).click();
    await expect(page.getByRole('status')).toHaveText(/Journaltexten är kopierad/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Lagstöd: 10 kap. 21 § OSL.');
    expect(copied).toMatch(/^Guide: Får jag lämna uppgifter till polisen\? \(version \d+\)$/m);
    expect(copied).toMatch(/^Datum och tid: \d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}$/m);
    expect(copied).toContain('Bedömningen i guiden: http://127.0.0.1');
  });

  test('utskriften ger vägledningen och journalunderlaget med rader att fylla i, inget två gånger', async ({ page }) => {
    await openHydrated(page, `${WALK}${TO_10_21}`);
    await expect(page.locator('.outcome')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.verdict-panel')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Gör så här nu' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Journalanteckning – sekretessprövning' })).toBeVisible();
    await expect(page.locator('.print-record').getByText('Ärende:')).toBeVisible();
    await expect(page.locator('.print-record__blank').first()).toBeVisible();
    for (const hidden of ['#journaltext', '#darfor', '.jump-links', '.answers', '.site-header']) await expect(page.locator(hidden)).toBeHidden();
  });

  test('axe hittar inga fel på en fråga, en fråga med fel och ett utfall', async ({ page }) => {
    await openHydrated(page, WALK);
    await expect(page.getByRole('radio').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await openHydrated(page, `${WALK}${TO_10_21}`);
    await expect(page.locator('.outcome')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('kapitlet om sekretessbrytande bestämmelser länkar till guiden, och guiden tillbaka', async ({ page }) => {
    await openHydrated(page, '/handbok/begangna-brott');
    await page.getByRole('complementary', { name: 'Beslutsguider som hör till kapitlet' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/guide\/polisen$/);
    await page.getByRole('link', { name: 'Misstanke om brott som redan begåtts' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Misstanke om brott som redan begåtts');
  });

  test('utan JavaScript visar guiden första frågan, säger vad som behövs och länkar kapitlen', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(WALK);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Är någons liv eller hälsa i akut fara just nu?');
    // Playwright's text locators skip <noscript>; read what the browser renders there.
    const text = await page.evaluate(() => document.querySelector('noscript .box')?.textContent ?? '');
    expect(text).toContain('Beslutsguiden behöver JavaScript');
    expect(text).toContain('Samtycke');
    await context.close();
  });
});
