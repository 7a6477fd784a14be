/**
 * The ready journal text for an outcome (SoL 14 kap. 3 §; what JO expects a note on a disclosure to
 * contain: what, to whom, on which provision, what weighing — brief §2.18). Plain text so it can be
 * pasted into any case system. Blanks marked "[fyll i]" are for the worker: the app never asks for
 * personal data.
 */
import type { GuideBundle } from '../engine/bundle.ts';
import type { Step } from '../engine/url.ts';
import { outcomeMeta } from '../engine/model.ts';
import { provision } from '../law/registry.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';

export interface JournalInput {
  bundle: GuideBundle;
  steps: Step[];
  outcome: string;
  /** ISO date the note is made. */
  date: string;
  contentVersion: string;
}

export const BLANK = '[fyll i]';

export function answerLabel(bundle: GuideBundle, step: Step): string {
  return bundle.questions[step.node]?.frontmatter.svar[step.answer] ?? step.answer;
}

export function journalText({ bundle, steps, outcome, date, contentVersion }: JournalInput): string {
  const meta = outcomeMeta(bundle.machine, outcome);
  const content = bundle.outcomes[outcome].frontmatter;
  const lines: string[] = [];
  lines.push(`Sekretessprövning: ${bundle.index.frontmatter.titel}`);
  lines.push(`Datum: ${date}`);
  lines.push(`Ärende: ${BLANK}`);
  lines.push('');
  lines.push('Frågor och svar som bedömningen bygger på:');
  for (const step of steps) {
    const q = bundle.questions[step.node]?.frontmatter.rubrik ?? step.node;
    lines.push(`- ${q} Svar: ${answerLabel(bundle, step)}.`);
  }
  lines.push('');
  lines.push(`Bedömning: ${VERDICT_LABEL[meta.verdict]}. ${content.rubrik}`);
  lines.push(`Lagstöd: ${meta.lagrum.map((id) => provision(id).citation).join('; ')}.`);
  lines.push('');
  lines.push(`Uppgifter som lämnades: ${BLANK}`);
  lines.push(`Mottagare (myndighet, enhet, person): ${BLANK}`);
  lines.push(`Muntligt eller skriftligt, och när: ${BLANK}`);
  if (content.avvagning) lines.push(`Avvägning: ${content.avvagning} Min bedömning: ${BLANK}`);
  lines.push(`Beslut fattat av (enligt delegationsordningen): ${BLANK}`);
  lines.push('');
  lines.push('Dokumentera också:');
  for (const item of content.dokumentera) lines.push(`- ${item}`);
  lines.push('');
  lines.push(
    `Underlag: Sekretessguiden, guiden "${bundle.id}" version ${bundle.index.frontmatter.version}, innehållsversion ${contentVersion}. Sekretessguiden är ett stöd, inte juridisk rådgivning.`,
  );
  return lines.join('\n');
}
