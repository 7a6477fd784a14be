/**
 * GFM tables give their cells an `align` property, which MDX turns into `style="text-align:…"`.
 * The Content-Security-Policy (issue 12) allows no inline styles, so the alignment travels as a
 * class instead (`align-center`, `align-right`; left is the default in global.css).
 */
import type { Element, Root, RootContent } from 'hast';

function alignAsClass(node: Element): void {
  const align = node.properties.align;
  if (align === undefined) return;
  delete node.properties.align;
  if (align === 'center' || align === 'right') {
    const existing = node.properties.className;
    const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? [existing] : [];
    node.properties.className = [...classes, `align-${align}`];
  }
}

// Walks every node with children, not only elements: MDX puts tables inside JSX components too.
function walk(nodes: RootContent[]): void {
  for (const node of nodes) {
    if (node.type === 'element' && (node.tagName === 'th' || node.tagName === 'td')) alignAsClass(node);
    if ('children' in node) walk(node.children as RootContent[]);
  }
}

export function rehypeTableAlign() {
  return (tree: Root) => walk(tree.children);
}
