/**
 * Every prerendered path must end up as <path>/index.html in the folder to publish, with its whole
 * text in place. The first check would have caught BASE_PATH=/guide/ silently deleting every /guide/*
 * page; the second catches React streaming part of a page as hidden content that only a script
 * moves into place (a suspended or outlined Suspense boundary), which leaves the text invisible
 * without JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';

export function pageFile(dir: string, page: string): string {
  return join(dir, ...page.split('/').filter(Boolean), 'index.html');
}

/** React's markers for a Suspense boundary whose content arrives later in the stream. */
const DEFERRED = /<template id="B:\d+"|<div hidden id="S:\d+"/;

export function hasDeferredContent(html: string): boolean {
  return DEFERRED.test(html);
}

export const checkPages: PostBuildStep = {
  name: 'kontrollera att varje sida finns',
  run: ({ dir, pages }) => {
    const missing = pages.filter((page) => !existsSync(pageFile(dir, page)));
    if (missing.length > 0) {
      throw new Error(`${missing.length} förrenderade sidor saknas i bygget: ${missing.slice(0, 10).join(', ')}`);
    }
    const deferred = pages.filter((page) => hasDeferredContent(readFileSync(pageFile(dir, page), 'utf8')));
    if (deferred.length > 0) {
      throw new Error(
        `${deferred.length} sidor har text som bara syns med JavaScript (en Suspense-gräns som strömmades ut i efterhand): ` +
          `${deferred.slice(0, 10).join(', ')}. Se till att sidans moduler finns i src/prerender/ssr-modules.ts.`,
      );
    }
  },
};

const DESCRIPTION = /<meta name="description" content="([^"]+)"/;

/** Every page says what it is in a meta description (search on the intranet, link previews, Lighthouse SEO). */
export const checkDescriptions: PostBuildStep = {
  name: 'kontrollera att varje sida har en beskrivning',
  run: ({ dir, pages }) => {
    const missing = pages.filter((page) => !DESCRIPTION.test(readFileSync(pageFile(dir, page), 'utf8')));
    if (missing.length > 0) {
      throw new Error(`${missing.length} sidor saknar <meta name="description">: ${missing.slice(0, 10).join(', ')}. Ge sidans meta() en beskrivning (pageTitle).`);
    }
  },
};
