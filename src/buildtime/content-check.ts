/**
 * All content checks in one place, shared by `node scripts/check-content.mjs` and the unit tests:
 * frontmatter (via the scanner), provision ids, glossary terms, guide links and every internal link
 * (path and #anchor) in every chapter.
 */
import { scanHandbook, type ChapterScan } from './handbook-source.ts';
import { lagrum } from '../../content/lagrum.ts';
import { ordlista } from '../../content/ordlista.ts';
import { GUIDE_IDS } from '../engine/guide-ids.ts';
import { checkGuides } from './guide-check.ts';
import { readCases } from './case-source.ts';

export interface ContentReport {
  chapters: ChapterScan[];
  errors: string[];
}

const STATIC_PAGES = new Set(['/', '/handbok', '/lagrum', '/ordlista', '/om', '/om/andringar', '/guide', '/ovningsfall']);

export function checkContent(root = process.cwd()): ContentReport {
  const { chapters, errors } = scanHandbook(root);
  const guides = new Set<string>(GUIDE_IDS);
  const termIds = new Set(ordlista.map((t) => t.id));
  const anchors = new Map(chapters.map((c) => [c.slug, new Set(c.toc.map((t) => t.id))]));

  const checkLink = (c: ChapterScan, href: string, line: number) => {
    const [path, hash] = href.split('#');
    const clean = path.replace(/\/$/, '') || '/';
    const fail = (why: string) => errors.push(`${c.file}:${line} — länk ${href}: ${why}`);
    let m: RegExpMatchArray | null;
    if ((m = clean.match(/^\/handbok\/([^/]+)$/))) {
      const target = anchors.get(m[1]);
      if (!target) return fail('kapitlet finns inte');
      if (hash && !target.has(decodeURIComponent(hash))) fail(`rubriken #${hash} finns inte i kapitlet`);
    } else if ((m = clean.match(/^\/lagrum\/([^/]+)$/))) {
      if (!(m[1] in lagrum)) fail('lagrummet finns inte i registret');
    } else if ((m = clean.match(/^\/guide\/([^/]+)(\/fragor)?$/))) {
      if (!guides.has(m[1])) fail('guiden finns inte');
    } else if (clean === '/ordlista' && hash) {
      if (!termIds.has(decodeURIComponent(hash))) fail(`begreppet #${hash} finns inte i ordlistan`);
    } else if (!STATIC_PAGES.has(clean)) {
      fail('sidan finns inte');
    }
  };

  for (const c of chapters) {
    for (const l of c.lagrumUsed) if (!(l.value in lagrum)) errors.push(`${c.file}:${l.line} — <Lagrum id="${l.value}">: okänt lagrum`);
    for (const t of c.termsUsed) if (!termIds.has(t.value)) errors.push(`${c.file}:${t.line} — <Term id="${t.value}">: okänd term`);
    for (const g of c.guidesUsed) if (!guides.has(g.value)) errors.push(`${c.file}:${g.line} — <GuideLink guide="${g.value}">: guiden finns inte`);
    for (const l of c.links) checkLink(c, l.value, l.line);
  }
  return { chapters, errors };
}

export function main(): number {
  const { chapters, errors } = checkContent(process.cwd());
  const guideReport = checkGuides();
  errors.push(...guideReport.errors);
  const caseReport = readCases();
  errors.push(...caseReport.errors);
  for (const g of guideReport.guides) console.log(`content/guider/${g.id}: ${Object.keys(g.questions).length} frågor, ${Object.keys(g.outcomes).length} utfall`);
  for (const c of chapters) console.log(`${c.file}: ${c.words} ord, ${c.lagrumUsed.length} hänvisningar till lagrum`);
  if (errors.length) {
    console.error(`\n${errors.length} fel:\n  ${errors.join('\n  ')}`);
    return 1;
  }
  console.log(`\nInga fel i ${chapters.length} kapitel, ${guideReport.guides.length} guider och ${caseReport.cases.length} övningsfall.`);
  return 0;
}
