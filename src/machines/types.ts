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

/**
 * Is a child (under 18) concerned? 'ja': the answers or the outcome establish it; 'nej': the person
 * is established to be 18 or older; 'kanske': not known. Drives the orosanmälan block (SoL 19:1).
 */
export type Barn = 'ja' | 'nej' | 'kanske';

/** The stage of a crime: OSL 10:23 has one threshold for a completed crime and one for the rest. */
export type Brottsstadium = 'fullbordat' | 'forsok' | 'okant';

/**
 * The lowest penalty a 10:23 question tests (brief §2.14): six months for a completed crime, one year
 * for attempt, preparation or conspiracy. The question page shows the matching rows of the dated
 * penalty table (content/straffskalor.ts).
 */
export type Straffgrans = '6-manader' | '1-ar';

export interface QuestionMeta {
  kind: 'fraga';
  /** For "Därför": the provision each answer satisfies, where an answer satisfies one. */
  lagrum?: Partial<Record<string, LagrumId[]>>;
  /** What an answer establishes about whether a child is concerned (later answers override). */
  barn?: Partial<Record<string, Barn>>;
  /** What an answer establishes about the stage of the crime. */
  brottsstadium?: Partial<Record<string, Brottsstadium>>;
  /** The 10:23 threshold this question tests; its 'ja' means the threshold is reached. */
  straffgrans?: Straffgrans;
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

/**
 * One legal basis: the provisions that together carry it (e.g. a duty and 10:28 OSL). Where an
 * outcome can rest on different bases for different facts, each is one `Grund`, and the outcome's
 * content says which facts fit which basis (keyed by the basis's first provision).
 */
export type Grund = readonly [LagrumId, ...LagrumId[]];

/**
 * SoL 19:1 for socialtjänst's own staff (brief §3.3): 'gor-ocksa' shows the "Gör också: orosanmälan"
 * block where a child is or may be concerned; 'i-utfallet' marks an outcome that itself is the
 * handling of a report of concern (ROC, feedback on the police's report, a report from Kriminalvården).
 */
export type Orosanmalan = 'gor-ocksa' | 'i-utfallet';

export interface OutcomeMeta {
  kind: 'utfall';
  verdict: Verdict;
  /**
   * The deciding provisions: the basis the worker relies on, written after "Lagstöd:" in the
   * journal. Where `grunder` is set, this is every provision of every alternative basis.
   */
  lagrum: LagrumId[];
  /** Alternative bases, each for its own facts: the worker picks one ("Lagstöd: [välj: …]"). */
  grunder?: readonly Grund[];
  /** Related provisions: context for the reader, never written as the legal basis. */
  narliggande?: LagrumId[];
  /** Whether a child is concerned whatever the answers (overrides what the answers say). */
  barn?: Barn;
  orosanmalan?: Orosanmalan;
  warnings?: OutcomeWarning[];
  /** Another guide to continue in, with answers pre-filled (e.g. polisen-fragar → polisen). */
  fortsatt?: { guide: string; svar: Record<string, string> };
}

export type NodeMeta = QuestionMeta | OutcomeMeta;

/** Shorthand used in the machines. */
export const fraga = (lagrum?: QuestionMeta['lagrum'], extra: Omit<QuestionMeta, 'kind' | 'lagrum'> = {}): QuestionMeta => ({
  kind: 'fraga',
  lagrum,
  ...extra,
});

type OutcomeExtra = Partial<Omit<OutcomeMeta, 'kind' | 'verdict' | 'lagrum' | 'grunder'>>;

/** An outcome that rests on one basis (one or more provisions that together decide it). */
export const utfall = (verdict: Verdict, lagrum: Grund, extra: OutcomeExtra = {}): OutcomeMeta => ({
  kind: 'utfall',
  verdict,
  lagrum: [...lagrum],
  ...extra,
});

/** An outcome that can rest on one of several bases, each for its own facts. */
export const utfallMedVal = (verdict: Verdict, grunder: readonly [Grund, Grund, ...Grund[]], extra: OutcomeExtra = {}): OutcomeMeta => ({
  kind: 'utfall',
  verdict,
  lagrum: [...new Set(grunder.flat())],
  grunder,
  ...extra,
});

/** Read-back checks for meta, so the model can trust what a state node holds without a cast. */
export function isOutcomeMeta(meta: unknown): meta is OutcomeMeta {
  return typeof meta === 'object' && meta !== null && (meta as { kind?: unknown }).kind === 'utfall';
}
export function isQuestionMeta(meta: unknown): meta is QuestionMeta {
  return typeof meta === 'object' && meta !== null && (meta as { kind?: unknown }).kind === 'fraga';
}
