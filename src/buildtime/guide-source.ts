/**
 * Reads guide wording from content/guider/<guide>/*.mdx at build and test time (Node only), checks
 * every file's frontmatter against its schema, and checks that wording and machine match: every
 * node has a file, every file has a node, and every question offers exactly the machine's answers.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyStateMachine } from 'xstate';
import {
  guideIndexSchema,
  outcomeSchema,
  questionSchema,
  type GuideIndexContent,
  type OutcomeContent,
  type QuestionContent,
} from '../engine/content-schema.ts';
import { readFrontmatterFile } from './frontmatter-file.ts';
import { answersFor, nodeIds, isOutcomeNode, outcomeMeta } from '../engine/model.ts';

export interface GuideSource {
  id: string;
  index: GuideIndexContent;
  questions: Record<string, QuestionContent & { body: string }>;
  outcomes: Record<string, OutcomeContent & { body: string }>;
}

export function readGuide(root: string, id: string, machine?: AnyStateMachine): { guide?: GuideSource; errors: string[] } {
  const dir = join(root, 'content/guider', id);
  const errors: string[] = [];
  if (!existsSync(dir)) return { errors: [`content/guider/${id} — mappen saknas`] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const index = files.includes('index.mdx') ? readFrontmatterFile(root, join(dir, 'index.mdx'), guideIndexSchema, errors) : undefined;
  if (!files.includes('index.mdx')) errors.push(`content/guider/${id}/index.mdx — saknas`);
  const questions: GuideSource['questions'] = {};
  const outcomes: GuideSource['outcomes'] = {};
  for (const f of files) {
    const node = f.replace(/\.mdx$/, '');
    if (node === 'index') continue;
    const path = join(dir, f);
    if (node.startsWith('utfall-')) {
      const c = readFrontmatterFile(root, path, outcomeSchema, errors);
      if (c) outcomes[node] = c;
    } else {
      const c = readFrontmatterFile(root, path, questionSchema, errors);
      if (c) questions[node] = c;
    }
  }
  if (machine) {
    const nodes = new Set(nodeIds(machine));
    for (const node of nodes) {
      const file = `content/guider/${id}/${node}.mdx`;
      if (!existsSync(join(root, file))) errors.push(`${file} — saknas: noden "${node}" finns i maskinen men har ingen text`);
      if (!isOutcomeNode(machine, node) && questions[node]) {
        const expected = answersFor(machine, node).sort();
        const given = Object.keys(questions[node].svar).sort();
        if (expected.join() !== given.join()) {
          errors.push(`${file} — svar: ska ha exakt ${expected.join(', ')} (maskinen), har ${given.join(', ')}`);
        }
        for (const tip of Object.keys(questions[node].svarTips ?? {})) {
          if (!expected.includes(tip)) errors.push(`${file} — svarTips.${tip}: inget sådant svar i maskinen`);
        }
      }
      if (isOutcomeNode(machine, node) && outcomes[node]) {
        const expected = (outcomeMeta(machine, node).grunder ?? []).map((g) => g[0]).sort();
        const given = Object.keys(outcomes[node].grunder ?? {}).sort();
        if (expected.join() !== given.join()) {
          errors.push(`${file} — grunder: ska ha exakt ${expected.join(', ') || 'inga'} (en text per grund i maskinen), har ${given.join(', ') || 'inga'}`);
        }
      }
      if (node.startsWith('utfall-') !== isOutcomeNode(machine, node)) {
        errors.push(`${file} — namn: utfall ska heta utfall-* och bara utfall får heta så`);
      }
    }
    for (const f of files) {
      const node = f.replace(/\.mdx$/, '');
      if (node !== 'index' && !nodes.has(node)) errors.push(`content/guider/${id}/${f} — finns ingen nod "${node}" i maskinen`);
    }
  }
  if (!index) return { errors };
  return { guide: { id, index, questions, outcomes }, errors };
}
