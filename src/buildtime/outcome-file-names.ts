/**
 * How an outcome file is named (see outcome-pages.ts), in a module of its own with no imports, so
 * that scripts/serve.mjs can look files up without loading the guides. The examples in deploy/ write
 * the same rule in their servers' own terms.
 */

/** The folder beside a walk page's index.html that holds its outcome files. */
export const OUTCOME_FOLDER = 'utfall';

/**
 * The longest query that gets a file: a file name holds 255 bytes, and the compressed copy of
 * `<query>.html` is `<query>.html.br`.
 */
export const MAX_QUERY_LENGTH = 255 - '.html.br'.length;

/** What a query must look like to be a file name: what a walk writes, and nothing a path could escape with. */
export const FILE_QUERY = /^[a-z0-9=&-]+$/;

/**
 * The outcome file that may answer a request for `pathname?query` (pathname without the base), or
 * null when the query cannot name one. Whether the file exists is for the caller to check.
 */
export function outcomeFileFor(pathname: string, query: string): string | null {
  if (query.length === 0 || query.length > MAX_QUERY_LENGTH || !FILE_QUERY.test(query)) return null;
  if (pathname.includes('..')) return null;
  return `${pathname.replace(/\/$/, '')}/${OUTCOME_FOLDER}/${query}.html`;
}
