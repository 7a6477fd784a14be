/**
 * Headings → table of contents, with the same anchors rehype-slug gives the rendered headings
 * (github-slugger over the heading's text). Shared by the build-time scanner and the MDX plugin,
 * so the anchors that search, links and the TOC use are one and the same.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { TocEntry } from '../handbook/types.ts';

interface HeadingLike {
  type: string;
  depth?: number;
  children?: unknown[];
}

export function tocFromTree(tree: { children?: HeadingLike[] }): (TocEntry & { depth: number })[] {
  const slugger = new GithubSlugger();
  const entries: (TocEntry & { depth: number })[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'heading') continue;
    const text = toString(node as never).trim();
    entries.push({ depth: node.depth as 2 | 3, text, id: slugger.slug(text) });
  }
  return entries;
}
