/**
 * Remark plugin: adds `export const toc = [...]` to each chapter, so a chapter's table of contents
 * travels with its own lazily loaded chunk instead of sitting in every page's JavaScript.
 */
import type { Plugin } from 'unified';
import { valueToEstree } from 'estree-util-value-to-estree';
import { tocFromTree } from './toc.ts';

export const remarkExportToc: Plugin = () => (tree) => {
  const root = tree as unknown as { children: unknown[] };
  const toc = tocFromTree(root as never).filter((h) => h.depth === 2 || h.depth === 3);
  root.children.push({
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            source: null,
            attributes: [],
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: 'toc' }, init: valueToEstree(toc) }],
            },
          },
        ],
      },
    },
  });
};
