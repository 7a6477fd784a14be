/**
 * The running order of a training session, as pure functions of the machine and the answers: which
 * slide comes after which, what has been revealed so far, and where the other answers would have
 * led. Everything is derived from the machine (src/engine/model.ts), never written by hand, so a
 * session can never contradict its guide.
 */
import type { AnyStateMachine } from 'xstate';
import { answersFor, initialNode, isOutcomeNode, targetOf } from '../engine/model.ts';
import { stepsInUrl } from '../engine/url.ts';
import type { Step } from '../engine/links.ts';

export type Slide =
  /** The case's facts in full (or, without a case, what the guide decides). */
  | { kind: 'start' }
  /** A question and all its answers. `number` counts questions from 1. */
  | { kind: 'fraga'; node: string; number: number }
  /** The room decides: the question and answers, no answer marked. */
  | { kind: 'rosta'; node: string; number: number }
  /** The answer revealed, with its provisions and reason. */
  | { kind: 'svar'; node: string; answer: string; number: number }
  /** Where the answers lead: the outcome. */
  | { kind: 'utfall'; node: string };

export interface Walk {
  steps: Step[];
  /** The node after the last answer: the outcome reached, or the next unanswered question. */
  end: string;
}

/** Follow answers (question id → answer) from the first question, as the guide itself does. */
export function walkAnswers(machine: AnyStateMachine, answers: Record<string, string>): Walk {
  const steps = stepsInUrl(machine, new URLSearchParams(answers));
  const last = steps[steps.length - 1];
  return { steps, end: last ? targetOf(machine, last.node, last.answer) : initialNode(machine) };
}

/**
 * The slides of a session: the start, then for every answered question its question, vote and
 * reveal, then the outcome. When the answers stop at a question (a guide walked live, without a
 * case), the session ends with that question and its vote, waiting for the room's answer.
 */
export function slidesFor(machine: AnyStateMachine, walk: Walk): Slide[] {
  const slides: Slide[] = [{ kind: 'start' }];
  walk.steps.forEach((step, i) => {
    slides.push({ kind: 'fraga', node: step.node, number: i + 1 });
    slides.push({ kind: 'rosta', node: step.node, number: i + 1 });
    slides.push({ kind: 'svar', node: step.node, answer: step.answer, number: i + 1 });
  });
  if (isOutcomeNode(machine, walk.end)) {
    slides.push({ kind: 'utfall', node: walk.end });
  } else {
    const number = walk.steps.length + 1;
    slides.push({ kind: 'fraga', node: walk.end, number }, { kind: 'rosta', node: walk.end, number });
  }
  return slides;
}

/** A slide index kept inside the session (URLs can be edited by hand). */
export function clampSlide(slides: Slide[], index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(slides.length - 1, Math.max(0, Math.trunc(index)));
}

export const nextSlide = (slides: Slide[], index: number) => clampSlide(slides, index + 1);
export const previousSlide = (slides: Slide[], index: number) => clampSlide(slides, index - 1);

/** `?steg=` counts from 1 for people; slides count from 0. */
export function slideFromParam(slides: Slide[], value: string | null): number {
  return value === null ? 0 : clampSlide(slides, Number(value) - 1);
}

/** What the room has seen so far: the answers revealed, and the node the walk has reached. */
export function revealedAt(slides: Slide[], walk: Walk, index: number): { steps: Step[]; current: string } {
  const slide = slides[index];
  const revealed = slides.slice(0, index + 1).filter((s) => s.kind === 'svar').length;
  const steps = walk.steps.slice(0, revealed);
  if (slide.kind === 'fraga' || slide.kind === 'rosta' || slide.kind === 'utfall') return { steps, current: slide.node };
  // The start, or an answer just revealed: the walk stands at the node that comes next.
  return { steps, current: walk.steps[revealed]?.node ?? walk.end };
}

/** The question a slide is about, if any. */
export function questionOf(slide: Slide): string | undefined {
  return slide.kind === 'fraga' || slide.kind === 'rosta' || slide.kind === 'svar' ? slide.node : undefined;
}

export interface Alternative {
  answer: string;
  /** The node this answer leads to directly. */
  next: string;
  /** The answers after this one, taken from the case where the case answers them. */
  then: Step[];
  /** Where that road ends: an outcome, or a question the case does not answer. */
  end: string;
  endsInOutcome: boolean;
  /** This is the answer the case (or the room) gave. */
  chosen: boolean;
}

/**
 * "Tänk om…": for every answer of `node`, where the walk would have gone. The earlier answers stay
 * as they are; after the changed answer, the case's own answers are reused wherever they still
 * apply (the guide's rule for changed answers), so each alternative is followed as far as the case
 * can take it.
 */
export function whatIf(machine: AnyStateMachine, answers: Record<string, string>, node: string): Alternative[] {
  return answersFor(machine, node).map((answer) => {
    const walk = walkAnswers(machine, { ...answers, [node]: answer });
    const at = walk.steps.findIndex((s) => s.node === node);
    return {
      answer,
      next: targetOf(machine, node, answer),
      then: at >= 0 ? walk.steps.slice(at + 1) : [],
      end: walk.end,
      endsInOutcome: isOutcomeNode(machine, walk.end),
      chosen: answers[node] === answer,
    };
  });
}
