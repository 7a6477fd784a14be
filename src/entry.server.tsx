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

const fileId = (path: string) => path.replace(/^.*\//, '').replace(/\.(mdx|ts)$/, '');
for (const [path, mod] of Object.entries(import.meta.glob<ChapterSource>('../content/handbok/*.mdx', { eager: true }))) {
  ssrChapters.set(fileId(path), { ...mod, components: mdxComponents });
}
for (const [path, mod] of Object.entries(import.meta.glob<{ bundle: GuideBundle }>('./engine/bundles/*.ts', { eager: true }))) {
  ssrGuides.set(fileId(path), mod.bundle);
}

export const streamTimeout = 10_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
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
