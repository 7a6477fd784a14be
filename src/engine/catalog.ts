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

/**
 * The loader of a guide's chunk; undefined for an unknown guide. Pages load it through
 * `usePageModule`/`preloadPageModule` (src/ssr-modules.ts), which keep one load per guide.
 */
export function guideLoader(id: string): (() => Promise<GuideBundle>) | undefined {
  return Object.hasOwn(loaders, id) ? loaders[id] : undefined;
}
