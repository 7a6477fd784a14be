/**
 * Issue 9 point 1: a police call never replaces the report of concern. Every outcome reachable where a
 * child is or may be concerned shows "Gör också: orosanmälan" (SoL 19:1 for socialtjänst's own staff,
 * to the child's bosättningskommun under OSL 26:9, skyddsbedömning under SoL 20:1; brief §3.3, §2.17,
 * §6.3) – or is itself the handling of a report of concern. Checked on every path of every guide.
 */
import { describe, expect, it } from 'vitest';
import { allPaths, renderPath } from '../../src/buildtime/pathbook.ts';
import { readGuide } from '../../src/buildtime/guide-source.ts';
import { MACHINES } from '../../src/buildtime/machines.ts';
import { outcomeMeta } from '../../src/engine/model.ts';
import { barnPaVagen, orosanmalanPaVagen } from '../../src/engine/path-facts.ts';
import { isLagrumId } from '../../src/law/registry.ts';
import { orosanmalan } from '../../content/guider/orosanmalan.ts';
import { polisen } from '../../src/machines/polisen.ts';
import { polisenFragar } from '../../src/machines/polisen-fragar.ts';
import { kriminalvarden } from '../../src/machines/kriminalvarden.ts';
import { roc } from '../../src/machines/roc.ts';
import { walkTo } from './walk.ts';
import type { AnyStateMachine } from 'xstate';
import type { OrosanmalanVisning } from '../../src/engine/path-facts.ts';

describe('orosanmälan på varje väg', () => {
  for (const [id, machine] of Object.entries(MACHINES)) {
    it(`${id}: inget utfall som kan gälla någon under 18 år saknar orosanmälan`, () => {
      const paths = allPaths(machine);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const where = `${path.steps.map((s) => `${s.node}=${s.answer}`).join(' → ')} → ${path.outcome}`;
        if (barnPaVagen(machine, path.steps, path.outcome) === 'nej') continue;
        expect(outcomeMeta(machine, path.outcome).orosanmalan, where).toBeDefined();
      }
    });

    it(`${id}: på varje sådan väg står rutan i det användaren läser (vägboken) och i journalunderlaget`, () => {
      const { guide } = readGuide(process.cwd(), id, machine);
      if (!guide) throw new Error(`${id}: guiden gick inte att läsa`);
      for (const path of allPaths(machine)) {
        if (orosanmalanPaVagen(machine, path.steps, path.outcome) === null) continue;
        const where = `${path.steps.map((s) => `${s.node}=${s.answer}`).join(' → ')} → ${path.outcome}`;
        const text = renderPath(guide, machine, path);
        expect(text, where).toContain('Gör också: orosanmälan');
        expect(text, where).toContain(orosanmalan.journal);
      }
    });

    it(`${id}: ett utfall som självt hanterar en orosanmälan bygger på reglerna för den`, () => {
      for (const path of allPaths(machine)) {
        const meta = outcomeMeta(machine, path.outcome);
        if (meta.orosanmalan !== 'i-utfallet') continue;
        const all = [...meta.lagrum, ...(meta.narliggande ?? [])];
        expect(all.some((l) => ['sol-19-1', 'osl-26-9', 'sol-20-1'].includes(l)), path.outcome).toBe(true);
      }
    });
  }

  it('guiderna där socialtjänsten lämnar uppgifter visar rutan själva, inte bara hänvisar till den', () => {
    for (const machine of [polisen, polisenFragar, kriminalvarden]) {
      const handled = allPaths(machine).filter((p) => outcomeMeta(machine, p.outcome).orosanmalan === 'i-utfallet').map((p) => p.outcome);
      expect([...new Set(handled)].sort(), machine.id).toEqual(
        machine === polisenFragar ? ['utfall-aterkoppling'] : machine === kriminalvarden ? ['utfall-fran-kriminalvarden'] : [],
      );
    }
  });
});

/** [facts in words, machine, answers, expected outcome, expected block]. */
const situations: [string, AnyStateMachine, Record<string, string>, string, OrosanmalanVisning][] = [
  ['Fältassistenter ser en 13-åring i fara och ringer polisen (10:20)', polisen, { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'nej', ingripande: 'ja' }, 'utfall-10-20', 'barn'],
  ['Misshandel av ett barn anmäls till polisen (10:21)', polisen, { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'nej', ingripande: 'nej', 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'nej', brottstyp: 'mot-barn' }, 'utfall-10-21', 'barn'],
  ['En vuxen säljer narkotika till en 15-åring (10:22)', polisen, { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'nej', ingripande: 'nej', 'vad-galler': 'begaget-brott', 'brott-verksamhet': 'nej', brottstyp: 'langning-till-barn' }, 'utfall-10-22', 'barn'],
  ['En 17-åring riskerar att rekryteras till ett gäng (10:18 a)', polisen, { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'nej', ingripande: 'nej', 'vad-galler': 'framtida-brott', 'framtida-typ': 'annan', 'alder-forebygga': 'ja', 'konkret-ung': 'ja', 'olampligt-ung': 'nej' }, 'utfall-10-18a', 'kanske'],
  ['Akut fara, okänt vem som är i fara', polisen, { 'akut-fara': 'ja', 'akut-situation': 'annan-fara' }, 'utfall-akut', 'kanske'],
  ['Polisen ringer och säger att någon är i akut fara', polisenFragar, { begaran: 'akut' }, 'utfall-akut', 'kanske'],
  ['En vuxen klient har själv samtyckt (ingen ruta)', polisen, { 'akut-fara': 'nej', identifierbar: 'ja', skyldighet: 'inget', samtycke: 'ja', 'samtycke-alder': 'vuxen' }, 'utfall-samtycke', null],
  ['Polisen säger inte varför – ändå egen anmälningsplikt om ett barn far illa', polisenFragar, { begaran: 'uppgifter', 'vem-fragar': 'kontrollerat', fara: 'nej', syfte: 'vet-inte' }, 'utfall-fraga-syfte', 'kanske'],
  ['Åklagaren begär yttrande om en 16-åring', polisenFragar, { begaran: 'yttrande' }, 'utfall-yttrande-aklagare', 'barn'],
  ['Kriminalvården vill ha yttrande om en 17-åring', kriminalvarden, { situation: 'yttrande-under-18' }, 'utfall-yttrande-aklagare', 'barn'],
  ['ROC: polisens anmälan om en 15-åring hanteras i utfallet självt', roc, { roll: 'socialjouren', alder: 'ja', anmalare: 'polisen-roc', gangkoppling: 'nej' }, 'utfall-ej-gang', null],
];

describe('orosanmälan i konkreta situationer', () => {
  for (const [name, machine, answers, outcome, expected] of situations) {
    it(name, () => {
      const { node } = walkTo(machine, answers);
      expect(node).toBe(outcome);
      const steps = Object.entries(answers).map(([n, a]) => ({ node: n, answer: a }));
      expect(orosanmalanPaVagen(machine, steps, outcome)).toBe(expected);
    });
  }
});

describe('rutans text', () => {
  it('nämner anmälningsplikten, bosättningskommunen, skyddsbedömningen och att ett utlämnande till polisen aldrig ersätter den', () => {
    const ids = orosanmalan.steg.flatMap((s) => s.lagrum);
    for (const id of ids) expect(isLagrumId(id), id).toBe(true);
    expect(ids).toEqual(expect.arrayContaining(['sol-19-1', 'osl-26-9', 'sol-20-1', 'osl-10-20', 'osl-10-21', 'osl-10-22']));
    expect(orosanmalan.steg.map((s) => s.text).join(' ')).toMatch(/ersätter aldrig orosanmälan/);
    expect(orosanmalan.journal).toMatch(/^Orosanmälan \(19 kap. 1 § SoL\)/);
  });
});
