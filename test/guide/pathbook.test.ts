/**
 * The path book and the invariants every guide must keep (design.md, "Decision guides").
 * Run `npm run pathbook` to rewrite test/artefacts after a deliberate change, and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { checkGuides } from '../../src/buildtime/guide-check.ts';
import { allPaths, parseRouting, pathFile, renderPath, renderRouting } from '../../src/buildtime/pathbook.ts';
import { answersFor, currentNode, nodeIds, outcomeIds, outcomeMeta, questionIds } from '../../src/engine/model.ts';
import { lagrum } from '../../content/lagrum.ts';
import { GUIDE_IDS } from '../../src/engine/guide-ids.ts';

const { guides, errors } = checkGuides();
const UPDATE = process.env.UPDATE_PATHBOOK === '1';
const ARTEFACTS = 'test/artefacts';
/** Beside the paths: the guide's routing and the version it was recorded under. */
const ROUTING_FILE = '_vagar.txt';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

it('varje guide har text till varje nod och varje text har en nod', () => {
  expect(errors).toEqual([]);
  expect(guides.map((g) => g.id)).toContain('polisen');
});

it('har bara guider med kända id', () => {
  for (const g of guides) expect(GUIDE_IDS).toContain(g.id);
});

for (const guide of guides) {
  const { machine } = guide;
  const paths = allPaths(machine);

  describe(`guide: ${guide.id}`, () => {
    it('når varje nod från första frågan', () => {
      const reached = new Set(
        getShortestPaths(machine, {
          events: (s) => answersFor(machine, currentNode(s)).map((a) => ({ type: `${currentNode(s)}.${a}` })),
          serializeState: (s) => String(s.value),
        }).map((p) => currentNode(p.state)),
      );
      expect(nodeIds(machine).filter((n) => !reached.has(n))).toEqual([]);
    });

    it('har inga återvändsgränder: varje fråga har minst två svar och varje väg slutar i ett utfall', () => {
      for (const q of questionIds(machine)) expect(answersFor(machine, q).length, q).toBeGreaterThanOrEqual(2);
      expect(paths.length).toBeGreaterThan(0);
      expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(outcomeIds(machine)));
    });

    it('låter varje utfall bygga på minst ett lagrum ur registret', () => {
      for (const o of outcomeIds(machine)) {
        const ids = outcomeMeta(machine, o).lagrum;
        expect(ids.length, o).toBeGreaterThan(0);
        for (const id of ids) expect(id in lagrum, `${o}: ${id}`).toBe(true);
      }
    });

    it('använder aldrig generalklausulen (10 kap. 27 § OSL) som grund för socialtjänstens uppgifter', () => {
      for (const o of outcomeIds(machine)) expect(outcomeMeta(machine, o).lagrum, o).not.toContain('osl-10-27');
    });

    it('har ett id i varje frågas svar som bara består av små bokstäver, siffror och bindestreck', () => {
      for (const q of questionIds(machine)) {
        expect(q).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const a of answersFor(machine, q)) expect(a, q).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });

    it('har höjt versionen om frågor, svar eller vägar har ändrats (ADR 001)', () => {
      const file = join(ARTEFACTS, guide.id, ROUTING_FILE);
      const recorded = existsSync(file) ? parseRouting(readFileSync(file, 'utf8')) : undefined;
      const now = parseRouting(renderRouting(guide, machine));
      if (recorded && recorded.edges !== now.edges) {
        expect(
          now.version,
          `Guiden ${guide.id} har ändrade frågor, svar eller vägar men samma version (${now.version}). Höj version i content/guider/${guide.id}/index.mdx; lägg den gamla i kompatiblaVersioner bara om gamla länkar fortfarande betyder samma sak.`,
        ).toBeGreaterThan(recorded.version);
      }
      if (!UPDATE) expect(recorded, `${file} saknas: kör "npm run pathbook"`).toBeDefined();
    });

    it(`stämmer med vägboken i ${ARTEFACTS}/${guide.id} (${paths.length} vägar)`, () => {
      const dir = join(ARTEFACTS, guide.id);
      const expected = new Map(paths.map((p) => [join(dir, pathFile(p)), renderPath(guide, machine, p)]));
      expected.set(join(dir, ROUTING_FILE), renderRouting(guide, machine));
      const existing = filesUnder(dir);
      if (UPDATE) {
        rmSync(dir, { recursive: true, force: true });
        for (const [file, text] of expected) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        return;
      }
      const missing = [...expected.keys()].filter((f) => !existing.includes(f));
      const extra = existing.filter((f) => !expected.has(f));
      const changed = [...expected].filter(([f, text]) => existsSync(f) && readFileSync(f, 'utf8') !== text).map(([f]) => f);
      const hint = 'Vägboken stämmer inte. Kör "npm run pathbook" och granska skillnaden (git diff test/artefacts).';
      expect({ missing: missing.map((f) => relative(dir, f)), extra, changed }, hint).toEqual({ missing: [], extra: [], changed: [] });
    });
  });
}
