/**
 * One outcome per verdict, chosen from the machines themselves (not from a list of ids): for each
 * verdict the outcome with the shortest path from the first question, and its walk URL. A new
 * verdict or a renamed outcome is picked up without touching the browser tests.
 */
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { allPaths } from '../../src/buildtime/pathbook.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { readFrontmatterFile } from '../../src/buildtime/frontmatter-file.ts';
import { guideIndexSchema } from '../../src/engine/content-schema.ts';
import { outcomeMeta } from '../../src/engine/model.ts';
import { guideUrlWith, type Step } from '../../src/engine/links.ts';
import type { Verdict } from '../../src/machines/types.ts';

export interface OutcomeType {
  verdict: Verdict;
  guide: string;
  outcome: string;
  steps: Step[];
  url: string;
}

/**
 * The guide's content versions from its index.mdx, read and validated as the build reads them: the
 * current one (for walk links that must not go stale) and the older ones whose links still hold.
 */
export function guideVersions(guide: string): { current: number; compatible: number[] } {
  const errors: string[] = [];
  const index = readFrontmatterFile(process.cwd(), `content/guider/${guide}/index.mdx`, guideIndexSchema, errors);
  if (!index) throw new Error(errors.join('\n'));
  return { current: index.version, compatible: index.kompatiblaVersioner };
}

export function contentVersion(guide: string): number {
  return guideVersions(guide).current;
}

export async function outcomeTypes(): Promise<OutcomeType[]> {
  const best = new Map<Verdict, OutcomeType>();
  for (const guide of GUIDE_IDS) {
    const machine = MACHINES[guide];
    const version = contentVersion(guide);
    for (const path of allPaths(machine)) {
      const { verdict } = outcomeMeta(machine, path.outcome);
      const known = best.get(verdict);
      if (known && known.steps.length <= path.steps.length) continue;
      best.set(verdict, { verdict, guide, outcome: path.outcome, steps: path.steps, url: guideUrlWith(guide, path.steps, version) });
    }
  }
  return [...best.values()];
}
