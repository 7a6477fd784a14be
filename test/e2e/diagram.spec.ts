/**
 * The decision diagram page in a real browser: prerendered SVG with every node, the walk's path
 * highlighted with links back to its questions, zoom and pan by keyboard and pointer, the text
 * version, print, and axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';
import { openHydrated } from './helpers/hydrated.ts';

// The largest guide's map is a big SVG; axe and PDF take a while on the shared test machine.
test.describe.configure({ timeout: 120_000 });

const KARTA = '/guide/polisen/karta';
const ANSWERS = 'akut-fara=nej&identifierbar=ja&skyldighet=inget&samtycke=nej';

/** The guide's current content version, as its overview page states it (it changes with the guide). */
async function walkQuery(page: Page): Promise<string> {
  await openHydrated(page, '/guide/polisen');
  const version = (await page.locator('.review-line').innerText()).match(/Version (\d+)/)?.[1];
  expect(version).toBeDefined();
  return `v=${version}&${ANSWERS}`;
}

test('kartan är förrenderad: varje fråga och utfall finns i HTML-filen, utan JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(KARTA);
  const nodes = page.locator('svg.dg [data-node]');
  expect(await nodes.count()).toBeGreaterThan(40);
  await expect(page.locator('svg.dg title')).toHaveText(/Beslutsdiagram/);
  await expect(page.locator('[data-text-node]').first()).toBeVisible();
  // Zooming needs the script: without it the buttons are there, but disabled, not dead.
  await expect(page.getByRole('button', { name: 'Zooma ut' })).toBeDisabled();
  await context.close();
});

test('guidens översikt länkar till kartan', async ({ page }) => {
  await openHydrated(page, '/guide/polisen');
  await page.getByRole('link', { name: 'Se hela guiden som en karta' }).click();
  await expect(page).toHaveURL(/\/guide\/polisen\/karta$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Karta:/);
});

test('på en genomgång syns vägen, och en fråga längs vägen leder tillbaka till den frågan', async ({ page }) => {
  await openHydrated(page, `${KARTA}?${await walkQuery(page)}`);
  await expect(page.locator('.dg-edge--vag')).toHaveCount(4);
  await expect(page.locator('.dg-node--har')).toHaveAttribute('data-node', 'ingripande');
  await expect(page.locator('.dg-text__answer--vag')).toHaveCount(4);
  await page.locator('a.dg-link', { has: page.locator('[data-node="identifierbar"]') }).click();
  await expect(page).toHaveURL(/\/guide\/polisen\/fragor\?.*fraga=identifierbar/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/koppla till en viss person/);
  await expect(page.locator('input[value="ja"]')).toBeChecked();
});

test('kartan zoomas med + och −, visas hel med 0 och flyttas med piltangenter och genom att dra', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openHydrated(page, KARTA);
  const box = page.locator('.dg-viewer__box');
  const scale = page.locator('.dg-viewer__scale');
  await expect(scale).toHaveText('100 %');
  // The map hydrates after the page (it waits for the guide's diagram module); its zoom buttons are
  // enabled, and its keys work, from then on.
  await expect(page.getByRole('button', { name: 'Zooma ut' })).toBeEnabled();
  await box.focus();
  await page.keyboard.press('-');
  await expect(scale).toHaveText('71 %');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(scale).toHaveText('140 %');
  await page.keyboard.press('0');
  // Read after React has rendered the key's zoom, not in between.
  await expect
    .poll(() => box.evaluate((el) => ({ w: el.scrollWidth <= el.clientWidth + 1, h: el.scrollHeight <= el.clientHeight + 1 })))
    .toEqual({ w: true, h: true });
  await page.keyboard.press('1');
  await expect(scale).toHaveText('100 %');

  const before = await box.evaluate((el) => el.scrollTop);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);

  const start = await box.evaluate((el) => el.scrollLeft);
  const b = (await box.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 + 200, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeLessThan(start);

  await page.getByRole('button', { name: 'Zooma in' }).click();
  await expect(scale).toHaveText('140 %');
});

test('utskrift: hela kartan på en sida, utan knappar och textversion', async ({ page }) => {
  // Polisen is the widest map, ROC the tallest for its width.
  for (const guide of ['polisen', 'roc']) {
    await openHydrated(page, `/guide/${guide}/karta`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('svg.dg')).toBeVisible();
    await expect(page.locator('.dg-viewer__tools')).toBeHidden();
    await expect(page.locator('#karta-text')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // One page: a PDF lists its pages as "/Type /Page" objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, guide).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('axe hittar inget på kartsidan, med och utan väg', async ({ page }) => {
  await openHydrated(page, KARTA);
  expect(await axeViolations(page)).toEqual([]);
  await openHydrated(page, `${KARTA}?${await walkQuery(page)}`);
  await expect(page.locator('.dg-node--har')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});
