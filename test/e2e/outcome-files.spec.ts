/**
 * Issue 14: a link to an outcome paints the outcome from its own prerendered file
 * (src/buildtime/outcome-pages.ts), served by `npm start` for the walk's address, and hydrates on top
 * of it: no console error, no layout shift, the phone's order on a phone, and the record's time and
 * address filled in once the page runs. Any other query gets the walk page as before. The same
 * lookup in nginx and Apache is checked in deploy.spec.ts, and every outcome is opened from its file
 * in axe-states.spec.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { outcomeFiles, publishedFile } from '../../src/buildtime/outcome-pages.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { outcomeMeta } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';
import { collectConsoleErrors } from './helpers/console-errors.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { GUIDE_WITH_ANSWERS } from './support/service-worker.ts';
import { outputDir } from '../../src/buildtime/output-dir.ts';

const { files } = outcomeFiles();

/** The first outcome file of the police guide whose verdict is (or is not) an emergency. */
function policeOutcome(emergency: boolean): string {
  const file = files.find((f) => {
    if (f.guide !== 'polisen') return false;
    const position = replay(MACHINES.polisen, new URLSearchParams(f.query), { current: Number(new URLSearchParams(f.query).get('v')), compatible: [] });
    return (outcomeMeta(MACHINES.polisen, position.current).verdict === 'nodsituation') === emergency;
  });
  if (!file) throw new Error('hittar inget sådant utfall');
  return `/guide/polisen/fragor?${file.query}`;
}

/** The order of the scope and the steps, and of their jump links, as the page shows them. */
async function order(page: Page) {
  return page.evaluate(() => ({
    sections: [...document.querySelectorAll('#gor-sa-har, #omfattning')].map((e) => e.id),
    links: [...document.querySelectorAll('.jump-links a')].slice(0, 2).map((a) => a.getAttribute('href')),
  }));
}

/** Layout shifts since the page started loading (observed from the first byte). */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test.describe('utfall som egna förrenderade filer', () => {
  test('bygget har en fil för varje väg genom guiderna', () => {
    expect(files.length).toBeGreaterThan(400);
    const dist = outputDir();
    const byFolder = new Map<string, Set<string>>();
    for (const file of files) {
      const path = publishedFile(file);
      const folder = path.slice(0, path.lastIndexOf('/'));
      if (!byFolder.has(folder)) byFolder.set(folder, new Set(readdirSync(join(dist, folder)).filter((f) => f.endsWith('.html'))));
      expect(byFolder.get(folder)!.has(path.slice(folder.length + 1)), path).toBe(true);
    }
  });

  test('servern ger utfallets fil för vandringens egen adress, och vandringssidan för allt annat', async ({ request }) => {
    const outcome = await request.get(`/${GUIDE_WITH_ANSWERS}`);
    expect(outcome.status()).toBe(200);
    const html = await outcome.text();
    expect(html).toContain('class="verdict-panel');
    expect(html).toContain('data-forrenderad-fraga="?');

    const [path, query] = GUIDE_WITH_ANSWERS.split('?');
    const reordered = query.split('&').reverse().join('&');
    for (const other of [`${path}?${reordered}`, `${GUIDE_WITH_ANSWERS}&okand=1`, `${path}?../../index`, `${path}?${query.toUpperCase()}`, path]) {
      const reply = await request.get(`/${other}`);
      expect(reply.status(), other).toBe(200);
      const body = await reply.text();
      expect(body, other).not.toContain('class="verdict-panel');
      expect(body, other).toContain('data-guide-heading');
    }
  });

  test('utan JavaScript går utfallet att läsa, och journaltexten har tid och adress att fylla i', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${GUIDE_WITH_ANSWERS}`);
    await expect(page.locator('.verdict-panel')).toBeVisible();
    await expect(page.locator('form.question')).toHaveCount(0);
    await expect(page.locator('#journaltext')).toHaveValue(/Datum och tid: \[fyll i\]\nGuide: .*\nBedömningen i guiden: \[fyll i\]/);
    // The answer first; the notice that the guide needs JavaScript to go on comes after it.
    const verdictFirst = await page.evaluate(() => {
      const verdict = document.querySelector('.verdict-panel')!;
      const notice = [...document.querySelectorAll('.box')].find((b) => b.textContent?.includes('Beslutsguiden behöver JavaScript'))!;
      return Boolean(verdict.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(verdictFirst).toBe(true);
    await context.close();
  });

  for (const [width, phone] of [
    [375, true],
    [1280, false],
  ] as const) {
    test(`hydreras utan fel och utan att sidan hoppar, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const errors = collectConsoleErrors(page);
      await watchShifts(page);
      const url = policeOutcome(false);
      await openHydrated(page, url);
      await expect(page.locator('.verdict-panel')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      // The phone's order (steps first) or the wide screen's, sections and jump links alike.
      expect(await order(page)).toEqual(
        phone
          ? { sections: ['gor-sa-har', 'omfattning'], links: ['#gor-sa-har', '#omfattning'] }
          : { sections: ['omfattning', 'gor-sa-har'], links: ['#omfattning', '#gor-sa-har'] },
      );
      // The record now has the time and this very address.
      const record = await page.locator('#journaltext').inputValue();
      expect(record).toMatch(/Datum och tid: \d{4}-\d\d-\d\d kl\. \d\d:\d\d/);
      expect(record).toContain(`Bedömningen i guiden: ${new URL(url, page.url()).href}`);
      await expect(page.locator('.print-record')).toContainText(/Datum och tid:\s*\d{4}-/);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      expect(errors).toEqual([]);

      // The parts below the first screen are laid out only near the screen (content-visibility), and
      // a jump link still lands on its heading.
      await page.locator('.jump-links a[href="#darfor"]').click();
      await expect(page.locator('#darfor')).toBeInViewport();
      await expect(page.locator('#darfor')).toHaveText('Därför');

      // Turning the phone or widening the window still swaps the order, as on a rendered outcome.
      await page.setViewportSize({ width: phone ? 1280 : 375, height: 800 });
      await expect.poll(() => order(page).then((o) => o.sections[0])).toBe(phone ? 'omfattning' : 'gor-sa-har');
    });
  }

  test('ett nödläge har stegen först även på en bred skärm, och nästa svar fungerar som vanligt', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openHydrated(page, policeOutcome(true));
    expect((await order(page)).sections).toEqual(['gor-sa-har', 'omfattning']);
    // Back to the question before it, and on from there: the walk works as after any other load.
    await page.getByRole('link', { name: 'Tillbaka', exact: true }).click();
    await expect(page.locator('form.question')).toBeVisible();
    await expect(page.locator('.verdict-panel')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
