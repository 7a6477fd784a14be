/**
 * Which guides exist, and how to load one. Each guide is its own chunk (src/engine/bundles/<id>.ts):
 * a chapter page never loads XState or any guide, and a guide page loads only its own machine and
 * wording.
 */
import type { GuideBundle } from './bundle.ts';

import { preloadPageModule, ssrGuides } from '../prerender/ssr-modules.ts';

// While prerendering, every guide is already loaded (src/prerender/ssr-modules.ts); a lazy glob
// there would only make the bundler warn that the dynamic imports cannot split anything.
const bundles = import.meta.env.SSR ? {} : import.meta.glob<{ bundle: GuideBundle }>('./bundles/*.ts');

const loaders: Record<string, () => Promise<GuideBundle>> = Object.fromEntries(
  Object.entries(bundles).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), () => load().then((m) => m.bundle)]),
);

/** The same promise for the same guide (one load per guide, shared with `usePageModule`). */
export function loadGuide(id: string): Promise<GuideBundle> | undefined {
  const load = guideLoader(id);
  return load ? preloadPageModule(ssrGuides, id, load) : undefined;
}

/**
 * The loader of a guide's chunk (while prerendering: the guide already loaded); undefined for an
 * unknown guide. Pages load through `usePageModule`/`preloadPageModule` (src/prerender/ssr-modules.ts).
 */
export function guideLoader(id: string): (() => Promise<GuideBundle>) | undefined {
  if (import.meta.env.SSR) {
    const loaded = ssrGuides.get(id);
    return loaded ? () => Promise.resolve(loaded) : undefined;
  }
  return Object.hasOwn(loaders, id) ? loaders[id] : undefined;
}
