/**
 * MDX as data at build time (Node only): parse with the real MDX parser and read plain text, with
 * each <Lagrum id> written out as its citation, so extracted text (review export, search, the path
 * book) reads as the page does.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lagrum } from '../../content/lagrum.ts';
import { readLocalSettings } from './local-settings.ts';

const localValues: Record<string, string> = readLocalSettings().settings ?? {};

export interface MdastNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

export const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] });

/**
 * Plain text of a node with each <Lagrum id> written out as its citation ("10 kap. 21 § OSL") and
 * each <Lokalt falt> as the municipality's setting, so extracted text (review export, search) reads
 * as the page does.
 */
export function plainText(node: MdastNode): string {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Lagrum') {
    const id = attr(node, 'id');
    return id && id in lagrum ? lagrum[id as keyof typeof lagrum].citation : '';
  }
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Lokalt') {
    return localValues[attr(node, 'falt') ?? ''] ?? '';
  }
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  const parts = (node.children ?? []).map(plainText);
  const block = ['paragraph', 'listItem', 'heading', 'tableRow', 'mdxJsxFlowElement'].includes(node.type);
  return block ? `${parts.join('')} ` : parts.join('');
}

export function attr(node: MdastNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

export function walk(node: MdastNode, visit: (n: MdastNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The text of an MDX source as a reader sees it: one line per paragraph, list item or heading. */
export function mdxPlainText(source: string): string {
  const tree = processor.parse(source) as unknown as MdastNode;
  const lines: string[] = [];
  const visit = (node: MdastNode, prefix: string) => {
    if (['paragraph', 'heading', 'tableRow'].includes(node.type)) {
      lines.push(prefix + plainText(node).replace(/\s+/g, ' ').trim());
      return;
    }
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') return;
    const itemPrefix = node.type === 'listItem' ? '- ' : prefix;
    (node.children ?? []).forEach((child, i) => visit(child, node.type === 'listItem' && i > 0 ? '  ' : itemPrefix));
  };
  visit(tree, '');
  return lines.filter((l) => l.trim() !== '').join('\n');
}
