/**
 * Vite plugin for search. At build time it collects every document (search-documents.ts), builds
 * the Fuse index once and emits it as a plain static file, `assets/sok-index.<hash>.json`, next to
 * the other assets: the offline service worker can precache it like any asset, and the hash in the
 * name means a new build is never read from a stale cache. The browser learns the name from
 * `virtual:sok-index` and fetches it the first time search opens, so no page carries the index.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { searchDocuments } from './search-documents.ts';
import { buildSearchIndex, searchIndexAsset } from './search-index.ts';

const RESOLVED_ID = '\0virtual:sok-index';

export function searchIndexPlugin(root = process.cwd()): Plugin {
  let asset: { fileName: string; source: string } | undefined;
  const watched = ['content', 'src/machines'].map((dir) => resolve(root, dir));

  function current(this: { error(msg: string): never }) {
    if (!asset) {
      const { docs, errors } = searchDocuments(root);
      if (errors.length) this.error(`Sökindexet kan inte byggas:\n  ${errors.join('\n  ')}`);
      asset = searchIndexAsset(buildSearchIndex(docs));
    }
    return asset;
  }

  return {
    name: 'sekretessguiden-sok',
    watchChange(id) {
      if (watched.some((dir) => id.startsWith(dir))) asset = undefined;
    },
    // Filters keep the bundler from calling these hooks for every other module.
    resolveId: {
      filter: { id: /^virtual:sok-index$/ },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: /^\0virtual:sok-index$/ },
      handler() {
        return `export const sokIndexPath = ${JSON.stringify(current.call(this).fileName)};\n`;
      },
    },
    generateBundle() {
      // Only the browser build publishes files; the prerendering (server) build needs just the name.
      if (this.environment.name !== 'client') return;
      const { fileName, source } = current.call(this);
      this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      // The dev server has no emitted files: serve the current index under any hash.
      server.middlewares.use((req, res, next) => {
        if (!req.url || !/\/assets\/sok-index\.[0-9a-f]+\.json$/.test(req.url.split('?')[0])) return next();
        try {
          const { source } = current.call({
            error: (msg: string): never => {
              throw new Error(msg);
            },
          });
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(source);
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
