/**
 * Rehype plugin: wraps every table in a scroll container that keyboard users can reach and that
 * has a name (WCAG 1.4.10 reflow, 2.1.1 keyboard): at 320 px a wide table scrolls inside its own
 * box instead of widening the whole page. The box is named by the heading above the table.
 * Runs after rehype-slug, which gives the headings their ids.
 */
import type { Plugin } from 'unified';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);

export const rehypeTableScroll: Plugin = () => (tree) => {
  let heading: string | undefined;
  const visit = (node: HastNode) => {
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === 'element' && child.tagName && HEADINGS.has(child.tagName) && typeof child.properties?.id === 'string') {
        heading = child.properties.id;
      }
      if (child.type === 'element' && child.tagName === 'table') {
        children[i] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ...(heading ? { ariaLabelledBy: heading } : { ariaLabel: 'Tabell' }),
          },
          children: [child],
        };
        continue;
      }
      visit(child);
    }
  };
  visit(tree as unknown as HastNode);
};
