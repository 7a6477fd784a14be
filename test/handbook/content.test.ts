import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/buildtime/content-check.ts';
import { scanChapter } from '../../src/buildtime/handbook-source.ts';
import { lagrum } from '../../content/lagrum.ts';
import { ordlista } from '../../content/ordlista.ts';

const root = process.cwd();
const report = checkContent(root);

const scan = (frontmatter: string, body = '## Rubrik\n\nText med <Lagrum id="osl-26-1" />.') =>
  scanChapter(root, `${root}/content/handbok/prov.mdx`, `---\n${frontmatter}\n---\n\n${body}\n`);

const valid = [
  'title: "Provkapitel"',
  'summary: "En sammanfattning som är tillräckligt lång."',
  'order: 99',
  'lagrum: [osl-26-1]',
  'granskad: 2026-11-22',
  'granskadAv: "Redaktionen"',
  'nastaGranskning: 2027-05-22',
].join('\n');

describe('handbokens innehåll', () => {
  it('har inga fel i något kapitel: frontmatter, lagrum, termer och interna länkar', () => {
    expect(report.errors).toEqual([]);
  });

  it('har alla kapitel som handboken ska ha, med de tre grundkapitlen först i ordningen', () => {
    const slugs = report.chapters.map((c) => c.slug);
    for (const s of ['grunderna', 'samtycke', 'roc-avtalet', 'lagandringar']) expect(slugs).toContain(s);
    expect(report.chapters.length).toBeGreaterThanOrEqual(19);
  });

  it('har minst 800 ord i varje sakkapitel (400 i introduktionen)', () => {
    const short = report.chapters.filter((c) => !['sa-anvander-du-guiden', 'lagandringar'].includes(c.slug) && c.words < 800);
    expect(short.map((c) => `${c.slug}: ${c.words}`)).toEqual([]);
    expect(report.chapters.find((c) => c.slug === 'sa-anvander-du-guiden')!.words).toBeGreaterThanOrEqual(400);
  });

  it('citerar bara lagrum som finns i registret', () => {
    const cited = report.chapters.flatMap((c) => c.lagrumUsed.map((l) => l.value));
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((id) => !(id in lagrum))).toEqual([]);
  });

  it('länkar bara till begrepp som finns i ordlistan', () => {
    const ids = new Set(ordlista.map((t) => t.id));
    expect(report.chapters.flatMap((c) => c.termsUsed.map((t) => t.value)).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('ger varje rubrik ett unikt ankare inom kapitlet', () => {
    for (const c of report.chapters) {
      const ids = c.toc.map((t) => t.id);
      expect(new Set(ids).size, c.slug).toBe(ids.length);
    }
  });
});

describe('frontmatter-schemat', () => {
  it('godtar ett korrekt kapitel och fyller i standardvärden', () => {
    const { chapter, errors } = scan(valid);
    expect(errors).toEqual([]);
    expect(chapter?.guider).toEqual([]);
    expect(chapter?.toc).toEqual([{ depth: 2, text: 'Rubrik', id: 'rubrik' }]);
  });

  it('namnger fil och fält när ett fält saknas', () => {
    const { errors } = scan(valid.replace(/^granskad: .*$/m, ''));
    expect(errors).toContain('content/handbok/prov.mdx — granskad: saknas');
  });

  it('namnger fil och fält när ett datum är fel', () => {
    const { errors } = scan(valid.replace('nastaGranskning: 2027-05-22', 'nastaGranskning: "snart"'));
    expect(errors.join('\n')).toMatch(/prov\.mdx — nastaGranskning: ska vara ett datum/);
  });

  it('avvisar okända fält och okända guider', () => {
    const { errors } = scan(`${valid}\nforfattare: "X"\nguider: [okand]`);
    expect(errors.join('\n')).toMatch(/prov\.mdx — \(frontmatter\)|forfattare/);
    expect(errors.join('\n')).toMatch(/guider\.0/);
  });

  it('kräver att frontmatterns lagrum stämmer med texten', () => {
    const { errors } = scan(valid, '## Rubrik\n\nText med <Lagrum id="osl-10-21" />.');
    expect(errors).toContain('content/handbok/prov.mdx — lagrum: "osl-10-21" används i texten men saknas i frontmatter');
    expect(errors).toContain('content/handbok/prov.mdx — lagrum: "osl-26-1" står i frontmatter men används inte i texten');
  });

  it('stoppar h1 i texten, eftersom titeln redan är h1', () => {
    const { errors } = scan(valid, '# Fel\n\n## Rubrik\n\nText med <Lagrum id="osl-26-1" />.');
    expect(errors.join('\n')).toMatch(/rubrik: använd ## och ###/);
  });
});
