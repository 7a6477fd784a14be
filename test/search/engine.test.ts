// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/buildtime/search-documents.ts';
import { buildSearchIndex, searchIndexAsset } from '../../src/buildtime/search-index.ts';
import { hitRates, querySet } from '../../src/buildtime/search-evaluation.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import type { SearchIndexFile } from '../../src/search/types.ts';

let engine: SearchEngine;
let file: SearchIndexFile;
const urls = (q: string, n = 3) => engine.search(q, n).hits.map((h) => h.doc.url);

beforeAll(() => {
  const { docs, errors } = searchDocuments();
  expect(errors).toEqual([]);
  // Through JSON, as the browser gets it.
  file = JSON.parse(searchIndexAsset(buildSearchIndex(docs)).source) as SearchIndexFile;
  engine = createSearchEngine(file);
}, 120_000);

describe('sökningen på frågesamlingen (test/search-queries.json)', () => {
  /**
   * The hit rates reached when the search was tuned (docs/sok.md): 101 of 103 queries (98.1 %)
   * with a right answer in the first three, 95 (92.2 %) with it first. A change that loses a query
   * fails here; raise the numbers when a change gains. No timing here: `npm run bench:search`
   * measures speed.
   */
  const REACHED = { top3: 0.98, top1: 0.92 };

  it('har minst 60 realistiska frågor, och varje rätt svar finns som träff', () => {
    const queries = querySet();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const known = new Set(engine.docs.map((d) => d.url));
    for (const q of queries) for (const target of q.forvantat) expect(known, `${q.q} → ${target}`).toContain(target);
  });

  it('hittar minst lika många rätt svar som när den trimmades', () => {
    const rates = hitRates(querySet(), (q) => urls(q.q));
    expect(rates.top3, JSON.stringify(rates.misses, null, 1)).toBeGreaterThanOrEqual(REACHED.top3);
    expect(rates.top1).toBeGreaterThanOrEqual(REACHED.top1);
  });
});

describe('sökningens regler', () => {
  it('en paragrafhänvisning ger lagrummet först, sedan det som citerar det', () => {
    expect(urls('10:21')[0]).toBe('/lagrum/osl-10-21');
    expect(urls('26 kap 1 § OSL')[0]).toBe('/lagrum/osl-26-1');
    const rest = engine.search('10:21', 10).hits.slice(1);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('en gammal SoL-hänvisning ger den nya paragrafen med en rad om flytten', () => {
    const [first] = engine.search('14 kap 1 § SoL').hits;
    expect(first.doc.url).toBe('/lagrum/sol-19-1');
    expect(first.movedFrom).toBe('14 kap. 1 § SoL (2001:453)');
    expect(first.doc.lagrum?.movedOn).toBe('2025-07-01');
  });

  it('ord skrivna utan å, ä och ö hittar samma sak som med', () => {
    expect(urls('kriminalvården', 1)).toEqual(['/handbok/kriminalvarden']);
    expect(urls('kriminalvarden', 3)).toContain('/handbok/kriminalvarden');
    expect(urls('orosanmalan', 3)).toContain('/handbok/orosanmalan');
  });

  it('å, ä och ö är egna bokstäver: ett ord som finns som det är skrivet tolkas inte om', () => {
    // "far illa" finns i texten; "far" ska inte bli "får".
    expect(engine.search('far illa').highlight).not.toContain('får');
  });

  it('ett felstavat ord rättas mot ord som finns, och "Menade du" visar rättelsen', () => {
    const r = engine.search('tysnadsplikt');
    expect(r.hits.map((h) => h.doc.url).slice(0, 3)).toContain('/ordlista#tystnadsplikt');
    expect(r.didYouMean).toBe('tystnadsplikt');
  });

  it('synonymtabellen: vardagsord hittar det juridiska ordet och lagrummet', () => {
    expect(urls('anmälan om oro för barn', 5)).toContain('/lagrum/sol-19-1');
    expect(urls('generalklausulen', 3)).toContain('/lagrum/osl-10-27');
  });

  it('samma sida visas en gång, och en tom fråga ger inga träffar', () => {
    const all = engine.search('polisen', 50).hits.map((h) => h.doc.url);
    expect(new Set(all).size).toBe(all.length);
    expect(engine.search('   ').hits).toEqual([]);
  });

  it('tecken som betyder något för Fuse eller HTML söks som text', () => {
    for (const q of ['<script>alert(1)</script>', "'=^!$|", '"', '\\', '()[]{}']) {
      expect(() => engine.search(q), q).not.toThrow();
    }
  });
});
