import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDE_IDS } from '../handbook/types.ts';

/** Guides that exist: a machine (src/machines/<id>.ts) and a bundle for the site (src/guide/bundles/<id>.ts). */
export function availableGuides(root = process.cwd()): string[] {
  return GUIDE_IDS.filter(
    (id) => existsSync(resolve(root, `src/machines/${id}.ts`)) && existsSync(resolve(root, `src/guide/bundles/${id}.ts`)),
  );
}
