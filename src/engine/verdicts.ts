import type { Verdict } from '../machines/types.ts';

/** Short verdict labels for the verdict panel, the journal and the path book. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  'ska-lamnas': 'Måste lämnas (skyldighet)',
  'far-lamnas': 'Får lämnas',
  'far-lamnas-efter-provning': 'Får lämnas endast efter dokumenterad prövning – ta det med chef eller jurist',
  'samtycke-kravs': 'Samtycke krävs',
  'far-inte-lamnas': 'Får inte lämnas',
  // "Agera nu", not "ring 112": when the police are already on the line, calling 112 is not the step.
  nodsituation: 'Nödsituation – agera nu',
  'inom-avtalet': 'Inom ROC-avtalet',
  'utanfor-avtalet': 'Utanför ROC-avtalet',
  'sa-hanterar-du': 'Så hanterar du det',
};

/**
 * Verdict families: one colour and one shape each on the outcome panel. An emergency is its own
 * family, never the red of "får inte".
 */
export type VerdictFamily = 'ja' | 'villkor' | 'nej' | 'akut' | 'rutin';

export const VERDICT_FAMILY: Record<Verdict, VerdictFamily> = {
  'ska-lamnas': 'ja',
  'far-lamnas': 'ja',
  'inom-avtalet': 'ja',
  'far-lamnas-efter-provning': 'villkor',
  'samtycke-kravs': 'villkor',
  'far-inte-lamnas': 'nej',
  nodsituation: 'akut',
  'utanfor-avtalet': 'rutin',
  'sa-hanterar-du': 'rutin',
};
