/**
 * React Router writes an outcome page (src/buildtime/outcome-pages.ts) to
 * `<walk page>/#<query>/index.html`, the folder named after the path it was asked for. This step
 * moves each to `<walk page>/utfall/<query>.html`, the name the servers look up, and then checks that
 * every outcome the build listed is there with its whole text (as check-pages.ts does for pages).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';
import { hasDeferredContent } from './check-pages.ts';
import { OUTCOME_FOLDER } from '../outcome-file-names.ts';

/** Moves every `#<query>/index.html` under `dir`; returns the files made, relative to `dir`. */
export function moveOutcomeFiles(dir: string): string[] {
  const moved: string[] = [];
  const visit = (folder: string, rel: string[]) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(folder, entry.name);
      if (!entry.name.startsWith('#')) {
        visit(path, [...rel, entry.name]);
        continue;
      }
      const target = join(folder, OUTCOME_FOLDER, `${entry.name.slice(1)}.html`);
      mkdirSync(join(folder, OUTCOME_FOLDER), { recursive: true });
      renameSync(join(path, 'index.html'), target);
      rmdirSync(path);
      moved.push([...rel, OUTCOME_FOLDER, `${entry.name.slice(1)}.html`].join('/'));
    }
  };
  visit(dir, []);
  return moved;
}

export const outcomeFilesStep: PostBuildStep = {
  name: 'flytta utfallssidorna till sina filer',
  run: ({ dir, outcomeFiles = [], log }) => {
    const moved = moveOutcomeFiles(dir);
    const missing = outcomeFiles.filter((file) => !existsSync(join(dir, file)));
    if (missing.length > 0) throw new Error(`${missing.length} utfallssidor saknas i bygget: ${missing.slice(0, 5).join(', ')}`);
    const deferred = outcomeFiles.filter((file) => hasDeferredContent(readFileSync(join(dir, file), 'utf8')));
    if (deferred.length > 0) {
      throw new Error(`${deferred.length} utfallssidor har text som bara syns med JavaScript: ${deferred.slice(0, 5).join(', ')}`);
    }
    log(`${moved.length} utfallssidor förrenderade`);
  },
};
