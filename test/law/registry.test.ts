import { describe, expect, it } from 'vitest';
import { lagrum } from '../../content/lagrum.ts';
import { allProvisions, isLagrumId, provisionsByKind } from '../../src/law/registry.ts';
import type { Provision } from '../../src/law/types.ts';

const entries = Object.entries(lagrum) as [string, Provision][];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('lagrumsregistret', () => {
  it('har id i små bokstäver med bindestreck, så att de fungerar i adresser', () => {
    for (const [id] of entries) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('skriver varje hänvisning som svenskar gör: paragraf med §, eller hela lagen med SFS-nummer', () => {
    for (const [id, p] of entries) {
      expect(p.citation, id).toMatch(/§|^lag \(\d{4}:\d+\)$/);
      expect(p.citation, id).not.toMatch(/\s{2,}|^\s|\s$/);
    }
  });

  it('har unika hänvisningar', () => {
    const citations = entries.map(([, p]) => p.citation);
    expect(new Set(citations).size).toBe(citations.length);
  });

  it('anger SFS-nummer och länk till den officiella texten för samma SFS-nummer', () => {
    for (const [id, p] of entries) {
      expect(p.sfs, id).toMatch(/^\d{4}:\d+$/);
      expect(p.url, id).toBe(`https://rkrattsbaser.gov.se/sfst?bet=${p.sfs}`);
    }
  });

  it('har en egen sammanfattning och rubrik för varje bestämmelse', () => {
    for (const [id, p] of entries) {
      expect(p.title.length, id).toBeGreaterThanOrEqual(3);
      expect(p.summary.length, id).toBeGreaterThan(30);
    }
  });

  it('har giltiga datum: lydelse, ändringar i tidsordning', () => {
    for (const [id, p] of entries) {
      if (p.appliesFrom !== null) expect(p.appliesFrom, id).toMatch(ISO);
      const dates = (p.history ?? []).map((h) => h.date);
      for (const d of dates) expect(d, id).toMatch(ISO);
      expect([...dates].sort(), id).toEqual(dates);
    }
  });

  it('visar gammal SoL-hänvisning bara för paragrafer i nya SoL (2025:400)', () => {
    for (const [id, p] of entries) {
      if (!p.former) continue;
      expect(p.sfs, id).toBe('2025:400');
      expect(p.former.sfs, id).toBe('2001:453');
      expect(p.former.citation, id).toMatch(/2001:453/);
    }
    expect(lagrum['sol-19-1'].former?.citation).toBe('14 kap. 1 § SoL (2001:453)');
  });

  it('markerar osäkra bestämmelser och förklarar varför', () => {
    for (const [id, p] of entries) {
      if (p.status !== 'verifierad') expect(p.caveat, `${id} saknar caveat`).toBeTruthy();
    }
  });

  it('ger varje sekretessbrytande regel och skyldighet en rad för översikten', () => {
    for (const [id, p] of entries) {
      if (p.kind === 'uppgiftsskyldighet') expect(p.breaking?.verdict, id).toBe('måste');
      if (p.kind === 'sekretessbrytande' && id !== 'osl-10-27') expect(p.breaking, id).toBeDefined();
    }
  });

  it('beskriver generalklausulen som oanvändbar för socialtjänstsekretess', () => {
    expect((lagrum['osl-10-27'] as Provision).breaking).toBeUndefined();
    expect(lagrum['osl-10-27'].caveat).toMatch(/26 kap/);
  });

  it('bygger på lydelserna från 2025 för de ändrade reglerna', () => {
    expect(lagrum['osl-10-23'].appliesFrom).toBe('2025-04-01');
    expect(lagrum['osl-10-18a'].appliesFrom).toBe('2025-04-01');
    expect(lagrum['osl-10-15a'].appliesFrom).toBe('2025-12-01');
    expect(lagrum['sol-19-1'].appliesFrom).toBe('2026-01-15');
  });

  it('känner igen id och grupperar alla bestämmelser', () => {
    expect(isLagrumId('osl-10-21')).toBe(true);
    expect(isLagrumId('osl-10-99')).toBe(false);
    expect(isLagrumId('toString')).toBe(false);
    const grouped = provisionsByKind().flatMap(([, items]) => items);
    expect(grouped).toHaveLength(allProvisions().length);
  });

  it('sorterar paragrafer i lagens ordning (10 kap. 2 § före 15 a §, 18 § före 18 a § före 19 §)', () => {
    const breaking = provisionsByKind().find(([kind]) => kind === 'sekretessbrytande')![1].map(([id]) => id as string);
    const wanted = ['osl-10-2', 'osl-10-15a', 'osl-10-18', 'osl-10-18a', 'osl-10-19'];
    expect(breaking.filter((id) => wanted.includes(id))).toEqual(wanted);
  });
});
