// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { chapterDocuments, searchDocuments } from '../../src/buildtime/search-documents.ts';
import { scanChapter } from '../../src/buildtime/handbook-source.ts';
import { sharedHandbookScan } from '../../src/buildtime/handbook-scan.ts';
import { buildSearchIndex, searchIndexAsset } from '../../src/buildtime/search-index.ts';
import { allProvisions } from '../../src/law/registry.ts';
import { ordlista } from '../../content/ordlista.ts';
import { synonymer } from '../../content/synonymer.ts';
import type { SearchSource } from '../../src/search/types.ts';
import { PARAGRAPH_KEY } from '../../src/search/suggestions.tsx';

let docs: SearchSource[];
beforeAll(() => {
  docs = searchDocuments().docs;
}, 120_000);

describe('sökdokumenten kommer från samma källor som sidorna', () => {
  it('ett dokument per avsnitt, med det ankare sidan verkligen har', () => {
    const scan = sharedHandbookScan(process.cwd());
    for (const chapter of scan.chapters) {
      for (const t of chapter.toc) {
        if (/^Läs mer/.test(t.text)) continue;
        expect(docs.map((d) => d.url), `${chapter.slug}#${t.id}`).toContain(`/handbok/${chapter.slug}#${t.id}`);
      }
      expect(docs.find((d) => d.url === `/handbok/${chapter.slug}`)?.title).toBe(chapter.title);
    }
  });

  it('ett nytt kapitel blir sökbart utan någon annan ändring', () => {
    const source = `---
title: "Nytt kapitel"
summary: "Två meningar om ett helt nytt ämne. Den andra meningen."
order: 999
lagrum: [osl-10-21]
granskad: 2026-11-22
granskadAv: "Test"
nastaGranskning: 2027-05-22
---

## Vad är en zebrafråga?

Text om <Lagrum id="osl-10-21" /> och zebror.
`;
    const { chapter } = scanChapter(process.cwd(), 'content/handbok/nytt-kapitel.mdx', source);
    const found = chapterDocuments([chapter!]);
    expect(found.map((d) => d.url)).toContain('/handbok/nytt-kapitel#vad-är-en-zebrafråga');
    expect(found.find((d) => d.title === 'Vad är en zebrafråga?')?.text).toContain('10 kap. 21 § OSL');
  });

  it('varje lagrum, ordlisteord, övningsfall och guide finns, och lagrum vet sin tidigare paragraf', () => {
    const urls = new Set(docs.map((d) => d.url));
    for (const [id, p] of allProvisions()) {
      expect(urls).toContain(`/lagrum/${id}`);
      if (p.former) expect(docs.find((d) => d.url === `/lagrum/${id}`)?.lagrum?.former).toBe(p.former.citation);
    }
    for (const t of ordlista) expect(urls).toContain(`/ordlista#${t.id}`);
    expect(docs.filter((d) => d.kind === 'ovningsfall').length).toBeGreaterThan(0);
    expect(docs.filter((d) => d.kind === 'guide' && d.context === 'Beslutsguide').length).toBeGreaterThan(0);
  });

  it('varje fråga och varje utfall i guiderna är sökbara, men en träff landar aldrig mitt i en guide', () => {
    const guideDocs = docs.filter((d) => d.kind === 'guide');
    expect(guideDocs.some((d) => d.context.startsWith('Fråga i guiden'))).toBe(true);
    expect(guideDocs.some((d) => d.context.startsWith('Svar i guiden'))).toBe(true);
    for (const d of guideDocs) expect(d.url, d.title).toMatch(/^\/guide\/[a-z-]+$|^\/handbok\/[a-z0-9-]+#.+$/);
  });

  it('förslagens länk till paragrafnyckeln pekar på ett avsnitt som finns', () => {
    expect(docs.map((d) => d.url)).toContain(PARAGRAPH_KEY);
  });

  it('citat skrivs ut som på sidan och knyts till lagrummets id', () => {
    const section = docs.find((d) => d.url.startsWith('/handbok/begangna-brott#') && d.text.includes('10 kap. 21 § OSL'));
    expect(section?.cites).toContain('osl-10-21');
  });
});

describe('sökindexfilen', () => {
  it('har ett namn med innehållets hash och håller sig under 150 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const asset = searchIndexAsset(buildSearchIndex(docs));
    expect(asset.fileName).toMatch(/^assets\/sok-index\.[0-9a-f]{10}\.json$/);
    expect(gzipSync(asset.source, { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
    expect(searchIndexAsset(buildSearchIndex(docs)).fileName).toBe(asset.fileName);
  });
});

describe('synonymtabellen (content/synonymer.ts)', () => {
  it('varje grupp har minst två ord, och inget ord står i två grupper', () => {
    const seen = new Map<string, number>();
    synonymer.forEach((g, i) => {
      expect(g.ord.length, g.ord.join(', ')).toBeGreaterThanOrEqual(2);
      for (const o of g.ord) {
        const key = o.toLowerCase();
        expect(seen.get(key), `"${o}" står i två grupper`).toBeUndefined();
        seen.set(key, i);
      }
    });
  });
});
