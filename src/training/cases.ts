/**
 * Training cases for the site. Loaded eagerly, but only by the /ovningsfall routes, so no other
 * page carries them.
 */
import type { ComponentType } from 'react';
import type { MDXProps } from 'mdx/types';
import type { CaseContent } from './case-schema.ts';

interface CaseModule {
  default: ComponentType<MDXProps>;
  frontmatter: CaseContent;
}

const modules = import.meta.glob<CaseModule>('../../content/ovningsfall/*.mdx', { eager: true });

export const cases = Object.entries(modules)
  .map(([path, m]) => ({ id: path.replace(/^.*\//, '').replace(/\.mdx$/, ''), ...m }))
  .sort((a, b) => a.frontmatter.guide.localeCompare(b.frontmatter.guide) || a.id.localeCompare(b.id));

export function caseById(id: string | undefined) {
  return cases.find((c) => c.id === id);
}
