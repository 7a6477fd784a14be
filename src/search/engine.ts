/**
 * The search itself, the same in the browser, the tests and the benchmark:
 *
 * 1. A provision reference ("10:21", "14 kap. 1 § SoL") is parsed exactly and its provision comes
 *    first, with a line saying where an old reference moved.
 * 2. Each remaining word is cut to its stem and searched for in every field of the Fuse index
 *    built at build time (an exact extended-search match per field); Fuse's key weights and field
 *    norms rank the documents.
 * 3. A word that occurs nowhere as typed is either typed without å/ä/ö ("kriminalvarden": its real
 *    spelling is searched) or misspelt ("samtyke": Fuse's fuzzy matcher picks the closest words of
 *    the index's own vocabulary, and those are searched).
 * 4. Synonyms from content/synonymer.ts are searched in the keywords field.
 *
 * Why each of these, and the numbers behind them: docs/sok.md.
 */
import Fuse, { type Expression, type FuseIndexObjectRecord } from 'fuse.js';
import { FUSE_OPTIONS, type IndexedFields } from './fuse-setup.ts';
import type { SearchDoc, SearchIndexFile } from './types.ts';
import { foldAscii, hasFoldableLetters } from './fold.ts';
import { Vocabulary } from './vocabulary.ts';
import { SUBSTRING_FROM_LENGTH, queryTerms, stem, words } from './text.ts';
import { expandSynonyms, wordsForProvision } from './synonyms.ts';
import { buildReferenceTable, parseProvisionReference, resolveProvisionReference } from './provision-reference.ts';

export interface SearchHit {
  doc: SearchDoc;
  /** For an old provision reference: the citation the user typed, which moved to this one. */
  movedFrom?: string;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Word beginnings to highlight in titles and excerpts. */
  highlight: string[];
  /** The query with each misspelt word replaced by the closest existing one, for "Menade du …". */
  didYouMean?: string;
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchResponse;
  readonly docs: readonly SearchDoc[];
}

/** At most this many query words and synonyms are searched: each costs a pass over the candidates. */
const MAX_TERMS = 8;

type Field = keyof IndexedFields;
const WORD_FIELDS: Field[] = ['title', 'keywords', 'words'];
const HEAD_FIELDS: Field[] = ['title', 'keywords'];
/**
 * Synonyms count in the keywords field only: enough to find "Orosanmälan" for "anmälan om oro för
 * barn", too little to outrank what the user typed ("Kriminalvården" must not drown in "frivård").
 */
const SYNONYM_FIELDS: Field[] = ['keywords'];

/** What to look for: the text itself, anywhere when long, at a word's start when short. */
function needleFor(word: string): string {
  return word.length >= SUBSTRING_FROM_LENGTH ? word : ` ${word}`;
}

/** A needle as a Fuse extended-search include pattern (quoted: a needle may start with a space). */
const include = (needle: string) => `'"${needle}"`;

/** The query as typed, with misspelt words replaced; undefined when nothing was corrected. */
function corrected(query: string, corrections: ReadonlyMap<string, string>): string | undefined {
  if (!corrections.size) return undefined;
  return query.replace(/[\p{L}\p{N}]+/gu, (w) => corrections.get(w.toLowerCase()) ?? w);
}

/** The Fuse query under construction: one leaf per needle and field, OR-ed together. */
class Query {
  readonly leaves: Expression[] = [];
  readonly needles: string[] = [];
  readonly highlight = new Set<string>();
  /** Misspelt word → the word searched instead. */
  readonly corrections = new Map<string, string>();
  readonly searched = new Set<string>();

  lookFor(needle: string, fields: readonly Field[]): void {
    this.needles.push(needle);
    for (const f of fields) this.leaves.push({ [f]: include(needle) });
  }

  word(word: string, fields: readonly Field[] = WORD_FIELDS): void {
    this.searched.add(word);
    this.highlight.add(word);
    this.lookFor(needleFor(word), fields);
  }
}

export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const docs = file.docs;
  const references = buildReferenceTable(
    docs.flatMap((d) => (d.lagrum ? [d.lagrum] : [])),
    foldAscii,
  );
  const byUrl = new Map(docs.map((d, i) => [d.url, i]));
  const { keys } = file.index;
  const records = file.index.records as FuseIndexObjectRecord[];
  const vocabulary = new Vocabulary(
    records,
    keys.map((k) => k.id),
  );
  const docAt = (url: string) => {
    const i = byUrl.get(url);
    return i === undefined ? undefined : docs[i];
  };

  /**
   * Fuse over the documents worth ranking. Fuse checks every document it is given for every word
   * and field, and most documents hold none of a query's words; the vocabulary knows which
   * documents hold which word. The ranking itself is Fuse's, over the same index records.
   */
  function rank(query: Query, limit: number): SearchDoc[] {
    if (!query.leaves.length) return [];
    const candidates = vocabulary.candidates(query.needles, { fields: HEAD_FIELDS, title: 'title' }).map((i) => records[i]);
    const fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex({ keys, records: candidates as typeof file.index.records }));
    return fuse.search({ $or: query.leaves }, { limit }).map((r) => r.item);
  }

  /** The query's own words: as typed, in their real spelling, or corrected. */
  function addWords(query: Query, text: string): void {
    for (const typed of queryTerms(text).slice(0, MAX_TERMS)) {
      const term = stem(typed);
      const needle = needleFor(term);
      const exists = vocabulary.has(needle, WORD_FIELDS);
      // Typed without å/ä/ö: the word is in no heading or text as typed (the glossary's ASCII
      // synonyms do not count) but it is once å/ä/ö are folded away. "far" stays "far".
      const real = hasFoldableLetters(term) || vocabulary.has(needle, ['title', 'words']) ? [] : vocabulary.unfold(needle, WORD_FIELDS);
      if (real.length) {
        for (const r of real) query.word(r.trim());
        if (exists) query.lookFor(needle, ['keywords']);
      } else if (exists) {
        query.word(term);
      } else {
        for (const fixed of vocabulary.correct(typed, WORD_FIELDS)) {
          if (!query.corrections.has(typed)) query.corrections.set(typed, fixed);
          if (!query.searched.has(stem(fixed))) query.word(stem(fixed));
        }
      }
    }
  }

  function addSynonyms(query: Query, phrases: string[]): void {
    for (const phrase of phrases.slice(0, MAX_TERMS)) {
      const ws = queryTerms(phrase).map(stem);
      if (!ws.length || ws.every((w) => query.searched.has(w))) continue;
      ws.forEach((w) => query.highlight.add(w));
      query.lookFor(ws.length === 1 ? needleFor(ws[0]) : ` ${words(phrase).join(' ')}`, SYNONYM_FIELDS);
    }
  }

  function search(input: string, limit = 50): SearchResponse {
    const trimmed = input.trim().slice(0, 200);
    if (!trimmed) return { hits: [], highlight: [] };

    // 1. A provision reference: its provisions first, then what cites them.
    const first: SearchHit[] = [];
    let text = trimmed;
    let cited: string[] = [];
    const ref = parseProvisionReference(trimmed, references.laws);
    const resolved = ref ? resolveProvisionReference(ref, references) : [];
    if (ref && resolved.length) {
      for (const r of resolved) {
        const doc = docAt(`/lagrum/${r.id}`);
        if (doc) first.push({ doc, movedFrom: r.movedFrom });
      }
      text = ref.rest;
      cited = resolved.map((r) => r.id);
    }

    // 2–4. Words, synonyms, and the documents that cite the referenced provisions.
    const query = new Query();
    addWords(query, text);
    const synonyms = expandSynonyms(text);
    addSynonyms(query, [...synonyms.phrases, ...cited.flatMap((id) => wordsForProvision(id))]);
    for (const id of cited) query.lookFor(` ${id} `, ['cites']);

    const seen = new Set(first.map((h) => h.doc.url));
    const hits = [...first];
    // Several documents can share a page (a guide's questions share its overview): ask for more.
    for (const doc of rank(query, 2 * limit + first.length + 10)) {
      if (seen.has(doc.url)) continue;
      seen.add(doc.url);
      hits.push({ doc });
    }
    // A provision the synonym table ties to the query's words belongs among the first hits.
    for (const id of synonyms.lagrum) {
      const doc = docAt(`/lagrum/${id}`);
      if (!doc) continue;
      const at = hits.findIndex((h) => h.doc === doc);
      if (at >= 0 && at < 3) continue;
      if (at >= 0) hits.splice(at, 1);
      hits.splice(Math.min(first.length + 1, hits.length), 0, { doc });
    }
    return { hits: hits.slice(0, limit), highlight: [...query.highlight], didYouMean: corrected(trimmed, query.corrections) };
  }

  return { search, docs };
}
