/**
 * Every searchable thing on the site, read at build time from the same sources the pages use:
 * the one chapter scan (one document per section, with the anchor the page really has), each
 * guide's overview, questions and outcomes, the provision registry, the glossary and the training
 * cases. Nothing here is kept by hand: a new chapter, section, guide node, provision, term or case
 * is searchable after the next build.
 */
import { lagrum } from '../../content/lagrum.ts';
import { ordlista } from '../../content/ordlista.ts';
import type { Provision } from '../law/types.ts';
import type { SearchSource } from '../search/types.ts';
import { openingOf } from '../search/text.ts';
import type { ChapterScan } from './handbook-source.ts';
import { mdxPlainText as mdxLines } from './mdx-text.ts';
import { sharedHandbookScan } from './handbook-scan.ts';
import { readGuide, type GuideSource } from './guide-source.ts';
import { guideIds } from './guide-list.ts';
import { readCases, type CaseSource } from './case-source.ts';

/** An MDX body as one line of plain text. */
const mdxPlainText = (source: string) => mdxLines(source).replace(/\s+/g, ' ').trim();

/** Sections that only list links onwards; every chapter has one and they would match everything. */
const LINK_LIST_HEADING = /^läs mer\b/i;

/** A document before its excerpt and citations are filled in from its text. */
type Draft = Omit<SearchSource, 'excerpt' | 'cites'> & { cites?: string[] };

export function chapterDocuments(chapters: ChapterScan[]): Draft[] {
  const docs: Draft[] = [];
  for (const c of chapters) {
    // An h3 also answers to its h2 ("Vem ska samtycka?" → "Barn och vårdnadshavare").
    const parent = new Map<string, string>();
    let h2 = '';
    for (const t of c.toc) {
      if (t.depth === 2) h2 = t.text;
      else parent.set(t.id, h2);
    }
    for (const s of c.sections) {
      if (LINK_LIST_HEADING.test(s.heading)) continue;
      const intro = s.id === '';
      docs.push({
        kind: 'avsnitt',
        url: intro ? `/handbok/${c.slug}` : `/handbok/${c.slug}#${s.id}`,
        title: intro ? c.title : s.heading,
        context: intro ? 'Kapitel' : c.title,
        keywords: [c.title, parent.get(s.id) ?? ''].filter(Boolean).join(' · '),
        text: intro ? `${c.summary} ${s.text}` : s.text,
      });
    }
  }
  return docs;
}

const citationsIn = (mdx: string) => [...mdx.matchAll(/<Lagrum\s+id="([^"]+)"/g)].map((m) => m[1]);

/**
 * Where an outcome is explained: the section of its first "läs mer" chapter that cites the
 * outcome's first provision most often. A search hit on an outcome lands there (or on the guide's
 * overview), never inside a walk whose earlier answers the reader has not given.
 */
function explainingSection(outcomeBody: string, lasMer: string[], chapters: ChapterScan[]): { url: string; chapter: string } | undefined {
  const first = citationsIn(outcomeBody)[0];
  const citation = first && first in lagrum ? lagrum[first as keyof typeof lagrum].citation : undefined;
  if (!citation) return undefined;
  for (const slug of lasMer) {
    const chapter = chapters.find((c) => c.slug === slug);
    if (!chapter) continue;
    let best: { id: string; count: number } | undefined;
    for (const s of chapter.sections) {
      const count = s.text.split(citation).length - 1;
      if (s.id && count > (best?.count ?? 0)) best = { id: s.id, count };
    }
    if (best) return { url: `/handbok/${slug}#${best.id}`, chapter: chapter.title };
  }
  return undefined;
}

export function guideDocuments(guide: GuideSource, chapters: ChapterScan[]): Draft[] {
  const overview = `/guide/${guide.id}`;
  const title = guide.index.titel;
  const docs: Draft[] = [
    {
      kind: 'guide',
      url: overview,
      title,
      context: 'Beslutsguide',
      keywords: `beslutsguide · ${guide.index.forVem}`,
      text: `${guide.index.beskrivning} ${mdxPlainText(guide.index.body)}`,
    },
  ];
  for (const q of Object.values(guide.questions)) {
    docs.push({
      kind: 'guide',
      url: overview,
      title: q.rubrik,
      context: `Fråga i guiden ”${title}”`,
      keywords: [...Object.values(q.svar), ...Object.values(q.svarTips ?? {})].join(' · '),
      text: mdxPlainText(q.body),
    });
  }
  for (const o of Object.values(guide.outcomes)) {
    const explained = explainingSection(o.body, o.lasMer, chapters);
    docs.push({
      kind: 'guide',
      url: explained?.url ?? overview,
      title: o.rubrik,
      context: explained ? `Svar i guiden ”${title}”, förklaras i ”${explained.chapter}”` : `Svar i guiden ”${title}”`,
      keywords: [o.omfattning.vad, o.omfattning.till].join(' · '),
      text: [mdxPlainText(o.body), o.omfattning.initiativ, o.omfattning.hur].join(' '),
    });
  }
  return docs;
}

/** The date a renumbered provision got its number: its own law's first dated change. */
function movedOn(p: Provision): string | undefined {
  if (!p.former) return undefined;
  return p.history?.filter((h) => h.sfs === p.sfs).map((h) => h.date).sort()[0];
}

export function provisionDocuments(): Draft[] {
  return (Object.entries(lagrum) as [string, Provision][]).map(([id, p]) => ({
    kind: 'lagrum',
    url: `/lagrum/${id}`,
    title: `${p.citation} – ${p.title}`,
    context: p.law,
    lagrum: { id, citation: p.citation, law: p.law, former: p.former?.citation, movedOn: movedOn(p) },
    cites: [id],
    keywords: [p.former ? `tidigare ${p.former.citation}` : '', p.breaking?.to ?? ''].filter(Boolean).join(' · '),
    text: [p.summary, p.breaking?.when ?? '', p.caveat ?? ''].filter(Boolean).join(' '),
  }));
}

export function glossaryDocuments(): Draft[] {
  return ordlista.map((t) => ({
    kind: 'ordlista',
    url: `/ordlista#${t.id}`,
    title: t.term,
    context: 'Ordlista',
    keywords: (t.synonymer ?? []).join(' · '),
    text: t.definition,
    cites: t.lagrum ?? [],
  }));
}

export function caseDocuments(cases: CaseSource[], guideTitles: Map<string, string>): Draft[] {
  return cases.map((c) => ({
    kind: 'ovningsfall',
    url: `/ovningsfall/${c.id}`,
    title: c.titel,
    context: `Övningsfall till ”${guideTitles.get(c.guide) ?? c.guide}”`,
    keywords: `övningsfall · ${guideTitles.get(c.guide) ?? ''}`,
    text: [mdxPlainText(c.body), ...c.diskussion].join(' '),
    cites: c.forvantat.lagrum,
  }));
}

/** Each citation as the extracted text writes it, with the id it stands for. */
const CITATIONS = (Object.entries(lagrum) as [string, Provision][]).map(([id, p]) => ({
  id,
  pattern: new RegExp(`(?<![\\d\\p{L}])${p.citation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
}));

/** The provisions a text cites, found by their written-out citations ("10 kap. 21 § OSL"). */
function citedIn(text: string): string[] {
  return CITATIONS.filter((c) => c.pattern.test(text)).map((c) => c.id);
}

/** All documents, in a stable order, plus any content errors met on the way. */
export function searchDocuments(root = process.cwd()): { docs: SearchSource[]; errors: string[] } {
  const scan = sharedHandbookScan(root);
  const errors = [...scan.errors];
  const guides: GuideSource[] = [];
  for (const id of guideIds(root)) {
    const { guide, errors: e } = readGuide(root, id);
    errors.push(...e);
    if (guide) guides.push(guide);
  }
  const { cases, errors: caseErrors } = readCases(root);
  errors.push(...caseErrors);
  const guideTitles = new Map(guides.map((g) => [g.id, g.index.titel]));
  const drafts = [
    ...chapterDocuments(scan.chapters),
    ...guides.flatMap((g) => guideDocuments(g, scan.chapters)),
    ...provisionDocuments(),
    ...glossaryDocuments(),
    ...caseDocuments(cases, guideTitles),
  ];
  const docs = drafts.map((d) => ({
    ...d,
    excerpt: openingOf(d.text),
    cites: [...new Set([...(d.cites ?? []), ...citedIn(d.text)])],
  }));
  return { docs, errors };
}
