/**
 * The answer first, for the night shift (issue 10): measured in screen positions and clicks.
 * Outcomes are picked from the machines (one per verdict), so the checks follow the guides.
 */
import { expect, test, type Page } from '@playwright/test';
import { outcomeTypes } from './outcome-types.ts';
import { vanligaSituationer } from '../../content/vanliga-situationer.ts';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { openHydrated } from './helpers/hydrated.ts';

const OUTCOMES = await outcomeTypes();
const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 657 },
  { name: 'mobil', width: 375, height: 667 },
];
const SHOTS = 'test/e2e/__screenshots__';

/** Bottom edge of an element, in screens from the top of the page. */
async function screensDown(page: Page, selector: ReturnType<Page['locator']>): Promise<number> {
  const box = await selector.boundingBox();
  if (!box) throw new Error(`syns inte: ${selector}`);
  const scrollY = await page.evaluate(() => window.scrollY);
  const height = page.viewportSize()!.height;
  return (box.y + scrollY + box.height) / height;
}

const verdictPanel = (page: Page) => page.locator('.verdict-panel');
const firstStep = (page: Page) => page.getByRole('region', { name: 'Gör så här nu' }).getByRole('listitem').first();

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('startsidans fyra val syns utan att skrolla', async ({ page }) => {
      await page.goto('/');
      const cards = page.getByRole('list', { name: 'Välj det som gäller' }).getByRole('link');
      await expect(cards).toHaveCount(4);
      expect(await screensDown(page, cards.last())).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${SHOTS}/startsida-${vp.width}.png` });
    });

    test(`bedömningen och första steget ligger inom 1,5 skärm på varje typ av utfall (${OUTCOMES.length})`, async ({ page }) => {
      const far: string[] = [];
      for (const o of OUTCOMES) {
        await page.goto(o.url);
        await expect(verdictPanel(page)).toBeVisible();
        const verdict = await screensDown(page, verdictPanel(page));
        const step = await screensDown(page, firstStep(page));
        if (verdict > 1.5 || step > 1.5) far.push(`${o.guide}/${o.outcome} (${o.verdict}): bedömning ${verdict.toFixed(2)}, första steget ${step.toFixed(2)} skärmar`);
      }
      expect(far).toEqual([]);
    });

    test('skärmbilder: ett utfall, nödsituationen och det utskrivna journalunderlaget', async ({ page }) => {
      const duty = OUTCOMES.find((o) => o.verdict === 'ska-lamnas') ?? OUTCOMES[0];
      const emergency = OUTCOMES.find((o) => o.verdict === 'nodsituation')!;
      await page.goto(duty.url);
      await expect(verdictPanel(page)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/utfall-${vp.width}.png`, fullPage: true });
      await page.goto(emergency.url);
      await expect(verdictPanel(page)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/nodsituation-${vp.width}.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SHOTS}/utskrift-${vp.width}.png`, fullPage: true });
    });
  });
}

test.describe('första frågan utan att vänta', () => {
  test('varje guides första fråga finns som HTML, också utan JavaScript, med kapitlen som väg vidare', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const id of GUIDE_IDS) {
      await page.goto(`/guide/${id}/fragor`);
      await expect(page.getByRole('radio').first()).toBeVisible();
      await expect(page.locator('h1[data-guide-heading]')).not.toBeEmpty();
      await expect(page.getByText('Guiden laddas')).toBeHidden();
      // Playwright's text locators skip <noscript>; read what the browser renders there instead.
      const notice = await page.evaluate(() => {
        const box = document.querySelector<HTMLElement>('noscript .box');
        return box ? { text: box.textContent ?? '', shown: box.getBoundingClientRect().height > 0, chapters: box.querySelectorAll('a[href^="/handbok/"]').length } : null;
      });
      expect(notice?.text).toContain('Beslutsguiden behöver JavaScript');
      expect(notice?.shown).toBe(true);
      expect(notice?.chapters).toBeGreaterThan(0);
    }
    await context.close();
  });

  test('en länk med svar visar "Guiden laddas" i stället för första frågan tills svaren är lästa', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const emergency = OUTCOMES.find((o) => o.verdict === 'nodsituation')!;
    // A link to a question on the way has no prerendered file: the walk page waits for the app.
    const midWalk = emergency.url.replace(/&[^&]*$/, '');
    await page.goto(midWalk, { waitUntil: 'domcontentloaded' });
    await expect(page.getByText('Guiden laddas')).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    // A link to an outcome is its own prerendered file (outcome-files.spec.ts): the answer is there
    // before any script has run, with no first question and no waiting message.
    const other = await page.context().newPage();
    await other.route(/\/assets\/.+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await other.goto(emergency.url, { waitUntil: 'domcontentloaded' });
    await expect(other.locator('.verdict-panel')).toBeVisible();
    await expect(other.getByText('Guiden laddas')).toBeHidden();
    await expect(other.getByRole('radio')).toHaveCount(0);
    release();
    await expect(page.locator('form.question')).toBeVisible();
    await expect(page.getByText('Guiden laddas')).toBeHidden();
  });

  test('sidan hoppar inte när utfallet eller frågan ersätter "Guiden laddas" (inget layoutskift, CLS)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    const outcomes = OUTCOMES.filter((o) => o.guide === 'polisen' || o.verdict === 'nodsituation').map((o) => o.url);
    // The same links without their last answer land on a question: a short page, footer in view.
    const questions = outcomes.map((url) => url.replace(/&[^&]*$/, ''));
    for (const url of [...outcomes, ...questions]) {
      await page.goto(url);
      await expect(page.locator('h1[data-guide-heading]')).toBeVisible();
      await expect(page.getByText('Guiden laddas')).toBeHidden();
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 1000); // no entries at all: nothing moved
          }),
      );
      expect(shift, url).toBeLessThan(0.01);
    }
  });

  test('fokus flyttas inte om användaren redan har flyttat det innan skripten laddats', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/guide/polisen/fragor', { waitUntil: 'domcontentloaded' });
    const radio = page.getByRole('radio').first();
    await radio.focus();
    release();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.title.includes('Är någons liv')); // the runner has taken over
    await expect(radio).toBeFocused();
  });

  test('guidens kod hämtas redan när ett val får fokus, före klicket', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const chunk = page.waitForRequest(/\/assets\/polisen-fragar-[\w-]+\.js$/);
    await page.getByRole('link', { name: /Polisen ber mig om uppgifter/ }).focus();
    await chunk;
  });

  test('en vanlig situation leder direkt in i guiden med svaren ifyllda', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('region', { name: 'Vanliga situationer' });
    await expect(list.getByRole('link')).toHaveCount(vanligaSituationer.length);
    for (const s of vanligaSituationer) {
      await page.goto('/');
      await list.getByRole('link', { name: s.text, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/guide/${s.guide}/fragor\\?v=\\d+&`));
      await expect(page.locator('h1[data-guide-heading]')).toBeFocused();
      const answers = Object.keys(s.svar).length;
      await expect(page.getByRole('region', { name: 'Dina svar' }).locator('.answers__row')).toHaveCount(answers);
    }
  });
});

test.describe('tangentbord och historik', () => {
  test('"Tillbaka" gör inte att webbläsarens bakåtknapp går framåt igen', async ({ page }) => {
    await openHydrated(page, '/guide/polisen/fragor');
    const heading = page.locator('h1[data-guide-heading]');
    await page.getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(heading).toHaveText('Går uppgiften att koppla till en viss person?');
    await page.getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(heading).not.toHaveText('Går uppgiften att koppla till en viss person?');
    const third = (await heading.textContent()) ?? '';
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await expect(heading).toHaveText('Går uppgiften att koppla till en viss person?');
    await expect(page.getByLabel('Ja', { exact: true })).toBeChecked();
    await page.goBack();
    await expect(heading).not.toHaveText(third);
  });

  test('efter en navigering inne i appen får sidans rubrik fokus och den nya titeln läses upp', async ({ page }) => {
    await openHydrated(page, '/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ordlista' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordlista');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('[data-announcer]')).toHaveText(/Ordlista – Sekretessguiden/);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Övningsfall' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Övningsfall');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('ett långt kapitel har "Till innehållet" och färre tabbstopp', async ({ page }) => {
    await page.goto('/handbok/praktiska-situationer');
    const back = page.getByRole('link', { name: 'Till innehållet' });
    expect(await back.count()).toBeGreaterThan(3);
    await back.nth(2).click();
    await expect(page).toHaveURL(/#toc-rubrik$/);
    await expect(page.getByRole('heading', { name: 'Innehåll', exact: true })).toBeInViewport();
    await page.keyboard.press('Tab'); // the browser continues from the table of contents
    await expect(page.getByRole('navigation', { name: 'Innehåll' }).getByRole('link').first()).toBeFocused();
    const citations = await page.locator('main .lagrum__link').count();
    const buttons = await page.locator('main .lagrum__toggle').count();
    expect(buttons).toBeLessThan(citations * 0.8);
  });

  test('i-knapparna är minst 24 × 24 px och står på samma rad som sin hänvisning', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/handbok/sekretessbrytande-bestammelser');
    const heads = page.locator('main .lagrum__head');
    const n = Math.min(await heads.count(), 40);
    for (let i = 0; i < n; i++) {
      const link = await heads.nth(i).locator('.lagrum__link').boundingBox();
      const button = await heads.nth(i).locator('.lagrum__toggle').boundingBox();
      if (!link || !button) continue;
      expect(button.width).toBeGreaterThanOrEqual(24);
      expect(button.height).toBeGreaterThanOrEqual(24);
      expect(Math.abs(button.y + button.height / 2 - (link.y + link.height / 2))).toBeLessThan(8);
    }
  });

  test('404-sidan länkar till guiderna', async ({ page }) => {
    await page.goto('/finns-inte');
    for (const id of GUIDE_IDS) await expect(page.locator(`main a[href="/guide/${id}/fragor"]`)).toBeVisible();
  });
});
