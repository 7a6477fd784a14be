/**
 * Which query a walk page's HTML was made for: "" for the walk page itself (its first question), the
 * walk's query for an outcome file (src/buildtime/outcome-pages.ts). The walk route writes it into
 * the page; the route and the runner read it to hydrate exactly what the HTML shows.
 */
import { useLocation } from 'react-router';

export const PRERENDERED_QUERY_ATTRIBUTE = 'data-forrenderad-fraga';

/** In the browser, read once as the app starts (the HTML is complete by then). */
const inThisPage: string = import.meta.env.SSR
  ? ''
  : (document.querySelector(`[${PRERENDERED_QUERY_ATTRIBUTE}]`)?.getAttribute(PRERENDERED_QUERY_ATTRIBUTE) ?? '');

/**
 * The query the page's HTML was made for: while prerendering, the query being rendered; in the
 * browser, what the HTML said, the same on every render for the life of the page.
 */
export function usePrerenderedQuery(): string {
  const { search } = useLocation();
  return import.meta.env.SSR ? search : inThisPage;
}
