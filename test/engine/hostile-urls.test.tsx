/**
 * Hostile and broken guide links (issue 14): for every guide, hundreds of random and adversarial
 * query strings must land on a real question or outcome, never show an outcome when something in
 * the link does not fit, never throw, and never render markup from the query.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { answersFor, isOutcomeNode, nodeIds, questionIds } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';
import { GuideRunner } from '../../src/guide/guide-runner.tsx';
import type { GuideBundle } from '../../src/engine/bundle.ts';

const bundles = import.meta.glob<{ bundle: GuideBundle }>('../../src/engine/bundles/*.ts', { eager: true });
const bundleOf = (id: string) => Object.entries(bundles).find(([p]) => p.endsWith(`/${id}.ts`))![1].bundle;

/** A small seeded generator, so a failure can be reproduced. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '%3Cscript%3E',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  ' ',
  'ja ',
  'JA',
  'å',
  '\u0000',
  '../../etc/passwd',
  'x'.repeat(5000),
  '1e999',
  '-1',
];

function hostileParams(machineId: string, random: () => number): URLSearchParams {
  const machine = MACHINES[machineId as keyof typeof MACHINES];
  const questions = questionIds(machine);
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const params = new URLSearchParams();
  const roll = random();
  if (roll < 0.7) params.append('v', pick(['1', '2', '0', '99', '', 'abc', '1.0', ...NASTY]));
  const n = 1 + Math.floor(random() * 8);
  for (let i = 0; i < n; i++) {
    const key = random() < 0.7 ? pick(questions) : pick([...NASTY, 'fraga', 'v', 'utfall-x', pick(nodeIds(machine))]);
    const value = random() < 0.6 && questions.includes(key) ? pick(answersFor(machine, key)) : pick([...NASTY, 'ja', 'nej', 'vet-inte']);
    params.append(key, value);
  }
  if (random() < 0.2) params.append('fraga', pick([...questions, ...NASTY]));
  return params;
}

describe('fientliga och trasiga länkar till guiderna', () => {
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
