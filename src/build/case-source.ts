/** Reads and validates the training cases at build and test time (Node only). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { caseSchema, type CaseContent } from '../guide/case-schema.ts';
import { describeIssues, normaliseYamlDates } from '../handbook/schema.ts';

export interface CaseSource extends CaseContent {
  id: string;
  file: string;
  body: string;
}

export function readCases(root = process.cwd()): { cases: CaseSource[]; errors: string[] } {
  const dir = join(root, 'content/ovningsfall');
  const cases: CaseSource[] = [];
  const errors: string[] = [];
  if (!existsSync(dir)) return { cases, errors };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx')).sort()) {
    const path = join(dir, f);
    const file = relative(root, path);
    const source = readFileSync(path, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
    if (!m) {
      errors.push(`${file} — frontmatter: saknas`);
      continue;
    }
    const parsed = caseSchema.safeParse(normaliseYamlDates(parseYaml(m[1])) ?? {});
    if (!parsed.success) {
      errors.push(...describeIssues(file, parsed.error));
      continue;
    }
    cases.push({ ...parsed.data, id: f.replace(/\.mdx$/, ''), file, body: source.slice(m[0].length).trim() });
  }
  return { cases, errors };
}
