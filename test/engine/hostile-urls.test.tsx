/**
 * Hostile and broken guide links (issue 14): for every guide, hundreds of random and adversarial
 * query strings must land on a real question or outcome, never show an outcome when something in
 * the link does not fit, never throw, and never render markup from the query.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { hostileParams, rng } from './hostile-params.ts';
import { answersFor, isOutcomeNode, nodeIds, questionIds } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';
import { GuideRunner } from '../../src/guide/guide-runner.tsx';
import { loadDeferredParts } from '../../src/guide/lazy-parts.tsx';
import type { GuideBundle } from '../../src/engine/bundle.ts';

const bundles = import.meta.glob<{ bundle: GuideBundle }>('../../src/engine/bundles/*.ts', { eager: true });
const bundleOf = (id: string) => Object.entries(bundles).find(([p]) => p.endsWith(`/${id}.ts`))![1].bundle;

describe('fientliga och trasiga länkar till guiderna', () => {
  // The outcome page is in a chunk of its own; loaded once here, it then renders without suspending.
  beforeAll(() => loadDeferredParts());

  for (const id of GUIDE_IDS) {
    it(`${id}: 600 slumpade länkar landar på en fråga eller ett utfall, och aldrig på ett utfall när länken inte stämmer`, () => {
      const machine = MACHINES[id];
      const random = rng(id.length * 7919);
      for (let i = 0; i < 600; i++) {
        const params = hostileParams(id, random);
        const position = replay(machine, params, { current: 1, compatible: [] });
        expect(nodeIds(machine), params.toString()).toContain(position.current);
        expect(position.isOutcome).toBe(isOutcomeNode(machine, position.current));
        if (position.problems.length > 0 && position.steps.length > 0) expect(position.isOutcome, params.toString()).toBe(false);
        if (position.selected !== undefined) expect(answersFor(machine, position.current)).toContain(position.selected);
      }
    });
  }

  for (const id of GUIDE_IDS) {
    it(`${id}: samma 600 länkar visade i guiden ger en rubrik, ett tydligt meddelande när länken inte stämmer, ingen markup och inga fel i konsolen`, async () => {
      const errors = vi.spyOn(console, 'error');
      const bundle = bundleOf(id);
      const { version, kompatiblaVersioner } = bundle.index.frontmatter;
      const random = rng(id.length * 7919);
      const Stub = createRoutesStub([{ path: '/guide/:id/fragor', Component: () => <GuideRunner bundle={bundle} /> }]);
      for (let i = 0; i < 600; i++) {
        const params = hostileParams(id, random);
        const position = replay(bundle.machine, params, { current: version, compatible: kompatiblaVersioner });
        const node = position.isOutcome ? bundle.outcomes[position.current] : bundle.questions[position.current];
        const { container, unmount } = render(<Stub initialEntries={[`/guide/${id}/fragor?${params}`]} />);
        const link = params.toString().slice(0, 200);
        expect(container.querySelector('h1')?.textContent, link).toBe(node.frontmatter.rubrik);
        expect(screen.queryByText('Länken stämmer inte helt') !== null, link).toBe(position.problems.length > 0);
        expect(container.querySelector('img, script, [onerror]'), link).toBeNull();
        expect(container.textContent, link).not.toContain('x'.repeat(100));
        unmount();
      }
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
    }, 240_000);
  }

  it('visar länkens innehåll bara som text, kort, och utan fel i konsolen', async () => {
    const errors = vi.spyOn(console, 'error');
    for (const id of GUIDE_IDS) {
      const bundle = bundleOf(id);
      const first = questionIds(bundle.machine)[0];
      for (const nasty of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'x'.repeat(3000)]) {
        const query = new URLSearchParams({ v: '1', [first]: nasty, [nasty]: 'ja' });
        const Stub = createRoutesStub([{ path: '/guide/:id/fragor', Component: () => <GuideRunner bundle={bundle} /> }]);
        const { container, unmount } = render(<Stub initialEntries={[`/guide/${id}/fragor?${query}`]} />);
        await screen.findByText('Länken stämmer inte helt');
        expect(container.querySelector('img, script')).toBeNull();
        expect(container.textContent).not.toContain('x'.repeat(100));
        unmount();
      }
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 60_000);
});
