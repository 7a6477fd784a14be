/**
 * Trainer mode in a real browser: a whole case driven by keyboard on the projector, a presenter's
 * window that stays in step (two pages in one browser, BroadcastChannel), notes only in the
 * presenter's window, "Tänk om…", the diagram, the handout, and axe on both views.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe.ts';

// A stable case: 12 questions, ends in utfall-10-18a ("får lämnas").
const CASE = 'polisen-16-aring-pappa-sager-nej';
const PROJECTOR = `/presentera/fall/${CASE}`;
const PRESENTER = `${PROJECTOR}/presentator`;
const QUESTIONS = 12;
const SLIDES = 1 + 3 * QUESTIONS + 1;

// A whole case is 38 steps in two windows; the shared test machine can be slow.
test.describe.configure({ timeout: 120_000 });

async function openBoth(page: Page) {
  await page.goto(PROJECTOR);
  await expect(page.locator('html[data-hydrated] .tr-screen')).toBeVisible();
  const presenter = await page.context().newPage();
  await presenter.goto(PRESENTER);
  await expect(presenter.locator('.tr-presenter')).toBeVisible();
  return presenter;
}

test('ett helt fall går att köra med tangentbordet, och presentatörsvyn följer varje steg', async ({ page }) => {
  const presenter = await openBoth(page);
  await page.bringToFront();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('16-åringen vill att polisen får veta, pappan säger nej');

  for (let slide = 2; slide <= SLIDES; slide++) {
    await page.keyboard.press(slide % 3 === 0 ? 'Space' : slide % 5 === 0 ? 'PageDown' : 'ArrowRight');
    await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', String(slide));
    await expect(presenter.locator('.tr-presenter')).toHaveAttribute('data-slide', String(slide));
    const kind = await page.locator('.tr-screen').getAttribute('data-slide-kind');
    if (kind === 'rosta') {
      await expect(page.locator('.tr-vote')).toBeVisible();
      // The vote: all answers, none marked.
      await expect(page.locator('.tr-answer--chosen')).toHaveCount(0);
    }
    if (kind === 'svar') await expect(page.locator('.tr-answer--chosen')).toHaveCount(1);
  }
  await expect(page).toHaveURL(new RegExp(`\\?steg=${SLIDES}$`));
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide-kind', 'utfall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du får lämna uppgifter om den unge till polisen för att förebygga brott.');
  await expect(page.locator('.tr-verdict')).toHaveText('Får lämnas');
  await expect(page.locator('.tr-law')).toContainText('10 kap. 18 a § OSL');
  await expect(page.getByRole('heading', { name: 'Dokumentera' })).toBeVisible();
  // One more press at the end changes nothing.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', String(SLIDES));

  // Back with ← and the clicker's PageUp.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(presenter.locator('.tr-presenter')).toHaveAttribute('data-slide', String(SLIDES - 2));
});

test('presentatören kan styra, och projektorn följer', async ({ page }) => {
  await page.goto(`${PROJECTOR}?steg=4`);
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', '4');
  const presenter = await page.context().newPage();
  await presenter.goto(PRESENTER);
  // A window that opens late takes the session's current step from the other.
  await expect(presenter.locator('.tr-presenter')).toHaveAttribute('data-slide', '4');
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', '5');
  await presenter.getByRole('button', { name: 'Nästa →' }).click();
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', '6');
  await presenter.keyboard.press('d');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-view', 'karta');
  await presenter.keyboard.press('d');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-view', 'steg');
});

test('projektorn visar aldrig anteckningarna; presentatörsvyn visar diskussionsfrågor, nästa steg och tid', async ({ page }) => {
  const presenter = await openBoth(page);
  const discussion = 'Varför räcker inte Ebbas samtycke';
  await expect(presenter.locator('[data-notes="diskussion"]')).toContainText(discussion);
  await expect(presenter.getByRole('heading', { name: 'Nästa' })).toBeVisible();
  await expect(presenter.locator('.tr-timer time')).toHaveText('00:00');
  // The start, a question, the vote, the reveal, "Tänk om", the map and the outcome.
  for (const state of ['', 'steg=2', 'steg=3', 'steg=4', 'steg=4&vy=tankom', 'steg=4&vy=karta', `steg=${SLIDES}`]) {
    await page.goto(`${PROJECTOR}?${state}`);
    await expect(page.locator('.tr-screen')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(discussion);
    await expect(page.locator('[data-notes]')).toHaveCount(0);
  }
});

test('D visar kartan med vägen hittills, T visar vart de andra svaren hade lett, Esc stänger', async ({ page }) => {
  // Slide 9: the answer to question 3 ("skyldighet") is revealed.
  await page.goto(`${PROJECTOR}?steg=9`);
  await expect(page.locator('.tr-screen')).toBeVisible();
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide-kind', 'rosta');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('d');
  await expect(page).toHaveURL(/vy=karta/);
  const svg = page.locator('svg.dg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.dg-edge--vag')).toHaveCount(3);
  await expect(svg.locator('.dg-node--har')).toHaveAttribute('data-node', 'samtycke');
  await page.keyboard.press('Escape');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-view', 'steg');

  // One card per answer of the question on screen, however many the guide has.
  const answers = await page.locator('.tr-answer').count();
  expect(answers).toBeGreaterThan(2);
  await page.keyboard.press('t');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-view', 'tankom');
  const cards = page.locator('[data-whatif]');
  await expect(cards).toHaveCount(answers);
  await expect(page.locator('.tr-whatif__card--chosen')).toHaveAttribute('data-whatif', 'inget');
  await expect(page.locator('[data-whatif="vistelse"]')).toContainText('Måste lämnas');
  await page.keyboard.press('Escape');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-view', 'steg');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/presentera$/);
});

test('en guide utan fall: gruppen väljer svar med siffertangenterna', async ({ page }) => {
  await page.goto('/presentera/guide/polisen');
  await expect(page.locator('html[data-hydrated] .tr-screen')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide-kind', 'rosta');
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/akut-fara=nej/);
  await expect(page.locator('.tr-answer--chosen')).toContainText('Nej');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/koppla till en viss person/);
  await page.getByRole('button', { name: /^Ja/ }).click();
  await expect(page).toHaveURL(/identifierbar=ja/);
});

/** Presses keys within one task, before React can render: a clicker's double press, or → then D at once. */
async function pressAtOnce(page: Page, keys: string[]) {
  await page.evaluate((list) => {
    for (const key of list) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, keys);
}

test('tangenter som trycks innan sidan hunnit ritas om bygger på varandra, ingen tappas', async ({ page }) => {
  // A case: → then D at once opens the map at the next slide, not at the one on screen.
  await page.goto(`${PROJECTOR}?steg=9`);
  await expect(page.locator('html[data-hydrated] .tr-screen')).toHaveAttribute('data-slide', '9');
  await pressAtOnce(page, ['ArrowRight', 'd']);
  await expect(page).toHaveURL(/steg=10&vy=karta$/);
  await pressAtOnce(page, ['ArrowRight', 'ArrowRight', 'ArrowRight']);
  await expect(page.locator('.tr-screen')).toHaveAttribute('data-slide', '13');

  // A live guide walk: the room's answer, then → at once, moves on from the answer just chosen.
  await page.goto('/presentera/guide/polisen?steg=3');
  await expect(page.locator('html[data-hydrated] .tr-screen')).toHaveAttribute('data-slide-kind', 'rosta');
  await pressAtOnce(page, ['2', 'ArrowRight']);
  await expect(page).toHaveURL(/akut-fara=nej/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/koppla till en viss person/);
});

test('axe hittar inget i projektorvyn och presentatörsvyn', async ({ page }) => {
  // The projector alone first: a reloaded window would otherwise rejoin an open presenter's step.
  for (const step of ['1', '3', '4', '38']) {
    await page.goto(`${PROJECTOR}?steg=${step}`);
    await expect(page.locator('.tr-screen')).toBeVisible();
    expect(await axeViolations(page), `projektor steg ${step}`).toEqual([]);
  }
  await page.goto(`${PROJECTOR}?steg=4&vy=karta`);
  await expect(page.locator('svg.dg')).toBeVisible();
  expect(await axeViolations(page), 'projektor med kartan').toEqual([]);
  await page.goto(`${PROJECTOR}?steg=4&vy=tankom`);
  await expect(page.locator('[data-whatif]').first()).toBeVisible();
  expect(await axeViolations(page), 'projektor med Tänk om').toEqual([]);
  const presenter = await page.context().newPage();
  await presenter.goto(`${PRESENTER}?steg=4`);
  await expect(presenter.locator('.tr-presenter')).toBeVisible();
  expect(await axeViolations(presenter), 'presentatörsvy').toEqual([]);
  await page.goto('/presentera');
  expect(await axeViolations(page), 'startsidan').toEqual([]);
});

test('utdelningen har fakta, väg, utfall, lagrum och diskussionsfrågor, på A4', async ({ page }) => {
  await page.goto(`${PROJECTOR}/utdelning`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('16-åringen vill att polisen får veta, pappan säger nej');
  await expect(page.locator('.tr-handout')).toContainText('Ebba är 16 år');
  await expect(page.locator('.tr-handout__path > li')).toHaveCount(QUESTIONS);
  await expect(page.locator('.tr-handout')).toContainText('Du får lämna uppgifter om den unge till polisen för att förebygga brott.');
  await expect(page.locator('.tr-handout')).toContainText('10 kap. 18 a § OSL');
  await expect(page.locator('.tr-handout')).toContainText('Varför räcker inte Ebbas samtycke');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('skärmbilder i 1920×1080 och 1280×720', async ({ page }) => {
  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    for (const step of ['4', '38']) {
      await page.goto(`${PROJECTOR}?steg=${step}`);
      await expect(page.locator('.tr-screen')).toBeVisible();
      // Nothing spills past the screen sideways, and the controls stay on screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      await expect(page.locator('.tr-controls')).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath(`projektor-${w}x${h}-steg${step}.png`) });
    }
  }
});
