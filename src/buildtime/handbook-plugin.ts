/**
 * Vite plugin: scans content/handbok, fails the build on any frontmatter or structure error
 * (messages name file and field), and serves the chapter list (`virtual:handbok`), the summaries
 * for list pages, and which chapters cite each provision.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scanHandbook, type HandbookScan } from './handbook-source.ts';
import type { ChapterMeta } from '../handbook/types.ts';

const VIRTUAL_ID = 'virtual:handbok';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const SUMMARIES_ID = 'virtual:handbok-sammanfattningar';
const RESOLVED_SUMMARIES_ID = '\0' + SUMMARIES_ID;
const CITING_ID = 'virtual:handbok-lagrum';
const RESOLVED_CITING_ID = '\0' + CITING_ID;

export function handbookPlugin(root = process.cwd()): Plugin {
  const dir = resolve(root, 'content/handbok');
  // One scan (a full MDX parse of every chapter) serves all three chapter modules and both build
  // environments; a change to any chapter drops it.
  let scan: HandbookScan | undefined;
  function chapters(this: { addWatchFile(f: string): void }) {
    scan ??= scanHandbook(root, dir);
    for (const c of scan.chapters) this.addWatchFile(resolve(root, c.file));
    return scan;
  }

  return {
    name: 'sekretessguiden-handbok',
    watchChange(id) {
      if (id.startsWith(dir)) scan = undefined;
    },
    resolveId: (id) =>
      ({
        [VIRTUAL_ID]: RESOLVED_ID,
        [CITING_ID]: RESOLVED_CITING_ID,
        [SUMMARIES_ID]: RESOLVED_SUMMARIES_ID,
      })[id],
    load(id) {
      if (id === RESOLVED_SUMMARIES_ID) {
        // Summaries only for list pages; a chapter page shows its own from its own chunk.
        const summaries = Object.fromEntries(chapters.call(this).chapters.map((c) => [c.slug, c.summary]));
        return `export const sammanfattningar = ${JSON.stringify(summaries)};\n`;
      }
      if (id === RESOLVED_CITING_ID) {
        // Which chapters cite each provision: only the provision pages need it.
        const citing: Record<string, string[]> = {};
        for (const c of chapters.call(this).chapters) for (const l of c.lagrum) (citing[l] ??= []).push(c.slug);
        return `export const citing = ${JSON.stringify(citing)};\n`;
      }
      if (id !== RESOLVED_ID) return undefined;
      const { chapters: all, errors } = chapters.call(this);
      if (errors.length) this.error(`Fel i handbokens innehåll:\n  ${errors.join('\n  ')}`);
      const today = new Date().toISOString().slice(0, 10);
      for (const c of all) {
        // A passed review date is a warning, not an error: the text is still the best we have.
        if (c.nastaGranskning < today) this.warn(`${c.file}: nästa granskning (${c.nastaGranskning}) har passerat`);
      }
      const meta: ChapterMeta[] = all.map((c) => ({
        slug: c.slug,
        title: c.title,
        order: c.order,
        granskad: c.granskad,
        nastaGranskning: c.nastaGranskning,
        guider: c.guider,
      }));
      return `export const kapitel = ${JSON.stringify(meta)};\n`;
    },
  };
}
