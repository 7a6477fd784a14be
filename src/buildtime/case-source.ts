/** Reads and validates the training cases at build and test time (Node only). */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { caseSchema, type CaseContent } from '../training/case-schema.ts';
import { readFrontmatterFile } from './frontmatter-file.ts';

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
    const c = readFrontmatterFile(root, path, caseSchema, errors);
    if (c) cases.push({ ...c, id: f.replace(/\.mdx$/, ''), file: relative(root, path) });
  }
  return { cases, errors };
}
