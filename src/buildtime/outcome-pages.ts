/**
 * Outcome pages in the HTML. A guide's outcome depends on the walk's query, which a static host
 * cannot see, so the walk page's HTML holds the first question and the browser renders the outcome
 * after React, React Router and the guide have loaded (on a slow phone, seconds).
 *
 * So every path through every guide (the path book's paths) also gets its outcome prerendered to a
 * file of its own, `<walk page>/utfall/<query>.html`, the query being the one a walk writes (answers
 * in the order given, the guide's current version). The servers (scripts/serve.mjs and the examples
 * in deploy/) answer a walk address whose query is exactly such a file's name with that file, so a
 * link pasted into a case record paints its outcome at once and hydrates on top. Any other query (an
 * old version, answers in another order, a question on the way) gets the walk page as before.
 *
 * React Router prerenders a path, not a query: the build asks it for `/guide/<id>/fragor/#<query>`,
 * the server entry renders that as the query (src/entry.server.tsx), and the post-build step
 * post-build/outcome-files.ts moves the result from `fragor/#<query>/index.html` to its file.
 */
import { MACHINES } from './machines.ts';
import { allPaths } from './pathbook.ts';
import { readGuide } from './guide-source.ts';
import { guideIds } from './guide-list.ts';
import { toSearch } from '../engine/links.ts';
import type { GuideId } from '../engine/guide-ids.ts';
import { FILE_QUERY, MAX_QUERY_LENGTH, outcomeFileFor } from './outcome-file-names.ts';

export { OUTCOME_FOLDER } from './outcome-file-names.ts';

export interface OutcomeFile {
  guide: string;
  /** The query without "?", as a walk writes it. */
  query: string;
}

/** Every outcome of every guide as the query a walk to it writes. A longer path than a file name can hold is left to the browser. */
export function outcomeFiles(root = process.cwd()): { files: OutcomeFile[]; tooLong: OutcomeFile[] } {
  const files: OutcomeFile[] = [];
  const tooLong: OutcomeFile[] = [];
  for (const id of guideIds(root)) {
    const { guide, errors } = readGuide(root, id);
    if (!guide) throw new Error(`Guiden ${id} kunde inte läsas: ${errors.join('; ')}`);
    for (const path of allPaths(MACHINES[id as GuideId])) {
      const query = toSearch(path.steps, guide.index.version).slice(1);
      if (!FILE_QUERY.test(query)) throw new Error(`Guiden ${id}: frågan "${query}" kan inte bli ett filnamn.`);
      (query.length > MAX_QUERY_LENGTH ? tooLong : files).push({ guide: id, query });
    }
  }
  return { files, tooLong };
}

/** The walk page a file belongs to, as React Router's prerender path (no base). */
export const walkPage = (file: OutcomeFile) => `/guide/${file.guide}/fragor`;

/** What React Router is asked to prerender for a file: the walk page, with the query as a fragment. */
export const prerenderPath = (file: OutcomeFile) => `${walkPage(file)}/#${file.query}`;

/** Where the file ends up, relative to the published folder. */
export const publishedFile = (file: OutcomeFile) => outcomeFileFor(walkPage(file), file.query)!.slice(1);
