/**
 * Every URL that is written to its own HTML file at build time. Read from the content itself, so a
 * new chapter or provision is prerendered without touching this list.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { lagrum } from '../../content/lagrum.ts';
import { guideIds } from './guide-list.ts';

/** Trainer mode: the start page, each case (projector, presenter, handout) and each guide walked live. */
function trainerPaths(root: string, guides: readonly string[]): string[] {
  const caseIds = readdirSync(resolve(root, 'content/ovningsfall'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  return [
    '/presentera',
    ...caseIds.flatMap((id) => [`/presentera/fall/${id}`, `/presentera/fall/${id}/presentator`, `/presentera/fall/${id}/utdelning`]),
    ...guides.flatMap((id) => [`/presentera/guide/${id}`, `/presentera/guide/${id}/presentator`]),
  ];
}

export function prerenderPaths(root = process.cwd()): string[] {
  const chapters = readdirSync(resolve(root, 'content/handbok'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `/handbok/${f.replace(/\.mdx$/, '')}`);
  const guides = guideIds(root).flatMap((id) => [`/guide/${id}`, `/guide/${id}/fragor`, `/guide/${id}/karta`]);
  return [
    '/',
    '/handbok',
    ...chapters,
    '/lagrum',
    ...Object.keys(lagrum).map((id) => `/lagrum/${id}`),
    '/ordlista',
    '/om',
    '/om/andringar',
    '/guide',
    ...guides,
    '/ovningsfall',
    ...readdirSync(resolve(root, 'content/ovningsfall'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/ovningsfall/${f.replace(/\.mdx$/, '')}`),
    ...trainerPaths(root, guideIds(root)),
    // The search page's shell; its results are rendered in the browser.
    '/sok',
    // Rendered by the catch-all route; finishStaticSite copies it to /404.html for static hosts.
    '/404',
  ];
}

/** What kind of page a URL is: budgets, browser tests and checks pick routes by kind. */
export type RouteKind =
  | 'start'
  | 'kapitel'
  | 'lagrum'
  | 'guide-oversikt'
  | 'guide-fragor'
  | 'ovningsfall'
  | 'presentera-fall'
  | 'presentera-presentator'
  | 'presentera-utdelning'
  | 'presentera-guide'
  | 'sida'
  | '404';

export function routeKind(path: string): RouteKind {
  if (path === '/') return 'start';
  if (path === '/404') return '404';
  if (/^\/handbok\/[^/]+$/.test(path)) return 'kapitel';
  if (/^\/lagrum\/[^/]+$/.test(path)) return 'lagrum';
  if (/^\/guide\/[^/]+\/fragor$/.test(path)) return 'guide-fragor';
  if (/^\/guide\/[^/]+$/.test(path)) return 'guide-oversikt';
  if (/^\/ovningsfall\/[^/]+$/.test(path)) return 'ovningsfall';
  if (/^\/presentera\/(fall|guide)\/[^/]+\/presentator$/.test(path)) return 'presentera-presentator';
  if (/^\/presentera\/fall\/[^/]+\/utdelning$/.test(path)) return 'presentera-utdelning';
  if (/^\/presentera\/fall\/[^/]+$/.test(path)) return 'presentera-fall';
  if (/^\/presentera\/guide\/[^/]+$/.test(path)) return 'presentera-guide';
  return 'sida';
}

/**
 * The one list of the site's routes, with their kinds: the prerender list itself. Browser tests,
 * the size budget and the checks read it from here, so a new page is covered without a second list.
 */
export function siteRoutes(root = process.cwd()): { path: string; kind: RouteKind }[] {
  return prerenderPaths(root).map((path) => ({ path, kind: routeKind(path) }));
}

/** One route of each kind (the first in the list), plus every plain page: a cheap, complete sample. */
export function sampleRoutes(root = process.cwd()): string[] {
  const seen = new Set<RouteKind>();
  return siteRoutes(root)
    .filter((r) => r.kind !== '404')
    .filter((r) => {
      if (r.kind === 'sida') return true;
      if (seen.has(r.kind)) return false;
      seen.add(r.kind);
      return true;
    })
    .map((r) => r.path);
}
