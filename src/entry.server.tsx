/**
 * Server entry used only while prerendering (there is no runtime server). Unlike React Router's
 * default it always waits for all content (`onAllReady`), so every HTML file holds the complete
 * text — chapters stay fully readable with JavaScript turned off.
 */
import { PassThrough } from 'node:stream';
import type { EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { ssrChapters, ssrGuides } from './prerender/ssr-modules.ts';
import type { ChapterSource } from './handbook/chapters.ts';
import { mdxComponents } from './components/mdx-components.tsx';
import type { GuideBundle } from './engine/bundle.ts';
import { ssrDeferredParts } from './guide/lazy-parts.tsx';
import * as deferredParts from './guide/deferred-parts.ts';

const fileId = (path: string) => path.replace(/^.*\//, '').replace(/\.(mdx|ts)$/, '');
for (const [path, mod] of Object.entries(import.meta.glob<ChapterSource>('../content/handbok/*.mdx', { eager: true }))) {
  ssrChapters.set(fileId(path), { ...mod, components: mdxComponents });
}
for (const [path, mod] of Object.entries(import.meta.glob<{ bundle: GuideBundle }>('./engine/bundles/*.ts', { eager: true }))) {
  ssrGuides.set(fileId(path), mod.bundle);
}

ssrDeferredParts.set(deferredParts);

/**
 * An outcome page is prerendered from a path whose fragment is the walk's query
 * (src/buildtime/outcome-pages.ts: React Router names a folder after the path, and "?" cannot be in a
 * folder name on every system). The page is rendered as that query, exactly as the browser will
 * show the address: React Router's location gets the query and loses the fragment (and the "/"
 * React Router appends to every prerender path).
 */
function fragmentAsQuery(request: Request, context: EntryContext): string {
  const url = new URL(request.url);
  if (url.hash.length <= 1) return request.url;
  const search = `?${url.hash.slice(1).replace(/\/$/, '')}`;
  const { location } = context.staticHandlerContext;
  context.staticHandlerContext.location = { ...location, search, hash: '' };
  url.search = search;
  url.hash = '';
  return url.href;
}

export const streamTimeout = 10_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const url = fragmentAsQuery(request, routerContext);
  return new Promise<Response>((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={url} />, {
      // React outlines a large finished Suspense boundary (a long chapter) into a hidden <div> that a
      // script moves into place, to flush the rest sooner. We wait for everything anyway, and the text
      // must be readable without JavaScript: never outline.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onAllReady() {
        const body = new PassThrough();
        responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
        resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError: reject,
      onError(error) {
        responseStatusCode = 500;
        console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1000);
  });
}
