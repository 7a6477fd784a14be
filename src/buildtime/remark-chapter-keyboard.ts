/**
 * Remark plugin for chapters: fewer tab stops and a way back up in a long chapter (issue 10,
 * item 6). A chapter such as "Praktiska situationer" cites the same paragraphs over and over, and
 * every citation's "i" button is one more stop for a keyboard user.
 *
 * - Within one section (from a `##` heading to the next) only the first citation of a provision
 *   gets the button for its summary; later ones are plain links (`upprepad`).
 * - A chapter with at least LONG sections gets a "Till innehållet" link at the end of each section,
 *   back to the chapter's table of contents.
 */
import type { Plugin } from 'unified';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** From this many `##` sections a chapter counts as long. */
const LONG = 4;
/** The id of the table of contents' heading (src/handbook/table-of-contents.tsx). */
export const TOC_HEADING_ID = 'toc-rubrik';

const backToContents = (): Node => ({
  type: 'mdxJsxFlowElement',
  name: 'p',
  attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'to-toc' }],
  children: [
    {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: `#${TOC_HEADING_ID}` }],
      children: [{ type: 'text', value: 'Till innehållet' }],
    },
  ],
});

function markRepeatedCitations(node: Node, seen: Set<string>) {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Lagrum') {
    const id = node.attributes?.find((a) => a.name === 'id')?.value;
    if (typeof id === 'string') {
      if (seen.has(id)) node.attributes?.push({ type: 'mdxJsxAttribute', name: 'upprepad', value: null });
      seen.add(id);
    }
  }
  for (const child of node.children ?? []) markRepeatedCitations(child, seen);
}

export const remarkChapterKeyboard: Plugin = () => (tree, file) => {
  if (!/[/\\]content[/\\]handbok[/\\]/.test(file.path ?? '')) return;
  const root = tree as unknown as Node;
  const blocks = root.children ?? [];
  const isSection = (n: Node) => n.type === 'heading' && n.depth === 2;
  const long = blocks.filter(isSection).length >= LONG;

  let seen = new Set<string>();
  let sections = 0;
  const out: Node[] = [];
  for (const block of blocks) {
    if (isSection(block)) {
      if (long && sections > 0) out.push(backToContents());
      sections++;
      seen = new Set();
    }
    markRepeatedCitations(block, seen);
    out.push(block);
  }
  if (long) out.push(backToContents());
  root.children = out;
};
