import type { Verdict } from '../machines/types.ts';

/** Short verdict labels for the verdict tag, the journal and the path book. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  'ska-lamnas': 'Måste lämnas (skyldighet)',
  'far-lamnas': 'Får lämnas',
  'far-lamnas-efter-provning': 'Får lämnas endast efter dokumenterad prövning – ta det med chef eller jurist',
  'samtycke-kravs': 'Samtycke krävs',
  'far-inte-lamnas': 'Får inte lämnas',
  nodsituation: 'Nödsituation – ring 112',
  'inom-avtalet': 'Inom ROC-avtalet',
  'utanfor-avtalet': 'Utanför ROC-avtalet',
  'sa-hanterar-du': 'Så hanterar du det',
};
