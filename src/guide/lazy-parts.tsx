/**
 * The outcome page and the penalty table as a chunk of their own (deferred-parts.ts), so a first
 * question neither loads nor evaluates them while the page starts (about 20 KB gzip). The chunk
 * starts loading as soon as it may be needed: a link with answers (see the guide route) or the first
 * answer chosen on a question. A part that is rendered before its chunk has loaded suspends, and a
 * walk's steps are transitions, so the question stays on screen until the next page is ready.
 */
import type { ComponentProps } from 'react';
import { preloadPageModule, usePageModule } from '../prerender/ssr-modules.ts';

type DeferredParts = typeof import('./deferred-parts.ts');

/** Never filled: a prerendered walk shows its first question, which has neither part. */
const prerendered = new Map<string, DeferredParts>();
const KEY = 'senare-delar';
const load = () => import('./deferred-parts.ts');

/** Starts loading the chunk, or returns the load under way (tests await it before rendering). */
export function loadDeferredParts(): Promise<DeferredParts> {
  return preloadPageModule(prerendered, KEY, load);
}

export function LazyOutcomePage(props: ComponentProps<DeferredParts['OutcomePage']>) {
  const { OutcomePage } = usePageModule(prerendered, KEY, load);
  return <OutcomePage {...props} />;
}

export function LazyPenaltyTable(props: ComponentProps<DeferredParts['PenaltyTable']>) {
  const { PenaltyTable } = usePageModule(prerendered, KEY, load);
  return <PenaltyTable {...props} />;
}
