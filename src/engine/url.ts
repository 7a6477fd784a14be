/**
 * URL state: pure functions from a URL's answers to a position in a machine, and back.
 * State lives only in the URL (`?v=1&akut-fara=nej&identifierbar=ja`): every render replays the
 * answers through the machine from its initial state (ADR 001). Nothing is stored anywhere.
 *
 * Safety rule: when anything in the URL does not fit (unknown key or value, or a link made under an
 * older content version), never show an outcome. Show the last valid question, its answer chosen,
 * and a message — the user confirms with "Fortsätt". Never a crash, never a silently different outcome.
 */
import { getInitialSnapshot, getNextSnapshot, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import { answersFor, currentNode, isOutcomeNode, questionIds } from './model.ts';
import { EDIT_KEY, VERSION_KEY, toSearch, type Step } from './links.ts';

export type { Step } from './links.ts';

export type ReplayProblem =
  | { kind: 'okand-nyckel'; key: string }
  | { kind: 'okant-svar'; node: string; value: string }
  | { kind: 'annan-version'; version: string | null };

export interface Position {
  /** Answers applied on the way to `current`, in order. */
  steps: Step[];
  /** The node shown now: a question id or an outcome id. */
  current: string;
  isOutcome: boolean;
  /** For a question shown again (editing or after a problem): the answer to pre-select. */
  selected?: string;
  problems: ReplayProblem[];
}

export interface GuideVersion {
  current: number;
  compatible: number[];
}

/** Apply one answer; null when the machine does not accept it. */
export function answer(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, step: Step): AnyMachineSnapshot | null {
  if (currentNode(snapshot) !== step.node || !answersFor(machine, step.node).includes(step.answer)) return null;
  return getNextSnapshot(machine, snapshot, { type: `${step.node}.${step.answer}` });
}

/**
 * Walk from the initial state, taking each question's answer from `answers` while there is one.
 * Returns the steps taken and where the walk stopped.
 */
function walk(machine: AnyStateMachine, answers: Map<string, string>) {
  let snapshot = getInitialSnapshot(machine);
  const steps: Step[] = [];
  for (;;) {
    const node = currentNode(snapshot);
    if (isOutcomeNode(machine, node)) return { steps, current: node, invalid: undefined };
    const value = answers.get(node);
    if (value === undefined) return { steps, current: node, invalid: undefined };
    const next = answer(machine, snapshot, { node, answer: value });
    if (!next) return { steps, current: node, invalid: { node, value } };
    steps.push({ node, answer: value });
    snapshot = next;
  }
}

function answersFromParams(machine: AnyStateMachine, params: URLSearchParams) {
  const questions = new Set(questionIds(machine));
  const answers = new Map<string, string>();
  const unknownKeys: string[] = [];
  for (const [key, value] of params) {
    if (key === VERSION_KEY || key === EDIT_KEY) continue;
    if (questions.has(key)) answers.set(key, value);
    else unknownKeys.push(key);
  }
  return { answers, unknownKeys };
}

/** Where the URL puts the user, and what (if anything) in it does not fit. */
export function replay(machine: AnyStateMachine, params: URLSearchParams, version: GuideVersion): Position {
  const { answers, unknownKeys } = answersFromParams(machine, params);
  const problems: ReplayProblem[] = unknownKeys.map((key) => ({ kind: 'okand-nyckel', key }));
  const v = params.get(VERSION_KEY);
  const versionOk = v !== null && [version.current, ...version.compatible].map(String).includes(v);
  if (answers.size > 0 && !versionOk) problems.push({ kind: 'annan-version', version: v });

  const result = walk(machine, answers);
  if (result.invalid) problems.push({ kind: 'okant-svar', ...result.invalid });
  let steps = result.steps;
  let current = result.current;
  let selected: string | undefined;

  if (problems.length > 0 && isOutcomeNode(machine, current) && steps.length > 0) {
    // Do not show an outcome from a link that does not fit: step back to the last question.
    const last = steps[steps.length - 1];
    steps = steps.slice(0, -1);
    current = last.node;
    selected = last.answer;
  }

  const editing = params.get(EDIT_KEY);
  if (problems.length === 0 && editing) {
    const index = steps.findIndex((s) => s.node === editing);
    if (index >= 0) {
      selected = steps[index].answer;
      current = editing;
      steps = steps.slice(0, index);
    }
  }
  return { steps, current, isOutcome: isOutcomeNode(machine, current), selected, problems };
}

/**
 * The query string after answering `node` with `value`. Earlier answers stay; later answers are
 * kept only where they still lie on the new path (the walk re-uses them), the rest are dropped.
 */
export function searchAfterAnswer(machine: AnyStateMachine, params: URLSearchParams, node: string, value: string, version: number): string {
  const { answers } = answersFromParams(machine, params);
  answers.set(node, value);
  const { steps } = walk(machine, answers);
  return toSearch(steps, version);
}

/** "Tillbaka": the question before the one shown, with its answer pre-selected; null at the start. */
export function searchForBack(position: Position, allSteps: Step[], version: number): string | null {
  const previous = position.steps[position.steps.length - 1];
  if (!previous) return null;
  return toSearch(allSteps, version, previous.node);
}

/** "Ändra": show an earlier question again, its answer pre-selected, keeping every answer. */
export function searchForChange(allSteps: Step[], node: string, version: number): string {
  return toSearch(allSteps, version, node);
}

/** The full path the URL describes (ignoring any "fraga" edit marker). */
export function stepsInUrl(machine: AnyStateMachine, params: URLSearchParams): Step[] {
  return walk(machine, answersFromParams(machine, params).answers).steps;
}

