/**
 * Chapter list and chapter bodies. Each body is its own lazily loaded chunk, loaded only when the
 * user navigates to a chapter inside the app; on a first visit the prerendered HTML is kept as is
 * (see chapter-content.tsx), so no chapter text is downloaded twice.
 */
import type { ComponentType } from 'react';
import type { MDXProps } from 'mdx/types';
import { kapitel } from 'virtual:handbok';
import type { ChapterFrontmatterOut, ChapterMeta, TocEntry } from './types.ts';
import { ssrChapters } from '../prerender/ssr-modules.ts';

export interface ChapterModule {
  default: ComponentType<MDXProps>;
  toc: TocEntry[];
  frontmatter: ChapterFrontmatterOut;
}

// While prerendering, every chapter is already loaded (src/prerender/ssr-modules.ts); a lazy glob
// there would only make the bundler warn that the dynamic imports cannot split anything.
const loaders = import.meta.env.SSR ? {} : import.meta.glob<ChapterModule>('../../content/handbok/*.mdx');

const bySlug = new Map(Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.mdx$/, ''), load]));

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
