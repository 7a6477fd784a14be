/**
 * The one chapter scan per build: the handbook modules and the search index read the same parse
 * of content/handbok. A plugin that sees a chapter change calls `forgetHandbookScan`.
 */
import { join } from 'node:path';
import { scanHandbook, type HandbookScan } from './handbook-source.ts';

let cached: { root: string; scan: HandbookScan } | undefined;

export function sharedHandbookScan(root: string): HandbookScan {
  if (cached?.root !== root) cached = { root, scan: scanHandbook(root, join(root, 'content/handbok')) };
  return cached.scan;
}

export function forgetHandbookScan(): void {
  cached = undefined;
}
