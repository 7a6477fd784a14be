/**
 * Every training case is replayed through its guide's machine: if a guide changes so that a case's
 * answers no longer lead to the expected outcome, this fails — training can never contradict a guide.
 */
import { describe, expect, it } from 'vitest';
import { readCases } from '../../src/buildtime/case-source.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { outcomeMeta } from '../../src/engine/model.ts';
import { replay } from '../../src/engine/url.ts';
import { readGuide } from '../../src/buildtime/guide-source.ts';

const { cases, errors } = readCases();

describe('övningsfall', () => {
  it('har giltig frontmatter i varje fall', () => expect(errors).toEqual([]));

  it('har minst 12 fall, och minst ett för varje guide som finns', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const id of Object.keys(MACHINES)) expect(cases.some((c) => c.guide === id), id).toBe(true);
  });

  for (const c of cases) {
    it(`${c.id}: svaren leder till ${c.forvantat.utfall} i guiden ${c.guide}`, () => {
      const machine = MACHINES[c.guide];
      expect(machine, `guiden ${c.guide} finns inte`).toBeDefined();
      const { guide } = readGuide(process.cwd(), c.guide);
      const params = new URLSearchParams({ v: String(guide!.index.version), ...c.svar });
      const position = replay(machine, params, { current: guide!.index.version, compatible: [] });
      expect(position.problems).toEqual([]);
      expect(position.current).toBe(c.forvantat.utfall);
      expect(position.steps.map((s) => s.node)).toEqual(Object.keys(c.svar));
      const meta = outcomeMeta(machine, position.current);
      expect(meta.verdict).toBe(c.forvantat.bedomning);
      expect(meta.lagrum).toEqual(expect.arrayContaining(c.forvantat.lagrum));
    });
  }
});
