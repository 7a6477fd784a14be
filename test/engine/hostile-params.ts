/**
 * Random and adversarial guide links (issue 14), shared by the jsdom test of every link
 * (test/engine/hostile-urls.test.tsx) and the browser sample (test/e2e/hostile-urls.spec.ts).
 * Seeded, so a failure names a link that can be opened again.
 */
import { MACHINES } from '../../src/buildtime/machines.ts';
import { answersFor, nodeIds, questionIds } from '../../src/engine/model.ts';

/** A small seeded generator, so a failure can be reproduced. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const NASTY = [
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

export function hostileParams(machineId: string, random: () => number): URLSearchParams {
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
