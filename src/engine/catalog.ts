/**
 * Which guides exist, and how to load one. Each guide is its own chunk (src/engine/bundles/<id>.ts):
 * a chapter page never loads XState or any guide, and a guide page loads only its own machine and
 * wording.
 */
import type { GuideBundle } from './bundle.ts';

const bundles = import.meta.glob<{ bundle: GuideBundle }>('./bundles/*.ts');

const loaders: Record<string, () => Promise<GuideBundle>> = Object.fromEntries(
  Object.entries(bundles).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.ts$/, ''), () => load().then((m) => m.bundle)]),
);

const cache = new Map<string, Promise<GuideBundle>>();

/** The same promise for the same guide, so React's `use()` can suspend on it during render. */
export function loadGuide(id: string): Promise<GuideBundle> | undefined {
  const load = loaders[id];
  if (!load) return undefined;
  let promise = cache.get(id);
  if (!promise) {
    promise = load();
    cache.set(id, promise);
  }
  return promise;
}
