/**
 * Issue 9 point 6: an outcome separates the provisions that decide it (the basis the worker relies on,
 * written after "Lagstöd:" in the journal) from related ones, and where it can rest on more than one
 * basis it names them as alternatives with the facts each fits (brief §2.18: JO expects the note to
 * show the provision actually relied on).
 */
import { describe, expect, it } from 'vitest';
import { checkGuides } from '../../src/buildtime/guide-check.ts';
import { outcomeIds, outcomeMeta } from '../../src/engine/model.ts';

const { guides } = checkGuides();

/**
 * 10 kap. 2 § OSL (necessary for socialtjänst's own task) is read narrowly (brief §2.4). It may decide
 * only where the disclosure serves socialtjänst's own task; elsewhere the guides call the 10:2 reading
 * uncertain (threats against staff, a missing voluntarily placed child) and list it as related only.
 */
const TIO_TVA_AVGOR: Record<string, string[]> = {
  kriminalvarden: ['utfall-eget-arbete'], // brief §5.1: e.g. a visit for a prisoner's child
  roc: ['utfall-inom-avtalet', 'utfall-stockholm'], // brief §6.2 p.2: handing over the report is the agreed/own task
};

describe('lagstöd: avgörande och närliggande lagrum', () => {
  for (const guide of guides) {
    const { machine } = guide;
    for (const o of outcomeIds(machine)) {
      const meta = outcomeMeta(machine, o);

      it(`${guide.id}/${o}: 12 kap. 3 § OSL avgör aldrig ensam, bara tillsammans med samtycket i 10 kap. 1 §`, () => {
        const grunder = meta.grunder ?? [meta.lagrum];
        for (const grund of grunder) if (grund.includes('osl-12-3')) expect(grund, o).toContain('osl-10-1');
      });

      it(`${guide.id}/${o}: 10 kap. 2 § OSL avgör bara där uppgiften behövs för socialtjänstens eget arbete`, () => {
        if (meta.lagrum.includes('osl-10-2')) expect(TIO_TVA_AVGOR[guide.id] ?? [], o).toContain(o);
      });

      it(`${guide.id}/${o}: ett lagrum är antingen avgörande eller närliggande, inte båda`, () => {
        expect((meta.narliggande ?? []).filter((id) => meta.lagrum.includes(id)), o).toEqual([]);
      });

      if (meta.grunder) {
        it(`${guide.id}/${o}: varje alternativ grund har en text om när den passar, och lagrummen är just grunderna`, () => {
          const grunder = meta.grunder ?? [];
          expect(grunder.length).toBeGreaterThanOrEqual(2);
          expect(new Set(grunder.map((g) => g[0])).size, 'två grunder med samma första lagrum').toBe(grunder.length);
          expect(Object.keys(guide.outcomes[o].grunder ?? {}).sort()).toEqual(grunder.map((g) => g[0]).sort());
          expect([...meta.lagrum].sort()).toEqual([...new Set(grunder.flat())].sort());
        });
      }
    }
  }

  it('utfall som lämnar ut enligt 10 kap. 23 § eller 15 a § säger vad som gällde före 1 april 2025 och 1 december 2025 (issue 9.10)', () => {
    const checked: string[] = [];
    for (const guide of guides) {
      for (const o of outcomeIds(guide.machine)) {
        const meta = outcomeMeta(guide.machine, o);
        if (meta.verdict !== 'far-lamnas' && meta.verdict !== 'far-lamnas-efter-provning') continue;
        const body = guide.outcomes[o].body;
        if (meta.lagrum.includes('osl-10-23')) expect(body, `${guide.id}/${o}`).toMatch(/Före 1 april 2025/);
        if (meta.lagrum.includes('osl-10-15a')) expect(body, `${guide.id}/${o}`).toMatch(/1 december 2025/);
        if (meta.lagrum.includes('osl-10-23') || meta.lagrum.includes('osl-10-15a')) checked.push(`${guide.id}/${o}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(8);
  });

  it('akututfallet i polisguiden säger vilken grund som passar vilka fakta, i stället för att skriva alla som lagstöd', () => {
    const polisen = guides.find((g) => g.id === 'polisen')!;
    const meta = outcomeMeta(polisen.machine, 'utfall-akut');
    expect(meta.grunder?.map((g) => g[0])).toEqual(['osl-10-20', 'osl-10-18c', 'osl-10-15a', 'brb-24-4']);
    expect(polisen.outcomes['utfall-akut'].grunder?.['osl-10-18c']).toMatch(/Polismyndigheten/);
  });
});
