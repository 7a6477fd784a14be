import type { Verdict } from '../../machines/types.ts';

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-ZÅÄÖ])/;
const NEGATIVE = /^(Inte|Inget|Inga|Aldrig)\b/;

/**
 * For a verdict that lets something go, the scope often ends with what may not ("Bara ja eller
 * nej … Inte adressen …"). Then the panel says both — "Måste lämnas" and "Inget utöver det" — so
 * the verdict is never read as "all of it".
 */
export function scopeHasLimit(verdict: Verdict, what: string): boolean {
  if (verdict !== 'ska-lamnas' && verdict !== 'far-lamnas') return false;
  const sentences = what.trim().split(SENTENCE_END);
  return sentences.some((s) => NEGATIVE.test(s)) && sentences.some((s) => !NEGATIVE.test(s));
}
