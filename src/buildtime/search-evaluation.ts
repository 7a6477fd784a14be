/**
 * The labelled query set (test/search-queries.json) and how a ranked list of URLs is scored
 * against it. Shared by the regression test and `npm run bench:search`, so both count the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledQuery {
  q: string;
  /** situation, paragraf, gammal-paragraf, ordlista, ascii, stavfel, synonym, guide, ovningsfall. */
  typ: string;
  /** The right answers: a hit on any of them counts. */
  forvantat: string[];
}

export function querySet(root = process.cwd()): LabelledQuery[] {
  return (JSON.parse(readFileSync(join(root, 'test/search-queries.json'), 'utf8')) as { fragor: LabelledQuery[] }).fragor;
}

/** "/handbok/x/#Rubrik%20ett" and "/handbok/x#rubrik ett" are the same place. */
export function normaliseUrl(url: string, base = '/'): string {
  let path = decodeURIComponent(url);
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const [page, hash = ''] = path.split('#');
  return `${page.replace(/\/$/, '') || '/'}${hash ? `#${hash.toLowerCase()}` : ''}`;
}

export interface HitRates {
  top1: number;
  top3: number;
  /** Queries whose right answer was not among the first three. */
  misses: { q: string; got: string[] }[];
}

/**
 * Share of queries whose right answer is first, and among the first three. `equivalent` lets an
 * engine that cannot point inside a page (Pagefind on the glossary) count the place it can reach.
 */
export function hitRates(
  queries: LabelledQuery[],
  ranked: (q: LabelledQuery) => string[],
  equivalent: (target: string) => string[] = (t) => [t],
): HitRates {
  let top1 = 0;
  let top3 = 0;
  const misses: HitRates['misses'] = [];
  for (const query of queries) {
    const want = new Set(query.forvantat.flatMap(equivalent).map((u) => normaliseUrl(u)));
    // A right answer that is a whole page (a provision, a guide, a chapter) is reached by a hit
    // anywhere on that page; one that is a section only by a hit on that section.
    const hits = (url: string) => want.has(url) || want.has(url.split('#')[0]);
    const got = ranked(query).slice(0, 3).map((u) => normaliseUrl(u));
    if (got.length && hits(got[0])) top1++;
    if (got.some(hits)) top3++;
    else misses.push({ q: query.q, got });
  }
  return { top1: top1 / queries.length, top3: top3 / queries.length, misses };
}
