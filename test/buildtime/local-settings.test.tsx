import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { scanChapter } from '../../src/buildtime/handbook-source.ts';
import { Lokalt } from '../../src/components/mdx-components.tsx';
import { placeholderErrors, readLocalSettings } from '../../src/buildtime/local-settings.ts';
import { fillPlaceholders, fillPlaceholdersDeep, placeholdersIn } from '../../src/components/local-text.ts';
import { lokalt as raw } from '../../content/lokalt.ts';
import { lokalt } from 'virtual:lokalt';

describe('lokala inställningar (content/lokalt.ts)', () => {
  it('standardfilen är giltig och bygget serverar den validerade versionen', () => {
    expect(readLocalSettings().errors).toEqual([]);
    expect(lokalt.polisensNummer).toBe('114 14, Polisens växel');
  });

  it('ett fel namnger filen och fältet', () => {
    const { polisensNummer: _n, ...missing } = raw;
    expect(readLocalSettings(missing).errors).toEqual(['content/lokalt.ts — polisensNummer: saknas']);
    expect(readLocalSettings({ ...raw, polisensNummer: 'växeln' }).errors).toEqual([
      'content/lokalt.ts — polisensNummer: ska innehålla ett telefonnummer',
    ]);
    expect(readLocalSettings({ ...raw, extra: 'x' }).errors[0]).toMatch(/^content\/lokalt\.ts — /);
  });

  it('stoppar något som ser ut som ett personnummer: bara kontaktvägar för personal', () => {
    const { errors } = readLocalSettings({ ...raw, socialjour: 'Ring Anna, 19800101-1234' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/lokalt\.ts — socialjour: .*personnummer/);
  });
});

describe('platshållare i guidernas frontmatter', () => {
  it('fyller i kända namn och lämnar allt annat orört', () => {
    expect(fillPlaceholders('Ring tillbaka via {polisensNummer}.', lokalt)).toBe('Ring tillbaka via 114 14, Polisens växel.');
    expect(fillPlaceholders('Okänt {foo} och { mellanslag }', lokalt)).toBe('Okänt {foo} och { mellanslag }');
    expect(fillPlaceholdersDeep({ steg: ['Fråga {jurist}.'], n: 2 }, lokalt)).toEqual({ steg: [`Fråga ${lokalt.jurist}.`], n: 2 });
    expect(placeholdersIn('{a} och {b}')).toEqual(['a', 'b']);
  });

  it('ett okänt namn är ett fel som pekar ut fil och fält', () => {
    const errors = placeholderErrors('content/guider/x/utfall-y.mdx', { gorSaHarNu: ['Ring {polisensNummer}.', 'Ring {polisnummer}.'] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/guider\/x\/utfall-y\.mdx — gorSaHarNu\.1: \{polisnummer\} är ingen lokal inställning/);
  });
});

describe('<Lokalt falt> i kapitel och guidetexter', () => {
  const chapter = (body: string) =>
    `---\ntitle: "Test"\nsummary: "Två meningar som säger det viktigaste om testet."\norder: 1\ngranskad: 2026-11-22\ngranskadAv: "Test"\nnastaGranskning: 2027-05-22\n---\n\n${body}\n`;

  it('skrivs ut som inställningen i den text som sök och granskning läser', () => {
    const { chapter: c, errors } = scanChapter('/r', '/r/content/handbok/test.mdx', chapter('Ring tillbaka via <Lokalt falt="polisensNummer" />.'));
    expect(errors).toEqual([]);
    expect(c?.sections[0].text).toBe('Ring tillbaka via 114 14, Polisens växel.');
  });

  it('ett okänt fält är ett fel med fil och rad', () => {
    const { errors } = scanChapter('/r', '/r/content/handbok/test.mdx', chapter('Ring <Lokalt falt="polisnummer" />.'));
    expect(errors).toEqual(['content/handbok/test.mdx:10 — <Lokalt falt="polisnummer">: ingen sådan lokal inställning (content/lokalt.ts)']);
  });

  it('visas på sidan med kommunens värde', () => {
    render(<Lokalt falt="socialjour" />);
    expect(document.body.textContent).toBe(lokalt.socialjour);
  });
});

describe('inga lokala rutiner skrivna som text', () => {
  // Guides and chapters tell the worker how to check a caller and whom to ask; those contacts differ
  // between municipalities, so they must come from content/lokalt.ts. (Training cases tell a story
  // of what happened and may say it in words.)
  it('guiderna, de delade guidetexterna och kapitlen nämner inte polisens växel, och "fråga din chef" följs av kommunens kontakt', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
    const hardCoded = ['content/guider', 'content/guide-texter', 'content/handbok'].flatMap(files).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
        // Headings stay short; the steps and boxes under them carry the contact.
        .filter(({ line }) => !line.startsWith('rubrik:'))
        .filter(({ line }) => /polisens växel|tillbaka via växeln|fråga din chef(?! eller (\{jurist\}|<Lokalt falt="jurist"))/i.test(line))
        .map(({ where }) => where),
    );
    expect(hardCoded).toEqual([]);
  });
});
