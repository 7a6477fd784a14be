/**
 * The frontmatter schema of a handbook chapter (`content/handbok/*.mdx`).
 * Used at build time (the content plugin fails the build on any error) and by the tests.
 * Every field has a comment saying what it is for; `docs/innehall.md` is the editor's version.
 */
import { z } from 'zod';
import { GUIDE_IDS } from '../engine/guide-ids.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'är inte ett giltigt datum');

export const chapterFrontmatter = z
  .object({
    /** Chapter heading (h1), plain text. */
    title: z.string().min(3, 'saknas eller är för kort'),
    /** "I korthet": two sentences, verdict first; shown under the heading and in lists. */
    summary: z.string().min(20, 'saknas eller är för kort (skriv två meningar)'),
    /** Position in the chapter list; unique across chapters. */
    order: z.number().int('ska vara ett heltal').positive('ska vara större än 0'),
    /** Every provision id cited with <Lagrum> in the text — exactly those. */
    lagrum: z.array(z.string()).default([]),
    /** Date of the last review (YAML date or "ÅÅÅÅ-MM-DD"). */
    granskad: isoDate,
    /** Who reviewed, against what; say honestly when no lawyer has. */
    granskadAv: z.string().min(3, 'saknas'),
    /** When the chapter is due for its next review; a past date shows a notice. */
    nastaGranskning: isoDate,
    /** Decision guides that apply this chapter. */
    guider: z.array(z.enum(GUIDE_IDS)).default([]),
  })
  .strict()
  .refine((fm) => fm.nastaGranskning > fm.granskad, {
    message: 'måste vara senare än granskad',
    path: ['nastaGranskning'],
  });

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;

/**
 * YAML turns `2026-11-22` into a Date. Normalise Dates back to ISO strings so editors may write
 * dates with or without quotes.
 */
export function normaliseYamlDates(data: unknown): unknown {
  if (data instanceof Date) return data.toISOString().slice(0, 10);
  if (Array.isArray(data)) return data.map(normaliseYamlDates);
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, normaliseYamlDates(v)]));
  }
  return data;
}

/** "content/handbok/x.mdx — granskad: ska vara ett datum ÅÅÅÅ-MM-DD" for every issue. */
export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'saknas' : issue.message;
    return `${file} — ${field}: ${message}`;
  });
}
