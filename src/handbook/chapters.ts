/**
 * Chapter list and chapter bodies. Each body is its own lazily loaded chunk, loaded only when the
 * user navigates to a chapter inside the app; on a first visit the prerendered HTML is kept as is
 * (see chapter-content.tsx), so no chapter text is downloaded twice.
 */
import type { ComponentType } from 'react';
import type { MDXComponents, MDXProps } from 'mdx/types';
import { kapitel } from 'virtual:handbok';
import type { ChapterFrontmatterOut, ChapterMeta, TocEntry } from './types.ts';
import { ssrChapters } from '../prerender/ssr-modules.ts';

/** A chapter's compiled MDX file. */
export interface ChapterSource {
  default: ComponentType<MDXProps>;
  toc: TocEntry[];
  frontmatter: ChapterFrontmatterOut;
}

/** A chapter ready to render: its MDX and the components it may use. */
export interface ChapterModule extends ChapterSource {
  components: MDXComponents;
}

// While prerendering, every chapter is already loaded (src/prerender/ssr-modules.ts); a lazy glob
// there would only make the bundler warn that the dynamic imports cannot split anything.
const loaders = import.meta.env.SSR ? {} : import.meta.glob<ChapterSource>('../../content/handbok/*.mdx');

// The components load with the chapter, not with the page: a first visit keeps the prerendered
// HTML and needs neither (see chapter-content.tsx), which keeps them out of its first-load budget.
const withComponents = (load: () => Promise<ChapterSource>) => () =>
  Promise.all([load(), import('../components/mdx-components.tsx')]).then(
    ([chapter, { mdxComponents }]): ChapterModule => ({ ...chapter, components: mdxComponents }),
  );

const bySlug = new Map(
  Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.mdx$/, ''), withComponents(load)]),
);

export function chapterLoader(slug: string): (() => Promise<ChapterModule>) | undefined {
  if (import.meta.env.SSR) {
    const loaded = ssrChapters.get(slug);
    return loaded ? () => Promise.resolve(loaded) : undefined;
  }
  return bySlug.get(slug);
}

export function chapterBySlug(slug: string | undefined): ChapterMeta | undefined {
  return kapitel.find((c) => c.slug === slug);
}

/** The earliest `granskad` date across all chapters: the content is at least this fresh. */
export function oldestReview(): string | undefined {
  return kapitel.map((c) => c.granskad).sort()[0];
}

export { kapitel };
