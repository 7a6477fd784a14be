/** Test helpers for the table-driven guide situations. */
import { expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { outcomeIds, outcomeMeta } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';

/** Walk a machine with a list of answers and report where it ends. */
export function walkTo(machine: AnyStateMachine, answers: Record<string, string>) {
  const params = new URLSearchParams({ v: '1', ...answers });
  const position = replay(machine, params, { current: 1, compatible: [] });
  if (position.problems.length) throw new Error(`Svaren passar inte maskinen: ${JSON.stringify(position.problems)}`);
  if (!position.isOutcome) return { node: position.current, verdict: undefined, lagrum: [] as string[] };
  const meta = outcomeMeta(machine, position.current);
  return { node: position.current, verdict: meta.verdict, lagrum: meta.lagrum as string[] };
}

/** [description, answers, expected outcome node, expected verdict, provisions that must decide]. */
export type Situation = [string, Record<string, string>, string, string, string[]];

/**
 * One test per situation, plus the checks every guide's table shares: a minimum number of
 * situations, never 10 kap. 27 § OSL, and (optionally) every outcome covered by some situation.
 */
export function itHandlesSituations(machine: AnyStateMachine, situations: Situation[], { min = 10, everyOutcome = false } = {}) {
  it(`har minst ${min} situationer`, () => expect(situations.length).toBeGreaterThanOrEqual(min));

  for (const [name, answers, node, verdict, lagrum] of situations) {
    it(name, () => {
      const result = walkTo(machine, answers);
      expect(result.node).toBe(node);
      expect(result.verdict).toBe(verdict);
      expect(result.lagrum).toEqual(expect.arrayContaining(lagrum));
    });
  }

  it('erbjuder aldrig generalklausulen 10 kap. 27 § som grund', () => {
    for (const [, answers] of situations) expect(walkTo(machine, answers).lagrum).not.toContain('osl-10-27');
  });

  if (everyOutcome) {
    it('når varje utfall i minst en situation', () => {
      const reached = new Set(situations.map(([, answers]) => walkTo(machine, answers).node));
      expect(outcomeIds(machine).filter((id) => !reached.has(id))).toEqual([]);
    });
  }
}
