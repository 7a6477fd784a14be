/**
 * The outcome page and the penalty table as a chunk of their own (deferred-parts.ts), so a first
 * question neither loads nor evaluates them while the page starts (about 20 KB gzip). The chunk
 * starts loading as soon as it may be needed: a link with answers (see the guide route) or the first
 * answer chosen on a question. A part that is rendered before its chunk has loaded suspends, and a
 * walk's steps are transitions, so the question stays on screen until the next page is ready.
 */
import { memo, type ComponentProps } from 'react';
import { preloadPageModule, usePageModule } from '../prerender/ssr-modules.ts';

type DeferredParts = typeof import('./deferred-parts.ts');

const prerendered = new Map<string, DeferredParts>();
const KEY = 'senare-delar';

/** Filled by the server entry, so a prerendered outcome renders without suspending; empty in the browser. */
export const ssrDeferredParts = { set: (parts: DeferredParts) => prerendered.set(KEY, parts) };
const load = () => import('./deferred-parts.ts');

/** Starts loading the chunk, or returns the load under way (tests await it before rendering). */
export function loadDeferredParts(): Promise<DeferredParts> {
  return preloadPageModule(prerendered, KEY, load);
}

/**
 * Memoised: a long page, and the walk re-renders around it when hydration finishes or the stage is
 * reported, with the same answers.
 */
export const LazyOutcomePage = memo(function LazyOutcomePage(props: ComponentProps<DeferredParts['OutcomePage']>) {
  const { OutcomePage } = usePageModule(prerendered, KEY, load);
  return <OutcomePage {...props} />;
});

export function LazyPenaltyTable(props: ComponentProps<DeferredParts['PenaltyTable']>) {
  const { PenaltyTable } = usePageModule(prerendered, KEY, load);
  return <PenaltyTable {...props} />;
}
