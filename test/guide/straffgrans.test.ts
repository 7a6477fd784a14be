/**
 * Issue 9 point 4: OSL 10 kap. 23 § has two thresholds (brief §2.14). A completed crime needs a lowest
 * penalty of at least six months; attempt, preparation or conspiracy needs at least one year. No path
 * may reach "får lämnas" under 10:23 without the matching threshold having been answered "ja".
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { allPaths, type GuidePath } from '../../src/buildtime/pathbook.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { outcomeMeta, questionMeta } from '../../src/engine/model.ts';
import type { Brottsstadium, Straffgrans } from '../../src/machines/types.ts';

/** The stage the answers establish (the last one said), and the thresholds answered "ja". */
function facts(machine: AnyStateMachine, path: GuidePath) {
  let stadium: Brottsstadium | undefined;
  const reached = new Set<Straffgrans>();
  for (const { node, answer } of path.steps) {
    const meta = questionMeta(machine, node);
    stadium = meta.brottsstadium?.[answer] ?? stadium;
    if (meta.straffgrans && answer === 'ja') reached.add(meta.straffgrans);
  }
  return { stadium, reached };
}

/** Paths that end in "får lämnas" with 10:23 deciding. */
function tioTjugotreVagar(machine: AnyStateMachine) {
  return allPaths(machine).filter((p) => {
    const meta = outcomeMeta(machine, p.outcome);
    return meta.verdict === 'far-lamnas' && meta.lagrum.includes('osl-10-23');
  });
}

describe('två straffgränser i 10 kap. 23 § OSL', () => {
  for (const [id, machine] of Object.entries(MACHINES)) {
    it(`${id}: ”får lämnas” enligt 10:23 kräver att brottets stadium är känt och att rätt gräns är nådd`, () => {
      for (const path of tioTjugotreVagar(machine)) {
        const { stadium, reached } = facts(machine, path);
        const where = path.steps.map((s) => `${s.node}=${s.answer}`).join(' → ');
        expect(stadium, where).toBeDefined();
        expect(stadium, where).not.toBe('okant');
        if (stadium === 'forsok') expect([...reached], where).toContain('1-ar');
        else expect(reached.size, where).toBeGreaterThan(0);
      }
    });
  }

  it('polisguiden når 10:23 både för fullbordade brott och för försök, och frågar rätt gräns för varje', () => {
    const machine = MACHINES.polisen;
    const paths = tioTjugotreVagar(machine);
    const byStage = (s: Brottsstadium) => paths.filter((p) => facts(machine, p).stadium === s);
    expect(byStage('fullbordat').length).toBeGreaterThan(0);
    expect(byStage('forsok').length).toBeGreaterThan(0);
    for (const p of byStage('forsok')) expect([...facts(machine, p).reached]).toEqual(['1-ar']);
    for (const p of byStage('fullbordat')) expect([...facts(machine, p).reached]).toEqual(['6-manader']);
  });

  it('varje gränsfråga säger vilken gräns den prövar, så att sidan kan visa rätt rader i straffskaletabellen', () => {
    const machine = MACHINES.polisen;
    expect(questionMeta(machine, 'straffminimum').straffgrans).toBe('6-manader');
    expect(questionMeta(machine, 'straffminimum-forsok').straffgrans).toBe('1-ar');
    expect(questionMeta(machine, 'straff-personal').straffgrans).toBe('6-manader');
    expect(questionMeta(machine, 'straff-personal-forsok').straffgrans).toBe('1-ar');
  });
});
