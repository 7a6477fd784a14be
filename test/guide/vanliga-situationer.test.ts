import { describe, expect, it } from 'vitest';
import { checkGuides, situationErrors } from '../../src/buildtime/guide-check.ts';
import { vanligaSituationer, type VanligSituation } from '../../content/vanliga-situationer.ts';

const { guides } = checkGuides();

describe('vanliga situationer på startsidan', () => {
  it('varje situation leder in i sin guide med svar som guiden fortfarande tar emot', () => {
    expect(vanligaSituationer.length).toBeGreaterThanOrEqual(6);
    expect(situationErrors(guides)).toEqual([]);
  });

  it('en situation vars svar inte längre stämmer med guiden är ett fel som namnger situationen', () => {
    const stale: VanligSituation[] = [
      { text: 'Gammal länk', guide: 'polisen-fragar', svar: { begaran: 'finns-inte' } },
      { text: 'Svar som inte längre behövs', guide: 'polisen-fragar', svar: { begaran: 'aktuell', 'vem-fragar': 'kontrollerat' } },
    ];
    const errors = situationErrors(guides, stale);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^content\/vanliga-situationer\.ts — "Gammal länk": .*stämmer inte längre/);
    expect(errors[1]).toMatch(/"Svar som inte längre behövs"/);
  });

  it('har inga dubbletter', () => {
    const texts = vanligaSituationer.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
