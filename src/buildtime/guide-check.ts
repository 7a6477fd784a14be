/**
 * Checks every guide: frontmatter of each node file, node ↔ file coverage, answers ↔ labels
 * (guide-source.ts), and the chapter slugs the guide refers to.
 */
import type { AnyStateMachine } from 'xstate';
import { guideIds } from './guide-list.ts';
import { readGuide, type GuideSource } from './guide-source.ts';
import { scanHandbook } from './handbook-source.ts';
import { MACHINES } from './machines.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUTCOME_WARNINGS } from '../machines/types.ts';

/** Texts every outcome page may show (content/guide-texter/). */
export const SHARED_TEXTS = ['dokumentera', ...OUTCOME_WARNINGS.map((w) => `varning-${w}`)];


export function checkGuides(root = process.cwd()): { guides: (GuideSource & { machine: AnyStateMachine })[]; errors: string[] } {
  const slugs = new Set(scanHandbook(root).chapters.map((c) => c.slug));
  const guides: (GuideSource & { machine: AnyStateMachine })[] = [];
  const errors: string[] = [];
  for (const name of SHARED_TEXTS) {
    const file = `content/guide-texter/${name}.mdx`;
    if (!existsSync(resolve(root, file))) errors.push(`${file} — saknas: texten visas på guidernas utfall`);
  }
  for (const id of guideIds(root)) {
    const machine = MACHINES[id];
    if (!machine) {
      errors.push(`src/buildtime/machines.ts — ${id}: maskinen finns men är inte registrerad`);
      continue;
    }
    const { guide, errors: e } = readGuide(root, id, machine);
    errors.push(...e);
    if (!guide) continue;
    for (const slug of guide.index.kapitel) if (!slugs.has(slug)) errors.push(`content/guider/${id}/index.mdx — kapitel: "${slug}" finns inte`);
    for (const [node, o] of Object.entries(guide.outcomes)) {
      for (const slug of o.lasMer) if (!slugs.has(slug)) errors.push(`content/guider/${id}/${node}.mdx — lasMer: "${slug}" finns inte`);
    }
    guides.push({ ...guide, machine });
  }
  return { guides, errors };
}
