/**
 * The dated penalty table behind OSL 10 kap. 23 § (issue 9 point 4; brief §2.14, §15): a figure is
 * never shown without the date it was checked, the text it was read in and whether it is verified.
 */
import { describe, expect, it } from 'vitest';
import { straffskalor, lagstaStraffText, narGransen, STRAFFSKALOR_FORBEHALL, type Straffskala } from '../../content/straffskalor.ts';
import { isLagrumId } from '../../src/law/registry.ts';
import { remarkGeneratedTables } from '../../src/buildtime/remark-generated-tables.ts';

/** The check the table must pass; exported shape so a bad row can be shown to fail. */
function problems(rows: Straffskala[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) errors.push(`${r.id}: finns två gånger`);
    ids.add(r.id);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.kontrollerad ?? '')) errors.push(`${r.id}: saknar datum för när siffran kontrollerades`);
    if (!r.kalla || r.kalla.trim().length < 10) errors.push(`${r.id}: saknar källa`);
    if ('id' in r.bestammelse && !isLagrumId(r.bestammelse.id)) errors.push(`${r.id}: okänt lagrum ${r.bestammelse.id}`);
    if ('citat' in r.bestammelse && !/§/.test(r.bestammelse.citat)) errors.push(`${r.id}: bestämmelsen ska skrivas som en paragraf`);
    if (r.lagsta !== null && !(Number.isInteger(r.lagsta) && r.lagsta > 0)) errors.push(`${r.id}: lägsta straff ska vara ett antal månader`);
    if (!r.verifierad && !r.anmarkning) errors.push(`${r.id}: en rad som inte är verifierad ska säga vad som återstår`);
  }
  return errors;
}

describe('tabellen över lägsta straff', () => {
  it('har datum, källa och kontrollstatus på varje rad', () => {
    expect(problems(straffskalor)).toEqual([]);
  });

  it('underkänner en rad utan datum eller källa', () => {
    const [first] = straffskalor;
    expect(problems([{ ...first, kontrollerad: '' }])).toEqual([`${first.id}: saknar datum för när siffran kontrollerades`]);
    expect(problems([{ ...first, kalla: '' }])).toEqual([`${first.id}: saknar källa`]);
  });

  it('har siffrorna ur faktaunderlaget från april 2026 (brief §15)', () => {
    const lagsta = Object.fromEntries(straffskalor.map((s) => [s.id, s.lagsta]));
    expect(lagsta).toMatchObject({ misshandel: null, 'olaga-hot': null, stold: null, 'grov-stold': 6, 'grov-misshandel': 18, ran: 18, 'grovt-ran': 60 });
  });

  it('skiljer de två gränserna i 10 kap. 23 §: sex månader för fullbordat brott, ett år för försök m.m.', () => {
    const grovStold = straffskalor.find((s) => s.id === 'grov-stold')!;
    expect(narGransen(grovStold, '6-manader')).toBe(true);
    expect(narGransen(grovStold, '1-ar')).toBe(false);
    const misshandel = straffskalor.find((s) => s.id === 'misshandel')!;
    expect(narGransen(misshandel, '6-manader')).toBe(false);
  });

  it('skriver straffet i ord', () => {
    expect(lagstaStraffText(null)).toBe('Inget särskilt minimum');
    expect(lagstaStraffText(6)).toBe('Fängelse i 6 månader');
    expect(lagstaStraffText(18)).toBe('Fängelse i 1 år och 6 månader');
  });

  it('har en reservation om reformerna 2026', () => {
    expect(STRAFFSKALOR_FORBEHALL).toMatch(/april 2026/);
    expect(STRAFFSKALOR_FORBEHALL).toMatch(/Kontrollera/);
  });

  it('blir en tabell med reservation i kapitlet där <Straffskalor /> står', () => {
    type Node = { type: string; name?: string; children?: Node[] };
    const tree: Node = {
      type: 'root',
      children: [{ type: 'paragraph' }, { type: 'mdxJsxFlowElement', name: 'Straffskalor', children: [] }, { type: 'paragraph' }],
    };
    const transform = remarkGeneratedTables.call(undefined as never) as unknown as (tree: Node) => void;
    transform(tree);
    const children = tree.children ?? [];
    expect(children.map((c) => c.type)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(children[1].children).toHaveLength(straffskalor.length + 1);
    expect(JSON.stringify(children[2])).toContain('april 2026');
  });
});
