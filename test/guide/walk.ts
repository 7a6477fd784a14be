/** Test helper: walk a machine with a list of answers and report where it ends. */
import type { AnyStateMachine } from 'xstate';
import { outcomeMeta, replay } from '../../src/guide/engine.ts';

export function walkTo(machine: AnyStateMachine, answers: Record<string, string>) {
  const params = new URLSearchParams({ v: '1', ...answers });
  const position = replay(machine, params, { current: 1, compatible: [] });
  if (position.problems.length) throw new Error(`Svaren passar inte maskinen: ${JSON.stringify(position.problems)}`);
  if (!position.isOutcome) return { node: position.current, verdict: undefined, lagrum: [] as string[] };
  const meta = outcomeMeta(machine, position.current);
  return { node: position.current, verdict: meta.verdict, lagrum: meta.lagrum as string[] };
}
