/**
 * Links into a guide walk. Kept free of XState so that pages which only link to a guide (the start
 * page, chapters, training cases) do not load the machine library.
 */

/** Query keys that are not answers. */
export const VERSION_KEY = 'v';
export const EDIT_KEY = 'fraga';

export interface Step {
  node: string;
  answer: string;
}

/** The canonical query string for a list of steps: version first, then answers in path order. */
export function toSearch(steps: Step[], version: number, edit?: string): string {
  const params = new URLSearchParams();
  if (steps.length > 0 || edit) params.set(VERSION_KEY, String(version));
  for (const s of steps) params.set(s.node, s.answer);
  if (edit) params.set(EDIT_KEY, edit);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The walk page of a guide, with answers (and an edit marker) as a query string from `toSearch`. */
export function guideUrl(guide: string, search = ''): string {
  return `/guide/${guide}/fragor${search}`;
}

/** A walk link with the given answers filled in, under the guide's current version. */
export function guideUrlWith(guide: string, steps: Step[], version: number): string {
  return guideUrl(guide, toSearch(steps, version));
}
