/**
 * Reads one content file's YAML frontmatter and validates it against a zod schema (Node only).
 * Shared by the guide and training-case readers; errors name file and field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { describeIssues, normaliseYamlDates } from '../handbook/schema.ts';

// Files saved on Windows have CRLF line endings, and some editors add a byte-order mark; both are
// normal for the lawyers and editors who change content, so both are accepted.
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The validated frontmatter plus the body after it, or undefined with the problems pushed to `errors`. */
export function readFrontmatterFile<S extends z.ZodTypeAny>(
  root: string,
  path: string,
  schema: S,
  errors: string[],
): (z.infer<S> & { body: string }) | undefined {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const m = FRONTMATTER.exec(source);
  if (!m) {
    errors.push(`${file} — frontmatter: ${missingFrontmatterReason(source)}`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = normaliseYamlDates(parseYaml(m[1]));
  } catch (e) {
    errors.push(`${file} — frontmatter: ogiltig YAML: ${(e as Error).message}`);
    return undefined;
  }
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    errors.push(...describeIssues(file, parsed.error));
    return undefined;
  }
  return { ...(parsed.data as object), body: source.slice(m[0].length).trim() } as z.infer<S> & { body: string };
}

/** Why no frontmatter was found, in words an editor can act on. */
function missingFrontmatterReason(source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') return 'saknas (filen är tom)';
  if (!/^---\r?\n/.test(text)) {
    const first = text.split(/\r?\n/, 1)[0].slice(0, 40);
    return `saknas (filen ska börja med en rad med bara ---, men första raden är "${first}")`;
  }
  return 'saknar sitt slut (en rad med bara --- efter fälten)';
}
