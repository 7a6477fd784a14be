/**
 * Issue 14: axe (WCAG 2.1 AA and the 2.2 AA additions, target size included) over every state a
 * guide can show — each question and each outcome of every guide, reached through the path book
 * (src/buildtime/pathbook.ts), not through a hand-kept list — at 375 and 1280 px. Each state is
 * loaded once and checked at both widths. The prerendered pages are checked in reflow.spec.ts.
 * An outcome opened from its link is served from its own prerendered file (outcome-files.spec.ts),
 * so this also hydrates one file of every outcome, which must log no error (a hydration mismatch).
 */
import { expect, test } from '@playwright/test';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { allPaths } from '../../src/buildtime/pathbook.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { guideUrlWith, type Step } from '../../src/engine/links.ts';
import { contentVersion } from './outcome-types.ts';
import { openHydrated } from './helpers/hydrated.ts';
import { collectConsoleErrors } from './helpers/console-errors.ts';
import { NARROW, axeNarrowAndWide } from './helpers/axe.ts';

interface State {
  guide: string;
  node: string;
  kind: 'fråga' | 'utfall';
  url: string;
}

/** One URL per question and per outcome of every guide: the shortest way there in the path book. */
function guideStates(): State[] {
  const states = new Map<string, State & { length: number }>();
  const keep = (state: State, length: number) => {
    const key = `${state.guide}/${state.node}`;
    if ((states.get(key)?.length ?? Infinity) > length) states.set(key, { ...state, length });
  };
  for (const guide of GUIDE_IDS) {
    const machine = MACHINES[guide];
    const version = contentVersion(guide);
    for (const path of allPaths(machine)) {
      path.steps.forEach((step: Step, i: number) =>
        keep({ guide, node: step.node, kind: 'fråga', url: guideUrlWith(guide, path.steps.slice(0, i), version) }, i),
      );
      keep({ guide, node: path.outcome, kind: 'utfall', url: guideUrlWith(guide, path.steps, version) }, path.steps.length);
    }
  }
  return [...states.values()];
}

const STATES = guideStates();

test.describe('axe på varje fråga och varje utfall i guiderna, vid 375 och 1280 px', () => {
  test('vägboken ger minst en fråga och ett utfall per guide', () => {
    for (const guide of GUIDE_IDS) {
      expect(STATES.filter((s) => s.guide === guide && s.kind === 'fråga').length, guide).toBeGreaterThan(0);
      expect(STATES.filter((s) => s.guide === guide && s.kind === 'utfall').length, guide).toBeGreaterThan(0);
    }
  });

  for (const state of STATES) {
    test(`${state.guide}: ${state.kind} ${state.node}`, async ({ page }) => {
      const errors = collectConsoleErrors(page);
      await page.setViewportSize(NARROW);
      await openHydrated(page, state.url);
      await expect(page.locator('.loading:visible')).toHaveCount(0);
      await expect(page.locator(state.kind === 'utfall' ? '.verdict-panel' : 'form.question')).toBeVisible();
      // The page shows this state, not a corrected link.
      await expect(page.locator('[data-guide-problem]')).toHaveCount(0);
      expect(await axeNarrowAndWide(page)).toEqual({ 375: [], 1280: [] });
      expect(errors).toEqual([]);
    });
  }
});
