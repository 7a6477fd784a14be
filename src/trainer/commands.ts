/**
 * Keys and commands of trainer mode, as pure functions: which key does what, and what a command
 * does to the session's state. Both windows (projector and presenter) run the same functions, so
 * they agree on every step whichever of them is driven.
 */
import type { Command, Session, TrainerState, View } from './types.ts';
import { clampSlide, nextSlide, previousSlide, questionOf, slideFromParam, slidesFor, walkAnswers } from './script.ts';
import { answersFor } from '../engine/model.ts';

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** → or space next, ← back, a presenter's clicker (PageDown/PageUp), D diagram, T "Tänk om…", F full screen, Esc out, 1–9 an answer. */
export function commandForKey(event: KeyLike): Command | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return { type: 'nasta' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'forra' };
    case 'd':
    case 'D':
      return { type: 'karta' };
    case 't':
    case 'T':
      return { type: 'tankom' };
    case 'f':
    case 'F':
      return { type: 'helskarm' };
    case 'Escape':
      return { type: 'ut' };
  }
  if (/^[1-9]$/.test(event.key)) return { type: 'valj', index: Number(event.key) - 1 };
  return undefined;
}

const VIEWS: View[] = ['steg', 'karta', 'tankom'];

/** The state a URL describes: `?steg=` counts slides from 1, `vy=` names an overlay. */
export function stateFromParams(session: Session, params: URLSearchParams): TrainerState {
  const slide = slideFromParam(session.slides, params.get('steg'));
  const vy = params.get('vy') as View | null;
  let view: View = vy && VIEWS.includes(vy) ? vy : 'steg';
  if (view === 'tankom' && !questionOf(session.slides[slide])) view = 'steg';
  return { slide, view };
}

/** The query string for a state, keeping the answers of a live guide walk. */
export function paramsFor(session: Session, state: TrainerState): string {
  const params = new URLSearchParams();
  if (session.kind === 'guide') {
    params.set('v', String(session.bundle.index.frontmatter.version));
    for (const step of session.walk.steps) params.set(step.node, step.answer);
  }
  if (state.slide > 0) params.set('steg', String(state.slide + 1));
  if (state.view !== 'steg') params.set('vy', state.view);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * What a command does. Returns the new query string, or null when the command changes nothing in
 * the session (full screen and leaving are handled by the window itself).
 */
export function applyCommand(session: Session, state: TrainerState, command: Command): string | null {
  const { slides } = session;
  const slide = slides[state.slide];
  switch (command.type) {
    case 'nasta':
    case 'forra': {
      const index = command.type === 'nasta' ? nextSlide(slides, state.slide) : previousSlide(slides, state.slide);
      if (index === state.slide) return null;
      // "Tänk om…" belongs to one question; the diagram stays open while the walk goes on.
      const view = state.view === 'tankom' && !questionOf(slides[index]) ? 'steg' : state.view;
      return paramsFor(session, { slide: index, view });
    }
    case 'karta':
      return paramsFor(session, { ...state, view: state.view === 'karta' ? 'steg' : 'karta' });
    case 'tankom':
      if (!questionOf(slide)) return null;
      return paramsFor(session, { ...state, view: state.view === 'tankom' ? 'steg' : 'tankom' });
    case 'valj':
      return session.kind === 'guide' ? chooseAnswer(session, state, command.index) : null;
    default:
      return null;
  }
}

/**
 * A live guide walk: the room's answer to the question on screen. Earlier answers stay, later ones
 * stay where they still apply, and the session moves to the reveal of this answer.
 */
export function chooseAnswer(session: Session, state: TrainerState, index: number): string | null {
  const node = questionOf(session.slides[state.slide]);
  if (!node) return null;
  const machine = session.bundle.machine;
  const answer = answersFor(machine, node)[index];
  if (answer === undefined) return null;
  const walk = walkAnswers(machine, { ...session.answers, [node]: answer });
  const slides = slidesFor(machine, walk);
  const reveal = slides.findIndex((s) => s.kind === 'svar' && s.node === node);
  const next: Session = { ...session, answers: Object.fromEntries(walk.steps.map((s) => [s.node, s.answer])), walk, slides };
  return paramsFor(next, { slide: clampSlide(slides, reveal), view: 'steg' });
}
