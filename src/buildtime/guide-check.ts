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
import { replay } from '../engine/url.ts';
import { toSearch } from '../engine/links.ts';
import { vanligaSituationer, type VanligSituation } from '../../content/vanliga-situationer.ts';

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
  errors.push(...situationErrors(guides));
  return { guides, errors };
}

/**
 * Each "Vanliga situationer" link, replayed in its guide: every answer must be taken, in order,
 * without a problem — so a change in a guide's questions cannot leave a stale link on the start page.
 */
export function situationErrors(
  guides: { id: string; machine: AnyStateMachine; index: { version: number } }[],
  situations: VanligSituation[] = vanligaSituationer,
): string[] {
  const file = 'content/vanliga-situationer.ts';
  return situations.flatMap((s) => {
    const guide = guides.find((g) => g.id === s.guide);
    if (!guide) return [`${file} — "${s.text}": guiden "${s.guide}" finns inte`];
    const steps = Object.entries(s.svar).map(([node, answer]) => ({ node, answer }));
    const params = new URLSearchParams(toSearch(steps, guide.index.version));
    const position = replay(guide.machine, params, { current: guide.index.version, compatible: [] });
    if (steps.length === 0) return [`${file} — "${s.text}": ange minst ett svar`];
    if (position.problems.length > 0 || position.steps.length !== steps.length) {
      const taken = position.steps.map((t) => `${t.node}=${t.answer}`).join(', ') || 'inga';
      return [`${file} — "${s.text}": svaren ${steps.map((t) => `${t.node}=${t.answer}`).join(', ')} stämmer inte längre med guiden ${s.guide} (giltiga: ${taken})`];
    }
    return [];
  });
}
