/**
 * Which query a walk page's HTML was prerendered for: "" for the walk page itself (its first
 * question), the walk's query for an outcome file (src/buildtime/outcome-pages.ts). The walk route
 * writes it into the page; the runner reads it to hydrate what the HTML shows.
 */
export const PRERENDERED_QUERY_ATTRIBUTE = 'data-forrenderad-fraga';

/** In the browser, read once as the app starts (the HTML is complete by then); "" elsewhere. */
export const prerenderedQuery: string = import.meta.env.SSR
  ? ''
  : (document.querySelector(`[${PRERENDERED_QUERY_ATTRIBUTE}]`)?.getAttribute(PRERENDERED_QUERY_ATTRIBUTE) ?? '');

/** True while hydrating HTML that was prerendered for the address's own query. */
export function htmlShowsThisQuery(): boolean {
  return !import.meta.env.SSR && prerenderedQuery !== '' && prerenderedQuery === window.location.search;
}
