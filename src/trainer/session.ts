import type { GuideBundle } from '../engine/bundle.ts';
import { slidesFor, walkAnswers } from './script.ts';
import type { Session, TrainerCase } from './types.ts';

/** A case walked through its guide: the case's answers drive the walk. */
export function caseSession(bundle: GuideBundle, trainingCase: TrainerCase): Session {
  const walk = walkAnswers(bundle.machine, trainingCase.svar);
  return { kind: 'fall', bundle, case: trainingCase, answers: trainingCase.svar, walk, slides: slidesFor(bundle.machine, walk) };
}

/**
 * A guide walked live: the room's answers so far are in the URL (`?v=…&<fråga>=<svar>`). Answers made
 * under another content version are dropped rather than shown against changed questions.
 */
export function guideSession(bundle: GuideBundle, params: URLSearchParams): Session {
  const { version, kompatiblaVersioner } = bundle.index.frontmatter;
  const v = params.get('v');
  const versionOk = v !== null && [version, ...kompatiblaVersioner].map(String).includes(v);
  const given: Record<string, string> = {};
  if (versionOk) for (const [key, value] of params) given[key] = value;
  const walk = walkAnswers(bundle.machine, given);
  const answers = Object.fromEntries(walk.steps.map((s) => [s.node, s.answer]));
  return { kind: 'guide', bundle, answers, walk, slides: slidesFor(bundle.machine, walk) };
}
