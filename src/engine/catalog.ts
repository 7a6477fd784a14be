/**
 * Which guides exist, and how to load one. Each guide is its own chunk (src/engine/bundles/<id>.ts):
 * a chapter page never loads XState or any guide, and a guide page loads only its own machine and
 * wording.
 */
import type { GuideBundle } from './bundle.ts';

import { ssrGuides } from '../prerender/ssr-modules.ts';

// While prerendering, every guide is already loaded (src/prerender/ssr-modules.ts); a lazy glob
// there would only make the bundler warn that the dynamic imports cannot split anything.
const bundles = import.meta.env.SSR ? {} : import.meta.glob<{ bundle: GuideBundle }>('./bundles/*.ts');

const loaders: Record<string, () => Promise<GuideBundle>> = Object.fromEntries(
  Object.entries(bundles).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), () => load().then((m) => m.bundle)]),
);

const cache = new Map<string, Promise<GuideBundle>>();

/** The same promise for the same guide, so React's `use()` can suspend on it during render. */
export function loadGuide(id: string): Promise<GuideBundle> | undefined {
  if (import.meta.env.SSR) {
    const loaded = ssrGuides.get(id);
    return loaded ? Promise.resolve(loaded) : undefined;
  }
  const load = loaders[id];
  if (!load) return undefined;
  let promise = cache.get(id);
  if (!promise) {
    promise = load();
    cache.set(id, promise);
  }
  return promise;
}
