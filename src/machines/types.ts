/**
 * The guide model shared by every machine and the one renderer. Machines import only xstate and
 * the law registry; the renderer reads these meta objects and never branches on state names.
 */
import type { LagrumId } from '../law/registry.ts';

/** The closed set of verdicts an outcome can have. */
export type Verdict =
  | 'ska-lamnas' // must share (a duty)
  | 'far-lamnas' // may share
  | 'far-lamnas-efter-provning' // may share only after a documented weighing – escalate
  | 'samtycke-kravs' // consent needed
  | 'far-inte-lamnas' // may not share
  | 'nodsituation' // acute danger: call 112, give what averts the danger, document afterwards
  | 'inom-avtalet' // ROC: the case is within the agreement
  | 'utanfor-avtalet' // ROC: the case is outside the agreement
  | 'sa-hanterar-du'; // a procedure to follow (e.g. a request for documents), not a yes/no

export interface QuestionMeta {
  kind: 'fraga';
  /** For "Därför": the provision each answer satisfies, where an answer satisfies one. */
  lagrum?: Partial<Record<string, LagrumId[]>>;
}

/**
 * Warnings the renderer adds to an outcome, each with its own fixed, cited text in
 * content/guide-texter/varning-<name>.mdx (the build checks that every one has its file).
 */
export const OUTCOME_WARNINGS = [
  'adress', // releasing an address or whereabouts: a second secrecy layer (21:3, 21:3 a, 7:3) may apply
  'overvaganden-15a', // 10:15 a does not exclude 26:2 or 26:5: reporter identity and protected whereabouts
] as const;
export type OutcomeWarning = (typeof OUTCOME_WARNINGS)[number];

export interface OutcomeMeta {
  kind: 'utfall';
  verdict: Verdict;
  /** The deciding provisions, most important first. At least one. */
  lagrum: LagrumId[];
  warnings?: OutcomeWarning[];
  /** Another guide to continue in, with answers pre-filled (e.g. polisen-fragar → polisen). */
  fortsatt?: { guide: string; svar: Record<string, string> };
}

export type NodeMeta = QuestionMeta | OutcomeMeta;

/** Shorthand used in the machines. */
export const fraga = (lagrum?: QuestionMeta['lagrum']): QuestionMeta => ({ kind: 'fraga', lagrum });
export const utfall = (verdict: Verdict, lagrum: [LagrumId, ...LagrumId[]], extra: Partial<Omit<OutcomeMeta, 'kind' | 'verdict' | 'lagrum'>> = {}): OutcomeMeta => ({
  kind: 'utfall',
  verdict,
  lagrum,
  ...extra,
});

/** Read-back checks for meta, so the model can trust what a state node holds without a cast. */
export function isOutcomeMeta(meta: unknown): meta is OutcomeMeta {
  return typeof meta === 'object' && meta !== null && (meta as { kind?: unknown }).kind === 'utfall';
}
export function isQuestionMeta(meta: unknown): meta is QuestionMeta {
  return typeof meta === 'object' && meta !== null && (meta as { kind?: unknown }).kind === 'fraga';
}
