/**
 * Reads every chapter in content/handbok at build time (Node only): validates the frontmatter,
 * and extracts what pages, tests and (later) search need without running the MDX — headings with
 * their anchors, cited provisions, glossary terms, guide links and internal links.
 *
 * Anchors are made with github-slugger from the heading's text, the same way rehype-slug makes the
 * ids in the rendered page, so a table of contents or a search hit always lands on its section.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chapterFrontmatter, describeIssues, normaliseYamlDates, type ChapterFrontmatter } from '../handbook/schema.ts';
import type { ChapterDetails, TocEntry } from '../handbook/types.ts';
import { tocFromTree } from './toc.ts';
import { attr, plainText, processor, walk, type MdastNode } from './mdx-text.ts';
import { LOCAL_FIELDS } from './local-settings.ts';

export interface Located {
  value: string;
  line: number;
}

export interface ChapterScan extends ChapterDetails {
  /** Path relative to the project root, for messages. */
  file: string;
  lagrumUsed: Located[];
  termsUsed: Located[];
  guidesUsed: Located[];
  /** Internal links (href starting with "/"), from markdown links and JSX href/to props. */
  links: Located[];
  /** Text of every <KontrolleraMedJurist> box, for the review export and the closing note. */
  juristPoints: Located[];
  /** Plain text of each section, for search. */
  sections: { id: string; heading: string; text: string }[];
}

export interface HandbookScan {
  chapters: ChapterScan[];
  /** Frontmatter and structure errors, each naming file and field. Empty when all is well. */
  errors: string[];
}


export function scanChapter(root: string, path: string, source: string): { chapter?: ChapterScan; errors: string[] } {
  const file = relative(root, path);
  const slug = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const errors: string[] = [];
  let tree: MdastNode;
  try {
    tree = processor.parse(source) as unknown as MdastNode;
  } catch (e) {
    return { errors: [`${file} — MDX kan inte tolkas: ${(e as Error).message}`] };
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) errors.push(`${file} — filnamn: använd små bokstäver a–z, siffror och bindestreck`);

  const yamlNode = tree.children?.find((n) => n.type === 'yaml');
  let fm: ChapterFrontmatter | undefined;
  if (!yamlNode) {
    errors.push(`${file} — frontmatter: saknas (filen ska börja med ---)`);
  } else {
    let raw: unknown;
    try {
      raw = normaliseYamlDates(parseYaml(yamlNode.value ?? ''));
    } catch (e) {
      errors.push(`${file} — frontmatter: ogiltig YAML: ${(e as Error).message}`);
    }
    if (raw !== undefined) {
      const parsed = chapterFrontmatter.safeParse(raw ?? {});
      if (parsed.success) fm = parsed.data;
      else errors.push(...describeIssues(file, parsed.error));
    }
  }

  const headings = tocFromTree(tree as never);
  const toc: TocEntry[] = headings.filter((h): h is TocEntry => h.depth === 2 || h.depth === 3);
  let headingIndex = 0;
  const sections: ChapterScan['sections'] = [{ id: '', heading: '', text: '' }];
  const lagrumUsed: Located[] = [];
  const termsUsed: Located[] = [];
  const guidesUsed: Located[] = [];
  const links: Located[] = [];
  const juristPoints: Located[] = [];
  let words = 0;

  for (const block of tree.children ?? []) {
    if (block.type === 'yaml' || block.type === 'mdxjsEsm') continue;
    if (block.type === 'heading') {
      const { id, text } = headings[headingIndex++];
      if (block.depth === 1) errors.push(`${file}:${block.position?.start.line} — rubrik: använd ## och ###; titeln är redan h1`);
      sections.push({ id, heading: text, text: '' });
    } else {
      const text = plainText(block).replace(/\s+/g, ' ').trim();
      sections[sections.length - 1].text += (sections[sections.length - 1].text ? ' ' : '') + text;
    }
  }

  walk(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'text' || node.type === 'inlineCode') words += (node.value ?? '').split(/\s+/).filter(Boolean).length;
    if (node.type === 'link' && node.url?.startsWith('/')) links.push({ value: node.url, line });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = attr(node, 'id');
      if (node.name === 'Lagrum') {
        if (id) lagrumUsed.push({ value: id, line });
        else errors.push(`${file}:${line} — <Lagrum>: saknar id`);
      }
      if (node.name === 'Term') {
        if (id) termsUsed.push({ value: id, line });
        else errors.push(`${file}:${line} — <Term>: saknar id`);
      }
      if (node.name === 'GuideLink') {
        const guide = attr(node, 'guide');
        if (guide) guidesUsed.push({ value: guide, line });
        else errors.push(`${file}:${line} — <GuideLink>: saknar guide`);
      }
      if (node.name === 'Lokalt') {
        const falt = attr(node, 'falt');
        if (!falt || !(LOCAL_FIELDS as readonly string[]).includes(falt)) {
          errors.push(`${file}:${line} — <Lokalt falt="${falt ?? ''}">: ingen sådan lokal inställning (content/lokalt.ts)`);
        }
      }
      if (node.name === 'KontrolleraMedJurist') juristPoints.push({ value: plainText(node).replace(/\s+/g, ' ').trim(), line });
      for (const key of ['href', 'to']) {
        const href = attr(node, key);
        if (href?.startsWith('/')) links.push({ value: href, line });
      }
    }
  });

  if (fm) {
    const used = new Set(lagrumUsed.map((l) => l.value));
    const declared = new Set(fm.lagrum);
    for (const id of used) if (!declared.has(id)) errors.push(`${file} — lagrum: "${id}" används i texten men saknas i frontmatter`);
    for (const id of declared) if (!used.has(id)) errors.push(`${file} — lagrum: "${id}" står i frontmatter men används inte i texten`);
  }
  if (!fm) return { errors };
  const chapter: ChapterScan = {
    slug,
    title: fm.title,
    summary: fm.summary,
    order: fm.order,
    lagrum: fm.lagrum,
    granskad: fm.granskad,
    granskadAv: fm.granskadAv,
    nastaGranskning: fm.nastaGranskning,
    guider: fm.guider,
    toc,
    words,
    file,
    lagrumUsed,
    termsUsed,
    guidesUsed,
    links,
    juristPoints,
    sections: sections.filter((s) => s.text || s.heading),
  };
  return { chapter, errors };
}

/** Scan every chapter; also checks that `order` is unique. */
export function scanHandbook(root: string, dir = join(root, 'content/handbok')): HandbookScan {
  const errors: string[] = [];
  const chapters: ChapterScan[] = [];
  if (!existsSync(dir)) return { chapters, errors: [`${relative(root, dir)} — mappen saknas`] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const path = join(dir, name);
    const result = scanChapter(root, path, readFileSync(path, 'utf8'));
    errors.push(...result.errors);
    if (result.chapter) chapters.push(result.chapter);
  }
  const byOrder = new Map<number, string>();
  for (const c of chapters) {
    const other = byOrder.get(c.order);
    if (other) errors.push(`${c.file} — order: ${c.order} används redan av ${other}`);
    byOrder.set(c.order, c.file);
  }
  chapters.sort((a, b) => a.order - b.order);
  return { chapters, errors };
}
