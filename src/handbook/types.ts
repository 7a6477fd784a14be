/** Runtime types for handbook chapters (no validation code here: that lives in schema.ts). */

import type { GuideId } from '../engine/guide-ids.ts';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  /** The heading's anchor, identical to the id rehype-slug gives the rendered heading. */
  id: string;
}

/** What every page may know about every chapter (kept small: it is in each page's JavaScript). */
export interface ChapterMeta {
  slug: string;
  title: string;
  order: number;
  granskad: string;
  nastaGranskning: string;
  guider: GuideId[];
}

/** A chapter's frontmatter as its own module exports it. */
export interface ChapterFrontmatterOut {
  title: string;
  summary: string;
  granskad: string;
  granskadAv: string;
  nastaGranskning: string;
}

/** What the build knows about a chapter beyond ChapterMeta. */
export interface ChapterDetails extends ChapterMeta {
  summary: string;
  granskadAv: string;
  lagrum: string[];
  toc: TocEntry[];
  words: number;
}
