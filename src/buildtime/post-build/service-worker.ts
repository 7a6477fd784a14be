/**
 * The service worker (issue 12), generated with Workbox after prerendering and after the site is laid
 * out in the publish folder (stack notes §5: vite-plugin-pwa would run before the pages exist).
 *
 * - Precache: every page, asset, icon, the manifest and any JSON (a search index) — everything a cold
 *   start with no network needs.
 * - Pages are precached under the address the app links to ("handbok/x", not "handbok/x/index.html"),
 *   and the query string is ignored when a request is matched, so a guide walk with its answers in the
 *   URL (/guide/polisen/fragor?v=…&fara=nej) opens its own prerendered shell offline.
 * - Any other navigation in scope (a trailing slash, an unknown address) gets React Router's SPA
 *   fallback, which renders the route in the browser.
 * - No skipWaiting: a new version waits until the user chooses "Uppdatera nu" (src/offline), so one
 *   page never mixes old and new files. Old precache entries are removed when the new one activates.
 */
import { join } from 'node:path';
import { generateSW, type ManifestEntry } from 'workbox-build';
import type { PostBuildStep } from './pipeline.ts';
import { OUTCOME_FOLDER } from '../outcome-file-names.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
export const SPA_FALLBACK = '__spa-fallback.html';

type Entry = ManifestEntry & { size: number };

/** "handbok/x/index.html" → "handbok/x"; the start page stays "index.html" (the scope's directory index). */
export function pageUrl(url: string): string {
  return url !== 'index.html' && url.endsWith('/index.html') ? url.slice(0, -'/index.html'.length) : url;
}

export function precacheManifestTransform(entries: Entry[]): { manifest: Entry[] } {
  return { manifest: entries.map((entry) => ({ ...entry, url: pageUrl(entry.url) })) };
}

export interface PrecacheSummary {
  count: number;
  size: number;
}

export async function writeServiceWorker(dir: string, base: string): Promise<PrecacheSummary> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    swDest: join(dir, SERVICE_WORKER_FILE),
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,woff2,data}'],
    // The outcome files are for a first visit before the worker runs (outcome-pages.ts); offline the
    // walk page renders any outcome itself.
    globIgnores: [SERVICE_WORKER_FILE, '404/index.html', `**/${OUTCOME_FOLDER}/*.html`],
    // Vite's hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [precacheManifestTransform],
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: `${base}${SPA_FALLBACK}`,
    cacheId: 'sekretessguiden',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`Workbox varnar: ${warnings.join('; ')}`);
  return { count, size };
}

export const serviceWorker: PostBuildStep = {
  name: 'service worker',
  run: async ({ dir, base, log }) => {
    const { count, size } = await writeServiceWorker(dir, base);
    log(`Service worker: ${count} filer förhandscachas, ${(size / 1024).toFixed(0)} KB.`);
  },
};
