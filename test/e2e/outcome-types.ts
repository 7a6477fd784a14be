/**
 * One outcome per verdict, chosen from the machines themselves (not from a list of ids): for each
 * verdict the outcome with the shortest path from the first question, and its walk URL. A new
 * verdict or a renamed outcome is picked up without touching the browser tests.
 */
import { readFileSync } from 'node:fs';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';
import { allPaths } from '../../src/buildtime/pathbook.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
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

/** The guide's current content version (its index.mdx), for walk links that must not go stale. */
export function contentVersion(guide: string): number {
  const index = readFileSync(`content/guider/${guide}/index.mdx`, 'utf8');
  const m = /^version:\s*(\d+)/m.exec(index);
  if (!m) throw new Error(`content/guider/${guide}/index.mdx: ingen version`);
  return Number(m[1]);
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
