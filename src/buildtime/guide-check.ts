/**
 * Checks every guide: frontmatter of each node file, node ↔ file coverage, answers ↔ labels
 * (guide-source.ts), and the chapter slugs the guide refers to.
 */
import type { AnyStateMachine } from 'xstate';
import { guideListErrors } from './guide-list.ts';
import { GUIDE_IDS } from '../engine/guide-ids.ts';
import { readGuide, type GuideSource } from './guide-source.ts';
import { MACHINES } from './machines.ts';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUTCOME_WARNINGS } from '../machines/types.ts';

/** Texts every outcome page may show (content/guide-texter/). */
export const SHARED_TEXTS = ['dokumentera', ...OUTCOME_WARNINGS.map((w) => `varning-${w}`)];


export function checkGuides(root = process.cwd()): { guides: (GuideSource & { machine: AnyStateMachine })[]; errors: string[] } {
  const slugs = new Set(readdirSync(resolve(root, 'content/handbok')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));
  const guides: (GuideSource & { machine: AnyStateMachine })[] = [];
  const errors: string[] = guideListErrors(root);
  for (const name of SHARED_TEXTS) {
    const file = `content/guide-texter/${name}.mdx`;
    if (!existsSync(resolve(root, file))) errors.push(`${file} — saknas: texten visas på guidernas utfall`);
  }
  for (const id of GUIDE_IDS) {
    const machine = MACHINES[id];
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
