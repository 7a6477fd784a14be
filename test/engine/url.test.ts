import { describe, expect, it } from 'vitest';
import { polisen } from '../../src/machines/polisen.ts';
import { replay, searchAfterAnswer, searchForBack, searchForChange, stepsInUrl } from '../../src/engine/url.ts';
import { toSearch } from '../../src/engine/links.ts';

const version = { current: 2, compatible: [1] };
const q = (s: string) => new URLSearchParams(s);

describe('guidemotorn: svaren i adressen', () => {
  it('börjar på första frågan utan svar', () => {
    const p = replay(polisen, q(''), version);
    expect(p).toMatchObject({ current: 'akut-fara', isOutcome: false, steps: [], problems: [] });
  });

  it('spelar upp svaren i adressen till samma fråga, oavsett ordning på parametrarna', () => {
    const a = replay(polisen, q('v=2&akut-fara=nej&identifierbar=ja'), version);
    const b = replay(polisen, q('identifierbar=ja&v=2&akut-fara=nej'), version);
    expect(a.current).toBe('skyldighet');
    expect(b).toEqual(a);
  });

  it('når ett utfall när alla svar finns', () => {
    const p = replay(polisen, q('v=2&akut-fara=nej&identifierbar=nej'), version);
    expect(p).toMatchObject({ current: 'utfall-ej-sekretess', isOutcome: true, problems: [] });
  });

  it('godtar länkar från en äldre version som har samma frågor (kompatibel)', () => {
    expect(replay(polisen, q('v=1&akut-fara=nej&identifierbar=nej'), version).isOutcome).toBe(true);
  });

  it('skriver svaren i vägens ordning med versionen först', () => {
    expect(toSearch([{ node: 'akut-fara', answer: 'nej' }], 2)).toBe('?v=2&akut-fara=nej');
    expect(toSearch([], 2)).toBe('');
  });
});

describe('guidemotorn: ändra och gå tillbaka', () => {
  const full = 'v=2&akut-fara=nej&identifierbar=ja&skyldighet=inget&samtycke=nej&ingripande=nej&vad-galler=begaget-brott&brott-verksamhet=nej&brottstyp=mot-barn';

  it('behåller senare svar som fortfarande gäller när ett tidigt svar ändras', () => {
    // identifierbar ja → vet-inte leads through the same questions: every later answer still applies.
    const search = searchAfterAnswer(polisen, q(full), 'identifierbar', 'vet-inte', 2);
    const p = replay(polisen, q(search.slice(1)), version);
    expect(p.current).toBe('utfall-10-21');
    expect(p.steps).toHaveLength(8);
  });

  it('tar bort svar som inte längre ligger på vägen', () => {
    const search = searchAfterAnswer(polisen, q(full), 'identifierbar', 'nej', 2);
    expect(search).toBe('?v=2&akut-fara=nej&identifierbar=nej');
  });

  it('visar en tidigare fråga med sitt svar förvalt vid "Ändra", utan att tappa senare svar', () => {
    const all = stepsInUrl(polisen, q(full));
    const search = searchForChange(all, 'samtycke', 2);
    const p = replay(polisen, q(search.slice(1)), version);
    expect(p).toMatchObject({ current: 'samtycke', selected: 'nej', isOutcome: false });
    expect(p.steps.map((s) => s.node)).toEqual(['akut-fara', 'identifierbar', 'skyldighet']);
    expect(stepsInUrl(polisen, q(search.slice(1)))).toHaveLength(8);
  });

  it('går "Tillbaka" till frågan före, med dess svar förvalt', () => {
    const params = q('v=2&akut-fara=nej&identifierbar=ja');
    const p = replay(polisen, params, version);
    const back = searchForBack(p, stepsInUrl(polisen, params), 2)!;
    const previous = replay(polisen, q(back.slice(1)), version);
    expect(previous).toMatchObject({ current: 'identifierbar', selected: 'ja' });
  });

  it('har ingen "Tillbaka"-fråga på första frågan', () => {
    expect(searchForBack(replay(polisen, q(''), version), [], 2)).toBeNull();
  });
});

describe('guidemotorn: adresser som inte stämmer', () => {
  it('visar aldrig ett utfall för en okänd parameter, utan sista giltiga fråga och ett problem', () => {
    const p = replay(polisen, q('v=2&akut-fara=nej&identifierbar=nej&namn=Kalle'), version);
    expect(p.isOutcome).toBe(false);
    expect(p).toMatchObject({ current: 'identifierbar', selected: 'nej' });
    expect(p.problems).toEqual([{ kind: 'okand-nyckel', key: 'namn' }]);
  });

  it('stannar vid frågan med ett svar som inte finns', () => {
    const p = replay(polisen, q('v=2&akut-fara=nej&identifierbar=kanske'), version);
    expect(p).toMatchObject({ current: 'identifierbar', isOutcome: false });
    expect(p.problems).toEqual([{ kind: 'okant-svar', node: 'identifierbar', value: 'kanske' }]);
  });

  it('visar inte ett utfall från en länk gjord för en annan version', () => {
    const p = replay(polisen, q('v=0&akut-fara=nej&identifierbar=nej'), version);
    expect(p.isOutcome).toBe(false);
    expect(p.problems).toEqual([{ kind: 'annan-version', version: '0' }]);
  });

  it('kräver version när adressen har svar', () => {
    const p = replay(polisen, q('akut-fara=nej&identifierbar=nej'), version);
    expect(p.problems).toEqual([{ kind: 'annan-version', version: null }]);
    expect(p.isOutcome).toBe(false);
  });

  it('kraschar inte på skräp', () => {
    for (const s of ['%%%', 'v=&=&&', 'akut-fara=', 'fraga=okand', 'v=2&fraga=akut-fara']) {
      expect(() => replay(polisen, q(s), version)).not.toThrow();
    }
  });
});
