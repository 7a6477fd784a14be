/**
 * Modules available synchronously while prerendering. The server entry fills these maps from eager
 * globs, so chapter and guide pages render without suspending: React would otherwise stream a
 * suspended part as a hidden <div> plus a script, and the text would be invisible without
 * JavaScript. In the browser the maps stay empty and the same modules load lazily.
 *
 * `usePageModule` is the one way a page gets such a module: synchronously while prerendering,
 * lazily (suspending) in the browser. During hydration React keeps the prerendered HTML until the
 * module has loaded, so the page never flashes a "laddas" message on a first visit.
 */
import { use } from 'react';
import type { ChapterModule } from '../handbook/chapters.ts';
import type { GuideBundle } from '../engine/bundle.ts';

export const ssrChapters = new Map<string, ChapterModule>();
export const ssrGuides = new Map<string, GuideBundle>();

/** The fields React's `use()` reads on a promise: set as soon as it settles, it returns without suspending. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const loads = new WeakMap<Map<string, unknown>, Map<string, Tracked<unknown>>>();

/**
 * Starts loading a module in the browser, or returns the load already under way: call it when a
 * link to the page gets focus or hover, so the page is ready by the click.
 */
export function preloadPageModule<T>(prerendered: Map<string, T>, key: string, load: () => Promise<T>): Promise<T> {
  let byKey = loads.get(prerendered);
  if (!byKey) loads.set(prerendered, (byKey = new Map()));
  let promise = byKey.get(key) as Tracked<T> | undefined;
  if (!promise) {
    const started: Tracked<T> = load();
    started.status = 'pending';
    started.then(
      (value) => Object.assign(started, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(started, { status: 'rejected', reason });
        byKey.delete(key); // a failed chunk (offline, new deploy) can be tried again on the next visit
      },
    );
    byKey.set(key, started);
    promise = started;
  }
  return promise;
}

/** A page module: from the prerender map while prerendering, otherwise loaded lazily (suspends until then). */
export function usePageModule<T>(prerendered: Map<string, T>, key: string, load: () => Promise<T>): T {
  if (import.meta.env.SSR) {
    const module = prerendered.get(key);
    if (module) return module;
  }
  return use(preloadPageModule(prerendered, key, load));
}
