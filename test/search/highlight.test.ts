// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../src/search/highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('markering av sökorden i träffarna', () => {
  it('markerar hela ordet från stammen: "samtyck" markerar "Samtycket"', () => {
    expect(marked('Samtycket gäller', ['samtyck'])).toEqual(['Samtycket']);
  });

  it('korta ord markeras bara i början av ett ord', () => {
    expect(marked('Hot mot personal, inget behov', ['hot'])).toEqual(['Hot']);
  });

  it('långa ord markeras också inne i sammansatta ord', () => {
    expect(marked('Folkbokföringsadressen', ['adress'])).toEqual(['adressen']);
  });

  it('texten blir bara delar av text, hur den än ser ut', () => {
    const parts = highlightParts('<script>alert(1)</script>', ['script']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script>');
  });
});
