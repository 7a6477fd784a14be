/**
 * The machine model: what a guide machine holds, read back as plain data. Every guide machine is
 * flat (one level of states), its answers are payload-free events named "<node>.<value>", and each
 * answer has exactly one unguarded target. Diagrams, trainer mode, the path book and the renderer all
 * ask the same questions — which nodes, which answers, where does each answer lead — so they ask here.
 */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { isOutcomeMeta, isQuestionMeta, type OutcomeMeta, type QuestionMeta } from '../machines/types.ts';

/** One answer of one question, and the node it leads to. */
export interface Edge {
  from: string;
  answer: string;
  to: string;
}

function stateNode(machine: AnyStateMachine, id: string) {
  const node = machine.states[id];
  if (!node) throw new Error(`${machine.id}: ingen nod "${id}"`);
  return node;
}

/** Every node id of a (flat) guide machine, in definition order. */
export function nodeIds(machine: AnyStateMachine): string[] {
  return Object.keys(machine.states);
}

export function isOutcomeNode(machine: AnyStateMachine, id: string): boolean {
  return machine.states[id]?.type === 'final';
}

export function questionIds(machine: AnyStateMachine): string[] {
  return nodeIds(machine).filter((id) => !isOutcomeNode(machine, id));
}

export function outcomeIds(machine: AnyStateMachine): string[] {
  return nodeIds(machine).filter((id) => isOutcomeNode(machine, id));
}

/** The first question of a walk. */
export function initialNode(machine: AnyStateMachine): string {
  return String(machine.config.initial);
}

/** The answer values a question accepts, in the order the machine lists them. */
export function answersFor(machine: AnyStateMachine, node: string): string[] {
  const prefix = `${node}.`;
  return Object.keys(stateNode(machine, node).on ?? {})
    .filter((e) => e.startsWith(prefix))
    .map((e) => e.slice(prefix.length));
}

/** Where one answer leads: the target node id. Throws when the machine has no such answer. */
export function targetOf(machine: AnyStateMachine, node: string, answer: string): string {
  const transitions = stateNode(machine, node).on?.[`${node}.${answer}`];
  const target = transitions?.[0]?.target?.[0];
  if (!target) throw new Error(`${machine.id}: frågan "${node}" har inget svar "${answer}"`);
  return String(target.key);
}

/** Every answer of every question with its target: the machine as a graph. */
export function edgesOf(machine: AnyStateMachine): Edge[] {
  return questionIds(machine).flatMap((from) =>
    answersFor(machine, from).map((answer) => ({ from, answer, to: targetOf(machine, from, answer) })),
  );
}

export function outcomeMeta(machine: AnyStateMachine, id: string): OutcomeMeta {
  const meta: unknown = stateNode(machine, id).meta;
  if (!isOutcomeMeta(meta)) throw new Error(`${machine.id}: "${id}" är inget utfall`);
  return meta;
}

export function questionMeta(machine: AnyStateMachine, id: string): QuestionMeta {
  const meta: unknown = stateNode(machine, id).meta;
  if (!isQuestionMeta(meta)) throw new Error(`${machine.id}: "${id}" är ingen fråga`);
  return meta;
}

/** The single state a flat guide machine is in. */
export function currentNode(snapshot: AnyMachineSnapshot): string {
  return String(snapshot.value);
}
