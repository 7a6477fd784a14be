/**
 * The one list of guides (src/engine/guide-ids.ts), checked against the files that make a guide:
 * a machine, a bundle and a content folder per id, and no machine or content folder without an id.
 * Build, content check and tests read the guides through here, so they all agree.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDE_IDS, type GuideId } from '../engine/guide-ids.ts';

/** Files under src/machines/ that are shared code, not a guide. */
const NOT_A_GUIDE = new Set(['types']);

export function guideListErrors(root = process.cwd()): string[] {
  const errors: string[] = [];
  const listed = new Set<string>(GUIDE_IDS);
  for (const id of GUIDE_IDS) {
    for (const file of [`src/machines/${id}.ts`, `src/engine/bundles/${id}.ts`, `content/guider/${id}/index.mdx`]) {
      if (!existsSync(resolve(root, file))) errors.push(`${file} — saknas: guiden "${id}" står i src/engine/guide-ids.ts`);
    }
  }
  const machines = readdirSync(resolve(root, 'src/machines'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((id) => !NOT_A_GUIDE.has(id));
  for (const id of machines) {
    if (!listed.has(id)) errors.push(`src/machines/${id}.ts — guiden "${id}" saknas i src/engine/guide-ids.ts`);
  }
  for (const dir of readdirSync(resolve(root, 'content/guider'), { withFileTypes: true })) {
    if (dir.isDirectory() && !listed.has(dir.name)) {
      errors.push(`content/guider/${dir.name} — guiden "${dir.name}" saknas i src/engine/guide-ids.ts`);
    }
  }
  return errors;
}

/** The guide ids; throws with every problem when a guide is incomplete. */
export function guideIds(root = process.cwd()): readonly GuideId[] {
  const errors = guideListErrors(root);
  if (errors.length) throw new Error(`Guiderna stämmer inte:\n  ${errors.join('\n  ')}`);
  return GUIDE_IDS;
}
