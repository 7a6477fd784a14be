/**
 * Builds the search index file at build time: the documents the runtime shows, and the Fuse index
 * over their indexed fields (`Fuse.createIndex(...).toJSON()`), serialized once. The browser only
 * parses it (`Fuse.parseIndex`), it never indexes.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { FUSE_KEYS, FIELD_NORM_WEIGHT, indexedFields } from '../search/fuse-setup.ts';
import type { SearchDoc, SearchIndexFile, SearchSource } from '../search/types.ts';

export function buildSearchIndex(sources: SearchSource[]): SearchIndexFile {
  const fields = sources.map((s) => indexedFields(s, s.cites));
  const index = Fuse.createIndex(FUSE_KEYS, fields, { fieldNormWeight: FIELD_NORM_WEIGHT }).toJSON();
  const docs: SearchDoc[] = sources.map(({ kind, url, title, context, excerpt, lagrum }) => ({
    kind,
    url,
    title,
    context,
    excerpt,
    ...(lagrum ? { lagrum } : {}),
  }));
  return { format: 1, docs, index: { keys: index.keys.map((k) => ({ ...k, getFn: null })), records: index.records } };
}

/** The file as published, and its name with a content hash so a new build is never served stale. */
export function searchIndexAsset(file: SearchIndexFile): { fileName: string; source: string } {
  const source = JSON.stringify(file);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `assets/sok-index.${hash}.json`, source };
}
