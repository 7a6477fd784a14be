import { citing } from 'virtual:handbok-lagrum';
import { kapitel } from 'virtual:handbok';
import type { ChapterMeta } from './types.ts';

/** Chapters that cite a provision, for the provision's own page. */
export function chaptersCiting(id: string): ChapterMeta[] {
  const slugs = citing[id] ?? [];
  return kapitel.filter((c) => slugs.includes(c.slug));
}
