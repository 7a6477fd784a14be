/**
 * Which path a walk's answers take through a diagram. The diagram holds every edge of its machine
 * (a test guarantees it), so the path can be followed on the diagram itself and the map page needs
 * no state-machine library.
 */
import type { Diagram } from './types.ts';
import type { PathStep } from './diagram-svg.tsx';

export interface DiagramPath {
  steps: PathStep[];
  /** Where the answers stop: the next unanswered question, or the outcome reached. */
  current: string;
}

/**
 * Follows `answers` (question id → answer value) from the first question while each answer fits.
 * Answers off the path are ignored, as in the guide itself.
 */
export function pathThroughDiagram(diagram: Diagram, answers: ReadonlyMap<string, string>): DiagramPath {
  const next = new Map(diagram.edges.map((e) => [`${e.from}|${e.answer}`, e.to]));
  const steps: PathStep[] = [];
  let current = diagram.initial;
  const seen = new Set<string>();
  for (;;) {
    const answer = answers.get(current);
    const to = answer === undefined ? undefined : next.get(`${current}|${answer}`);
    if (to === undefined || seen.has(current)) return { steps, current };
    seen.add(current);
    steps.push({ node: current, answer: answer! });
    current = to;
  }
}

