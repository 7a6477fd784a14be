/**
 * Facts a walk establishes, read from the machine's meta and the answers given: whether a child is
 * concerned, and so whether the outcome shows "Gör också: orosanmälan" (SoL 19:1 for socialtjänst's
 * own staff, brief §3.3). The renderer, the journal, the path book and the tests all ask here.
 */
import type { AnyStateMachine } from 'xstate';
import type { Barn } from '../machines/types.ts';
import { outcomeMeta, questionMeta } from './model.ts';
import type { Step } from './url.ts';

/**
 * Is a child (under 18) concerned on this path? The outcome's own `barn` wins; otherwise the last
 * answer that says anything; otherwise not known ('kanske').
 */
export function barnPaVagen(machine: AnyStateMachine, steps: Step[], outcome: string): Barn {
  const fixed = outcomeMeta(machine, outcome).barn;
  if (fixed) return fixed;
  let barn: Barn = 'kanske';
  for (const { node, answer } of steps) barn = questionMeta(machine, node).barn?.[answer] ?? barn;
  return barn;
}

/**
 * How the orosanmälan block shows on this path: 'barn' (a child is concerned), 'kanske' (a child may
 * be concerned: the block asks first), or null (no block: an adult, or the outcome itself handles the
 * report of concern).
 */
export type OrosanmalanVisning = 'barn' | 'kanske' | null;

export function orosanmalanPaVagen(machine: AnyStateMachine, steps: Step[], outcome: string): OrosanmalanVisning {
  if (outcomeMeta(machine, outcome).orosanmalan !== 'gor-ocksa') return null;
  const barn = barnPaVagen(machine, steps, outcome);
  return barn === 'ja' ? 'barn' : barn === 'kanske' ? 'kanske' : null;
}
