import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { contentVersion } from './outcome-types.ts';

/** `v=<the guide's current version>`: these walks mean the same under every version so far. */
const v = (guide: string) => `v=${contentVersion(guide)}`;

/** One known outcome per guide, from the table-driven situations. */
const GUIDES = [
  {
    id: 'kriminalvarden',
    title: 'Får jag lämna uppgifter till Kriminalvården?',
    outcome: `?${v('kriminalvarden')}&situation=lamna&identifierbar=ja&arende=frivard&behandlingsplan=aterkallat`,
    verdict: 'Får inte lämnas',
  },
  {
    id: 'roc',
    title: 'Orosanmälan via ROC – vad gäller?',
    outcome:
      `?${v('roc')}&roll=socialjouren&anmalare=polisen-roc&alder=ja&gangkoppling=ja&patraffad=ja&bosattningskommun=annan-i-lanet&avtalspart=ja`,
    verdict: 'Inom ROC-avtalet',
  },
  {
    id: 'polisen-fragar',
    title: 'Polisen ber om uppgifter – hur hanterar jag begäran?',
    outcome: `?${v('polisen-fragar')}&begaran=aktuell`,
    verdict: 'Får inte lämnas',
  },
];

test.describe('alla beslutsguider', () => {
  test('startsidan leder till var och en av de fyra guiderna med ett klick', async ({ page }) => {
    await page.goto('/');
    const chooser = page.getByRole('list', { name: 'Välj det som gäller' });
    await expect(chooser.getByRole('link')).toHaveCount(4);
    for (const [label, firstQuestion] of [
      ['Jag vill lämna uppgifter om en person till polisen', 'Är någons liv eller hälsa i akut fara just nu?'],
      ['Polisen ber mig om uppgifter om en person', /./],
      ['Det gäller uppgifter till eller från Kriminalvården', /./],
      ['Det gäller en orosanmälan från polisen via ROC', /./],
    ] as const) {
      await page.goto('/');
      await page.getByRole('link', { name: new RegExp(label) }).click();
      await expect(page.getByRole('radio').first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
    }
  });

  for (const g of GUIDES) {
    test(`${g.id}: översikt, första fråga och ett utfall fungerar och har inga axe-fel`, async ({ page }) => {
      await page.goto(`/guide/${g.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(g.title);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Starta' }).click();
      await expect(page.getByRole('radio').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/guide/${g.id}/fragor${g.outcome}`);
      await expect(page.locator('.verdict-panel__verdict').first()).toContainText(g.verdict);
      await expect(page.getByRole('heading', { name: 'Lagrum som avgör' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test/e2e/__screenshots__/utfall-${g.id}.png`, fullPage: true });
    });
  }

  test('ROC-utfallet visar avtalstiden räknad från dagens datum', async ({ page }) => {
    await page.goto(`/guide/roc/fragor${GUIDES[1].outcome}`);
    const year = new Date().getFullYear();
    await expect(page.getByText(new RegExp(`löper avtalet för närvarande till och med 31 december ${year}`))).toBeVisible();
  });

  test('"Polisen ber om uppgifter" lämnar över till polisguiden med svaren ifyllda', async ({ page }) => {
    await page.goto(`/guide/polisen-fragar/fragor?${v('polisen-fragar')}&begaran=uppgifter&fara=nej&vem-fragar=kontrollerat&syfte=utreda-brott`);
    await page.getByRole('link', { name: 'Fortsätt i guiden' }).click();
    await expect(page).toHaveURL(new RegExp(`/guide/polisen/fragor\\?${v('polisen')}&akut-fara=nej&identifierbar=ja&skyldighet=inget$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/samtyckt/);
    await expect(page.getByRole('region', { name: 'Dina svar' }).locator('.answers__row')).toHaveCount(3);
  });

  test('ROC-kapitlet länkar till ROC-guiden', async ({ page }) => {
    await page.goto('/handbok/roc-avtalet');
    await page.locator('a[href="/guide/roc"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orosanmälan via ROC – vad gäller?');
  });

  test('övningsfallen listas och ett fall leder till guiden', async ({ page }) => {
    await page.goto('/ovningsfall');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Övningsfall');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link').filter({ hasText: /./ }).and(page.locator('main a[href^="/ovningsfall/"]')).first().click();
    await expect(page.getByRole('heading', { name: 'Att diskutera' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
