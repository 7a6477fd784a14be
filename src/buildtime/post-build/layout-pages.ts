/**
 * With a base path, React Router writes each prerendered page to <client>/<base>/<path>/index.html,
 * but Vite writes assets and public files to <client>/ itself. The folder is published *at* the base,
 * so the pages must sit at <client>/<path>/index.html.
 *
 * The base folder can share names with the pages inside it (BASE_PATH=/guide/ gives
 * <client>/guide/guide/polisen/index.html) or with Vite's own folders (BASE_PATH=/assets/), so the
 * step moves exactly the files prerendering wrote — every index.html and .data file under the base
 * folder — first out to a staging folder and then into place. Nothing is moved onto an existing file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { baseSegments } from '../base-path.ts';
import type { PostBuildStep } from './pipeline.ts';

const isPrerenderOutput = (name: string) => name === 'index.html' || name.endsWith('.data');

function prerenderedFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...prerenderedFiles(path));
    else if (isPrerenderOutput(entry.name)) found.push(path);
  }
  return found;
}

/** Removes empty folders from `dir` down, and `dir` itself when it ends up empty. */
function pruneEmptyFolders(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  for (const entry of readdirSync(dir)) pruneEmptyFolders(join(dir, entry));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

export function movePagesOutOfBase(clientDir: string, base: string): void {
  const segments = baseSegments(base);
  if (segments.length === 0) return;
  const baseDir = join(clientDir, ...segments);
  if (!existsSync(baseDir)) return;

  const staging = mkdtempSync(join(dirname(clientDir), '.sidor-'));
  try {
    const moved = prerenderedFiles(baseDir).map((file) => relative(baseDir, file));
    for (const rel of moved) {
      mkdirSync(dirname(join(staging, rel)), { recursive: true });
      renameSync(join(baseDir, rel), join(staging, rel));
    }
    pruneEmptyFolders(join(clientDir, segments[0]));
    for (const rel of moved) {
      const target = join(clientDir, rel);
      if (existsSync(target)) {
        throw new Error(`sidan ${rel} krockar med en fil som redan finns i bygget (BASE_PATH ${base}).`);
      }
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(staging, rel), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export const layoutPages: PostBuildStep = {
  name: 'lägg sidorna under bassökvägen',
  run: ({ dir, base }) => movePagesOutOfBase(dir, base),
};
