import type { ReferenceEntry } from './provision-reference.ts';

/** What the search shows and how it is grouped. Shared by the build-time index and the runtime. */

/** The five kinds of hit, in the order the groups are shown. */
export const SEARCH_KINDS = ['avsnitt', 'guide', 'lagrum', 'ordlista', 'ovningsfall'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABEL: Record<SearchKind, string> = {
  avsnitt: 'Avsnitt',
  guide: 'Beslutsguider',
  lagrum: 'Lagrum',
  ordlista: 'Ordlista',
  ovningsfall: 'Övningsfall',
};

/** One searchable thing as the runtime sees it (the searchable text lives in the Fuse index). */
export interface SearchDoc {
  kind: SearchKind;
  /** Path inside the site, without the base path: "/handbok/samtycke#vem-ska-samtycka". */
  url: string;
  /** Heading, term, citation or guide question. */
  title: string;
  /** Where it lives: the chapter's title, the guide's title, the law's name. */
  context: string;
  /** The opening of the text, shown under the title. */
  excerpt: string;
  /** Provision docs: what the reference parser needs to find the provision by any citation. */
  lagrum?: ReferenceEntry;
}

/** A document at build time: what the runtime sees plus the text that goes into the index. */
export interface SearchSource extends SearchDoc {
  /** Words that name the thing another way: synonyms, the chapter's title, citation forms. */
  keywords: string;
  /** The body as plain text. */
  text: string;
  /** Registry ids of the provisions the document cites or defines. */
  cites: string[];
}

/** The index file's content (`sok-index.<hash>.json`). */
export interface SearchIndexFile {
  /** Bumped when the format changes, so an old cached file is never read as a new one. */
  format: 1;
  docs: SearchDoc[];
  /** `Fuse.createIndex(...).toJSON()` over the same docs, in the same order. */
  index: SerializedIndex;
}

/** Fuse's serialized index, as `Fuse.parseIndex` reads it back. */
export type SerializedIndex = Parameters<typeof import('fuse.js').default.parseIndex>[0];
