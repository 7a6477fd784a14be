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
    // Rendered by the catch-all route; finishStaticSite copies it to /404.html for static hosts.
    '/404',
  ];
}
