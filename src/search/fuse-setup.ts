/**
 * How Fuse is set up for Sekretessguiden, shared by the build (which creates the index) and the
 * browser (which searches it). Why each number is what it is: docs/sok.md, measured with
 * `npm run bench:search` on test/search-queries.json.
 */
import type { IFuseOptions } from 'fuse.js';
import type { SearchSource } from './types.ts';
import { indexWords, words } from './text.ts';

/** The indexed fields of one document, each a space-padded list of lower-case words. */
export interface IndexedFields {
  /** Heading, term, citation, guide question. */
  title: string;
  /** Synonyms, the chapter's title, the parent heading, citation forms. */
  keywords: string;
  /** Each topic word of the body once. */
  words: string;
  /** Registry ids of the provisions the text cites: " osl-10-21 sol-19-1 ". */
  cites: string;
}

/**
 * Key weights. A word in the heading says far more about a section than the same word somewhere
 * in its body; synonyms and the chapter's title are nearly as telling.
 */
export const KEY_WEIGHTS: Record<keyof IndexedFields, number> = {
  title: 6,
  keywords: 1.5,
  words: 1.5,
  cites: 2,
};

/** How much a long field is discounted (Fuse's field-length norm; 1 is Fuse's default). */
export const FIELD_NORM_WEIGHT = 0.5;

export const FUSE_KEYS = (Object.keys(KEY_WEIGHTS) as (keyof IndexedFields)[]).map((name) => ({
  name,
  weight: KEY_WEIGHTS[name],
}));

/**
 * The document search. Every query word becomes an exact word-start match (extended search `'`),
 * which is a plain indexOf and so fast enough for every keystroke; fuzziness comes from the
 * correction step instead (engine.ts), over the much smaller vocabulary.
 */
export const FUSE_OPTIONS: IFuseOptions<unknown> = {
  keys: FUSE_KEYS,
  useExtendedSearch: true,
  includeScore: true,
  // Fields and query words are lower-cased already; Fuse would otherwise lower-case every field
  // again for every word of every query.
  isCaseSensitive: true,
  // Matches may sit anywhere in a field: Fuse's default only looks near its start.
  ignoreLocation: true,
  fieldNormWeight: FIELD_NORM_WEIGHT,
};

const padded = (list: string[]) => ` ${list.join(' ')} `;

/** What the index holds for one document: derived here so build and tests derive it the same way. */
export function indexedFields(doc: SearchSource, cites: string[]): IndexedFields {
  return {
    title: padded(words(doc.title)),
    keywords: padded(words(doc.keywords)),
    words: ` ${indexWords(doc.text)} `,
    cites: padded(cites),
  };
}
