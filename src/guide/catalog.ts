/**
 * Which guides exist, and how to load one. Each guide is its own chunk: a chapter page never loads
 * XState or any guide, and a guide page loads only its own machine and wording.
 */
import type { GuideBundle } from './bundle.ts';

const loaders: Record<string, () => Promise<GuideBundle>> = {
  polisen: () => import('./bundles/polisen.ts').then((m) => m.bundle),
};

export const AVAILABLE_GUIDES = Object.keys(loaders);

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
