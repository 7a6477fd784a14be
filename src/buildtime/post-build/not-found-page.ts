/**
 * Static hosts (and scripts/serve.mjs, and the deploy/ examples) serve /404.html for unknown paths.
 *
 * 404.html is served at whatever address was asked for. Hydrating it there would render that
 * address's route — "/handbok/finns-inte" is the chapter route with an unknown slug — over HTML that
 * was prerendered for "/404", and React reports the mismatch (#418). The page is plain text with
 * links, so it ships without the app's scripts: nothing to hydrate, nothing to mismatch, and the
 * search form in the header still works without JavaScript (it goes to /sok).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';
import { withoutModulePreloads } from './first-paint.ts';

/** The page without script elements and module preloads. */
export function withoutScripts(html: string): string {
  return withoutModulePreloads(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
}

export const notFoundPage: PostBuildStep = {
  name: '404.html',
  run: ({ dir }) => {
    const page = join(dir, '404', 'index.html');
    if (!existsSync(page)) throw new Error('sidan /404 förrenderades inte, så 404.html kan inte skrivas.');
    writeFileSync(join(dir, '404.html'), withoutScripts(readFileSync(page, 'utf8')));
  },
};
