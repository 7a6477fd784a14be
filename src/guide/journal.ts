/**
 * The decision record for an outcome (SoL 14 kap. 3 §; what JO expects a note on a disclosure to
 * contain: what, to whom, on which provision, what weighing — brief §2.18). One structure, two
 * forms: plain text to paste into any case system (blanks as "[fyll i]") and the printed record
 * (blanks as lines to write on). The app never asks for personal data: the worker fills the blanks
 * in the case system, not here. The outcome's link holds only the answers, never data on a person.
 */
import { answerLabel, type GuideBundle } from '../engine/bundle.ts';
import type { Step } from '../engine/url.ts';
import { outcomeMeta } from '../engine/model.ts';
import { provision, type LagrumId } from '../law/registry.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { orosanmalanPaVagen } from '../engine/path-facts.ts';
import { orosanmalan } from '../../content/guider/orosanmalan.ts';
import type { OutcomeMeta } from '../machines/types.ts';
import { swedishDateTime } from '../components/format.ts';

export const BLANK = '[fyll i]';

/** One line of the record: a fact, a field to fill in, a heading, or a list item. */
export type RecordLine =
  | { kind: 'fact'; label: string; value: string }
  | { kind: 'field'; label: string }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; text: string };

export interface DecisionRecord {
  title: string;
  lines: RecordLine[];
}

export interface RecordInput {
  bundle: GuideBundle;
  steps: Step[];
  outcome: string;
  /**
   * When the record is made; written in Swedish time. Null in a prerendered outcome, which cannot
   * know when it is read: the line is then a blank to fill in, until the page has started.
   */
  at: Date | null;
  contentVersion: string;
  /** The outcome's own address (answers only), so a reviewer can open the same assessment; null as `at`. */
  outcomeUrl: string | null;
  /** Where the delegation order lives (content/lokalt.ts), so "decided by" can be checked. */
  delegationsordning: string;
}

/**
 * The assessment in a neutral voice for the journal: "Du måste svara …" becomes "Skyldighet att
 * svara …". A heading that is an instruction rather than a verdict keeps the verdict label first.
 */
export function neutralAssessment(heading: string, verdictLabel: string): string {
  const text = heading.trim().replace(/[.]$/, '');
  const rules: [RegExp, string][] = [
    [/^Du måste (.+)$/s, 'Skyldighet att $1'],
    [/^Du får inte (.+)$/s, 'Inte tillåtet att $1'],
    [/^Du får (.+)$/s, 'Tillåtet att $1'],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(text)) return `${text.replace(pattern, replacement)}.`;
  return `${verdictLabel}. ${text}.`;
}

/** A "dokumentera" item ("Hur du kontrollerade vem som frågade.") as a field label. */
const fieldLabel = (item: string) => item.trim().replace(/[.:]$/, '');

/**
 * "Lagstöd:" names only the basis actually used (JO, brief §2.18): the deciding provisions, or where
 * the outcome can rest on different bases, a choice the worker narrows to one.
 */
export function legalBasis(meta: OutcomeMeta): string {
  const cited = (ids: readonly LagrumId[]) => ids.map((id) => provision(id).citation).join(' och ');
  if (meta.grunder && meta.grunder.length > 1) return `[välj den grund du använde: ${meta.grunder.map(cited).join(' / ')}]`;
  return `${meta.lagrum.map((id) => provision(id).citation).join('; ')}.`;
}

export function decisionRecord({ bundle, steps, outcome, at, contentVersion, outcomeUrl, delegationsordning }: RecordInput): DecisionRecord {
  const meta = outcomeMeta(bundle.machine, outcome);
  const content = bundle.outcomes[outcome].frontmatter;
  const guide = bundle.index.frontmatter;
  const lines: RecordLine[] = [
    at ? { kind: 'fact', label: 'Datum och tid', value: swedishDateTime(at) } : { kind: 'field', label: 'Datum och tid' },
    { kind: 'fact', label: 'Guide', value: `${guide.titel} (version ${guide.version})` },
    outcomeUrl ? { kind: 'fact', label: 'Bedömningen i guiden', value: outcomeUrl } : { kind: 'field', label: 'Bedömningen i guiden' },
    { kind: 'field', label: 'Ärende' },
    { kind: 'fact', label: 'Bedömning', value: neutralAssessment(content.rubrik, VERDICT_LABEL[meta.verdict]) },
    { kind: 'fact', label: 'Lagstöd', value: legalBasis(meta) },
  ];
  if (content.avvagning) {
    lines.push({ kind: 'fact', label: 'Avvägning som ska göras', value: content.avvagning });
    lines.push({ kind: 'field', label: 'Avvägningen i det här fallet' });
  }
  for (const item of content.dokumentera) lines.push({ kind: 'field', label: fieldLabel(item) });
  // A disclosure to the police never replaces the report of concern (SoL 19:1): record what was done.
  if (orosanmalanPaVagen(bundle.machine, steps, outcome)) {
    const [label, value] = orosanmalan.journal.split(': ');
    lines.push({ kind: 'fact', label, value });
  }
  lines.push({ kind: 'field', label: `Beslut fattat av (enligt ${delegationsordning})` });
  lines.push({ kind: 'heading', text: 'Frågor och svar som bedömningen bygger på' });
  for (const step of steps) {
    const question = bundle.questions[step.node]?.frontmatter.rubrik ?? step.node;
    lines.push({ kind: 'item', text: `${question} Svar: ${answerLabel(bundle, step)}.` });
  }
  lines.push({
    kind: 'fact',
    label: 'Underlag',
    value: `Sekretessguiden, innehållsversion ${contentVersion}. Sekretessguiden är ett stöd, inte juridisk rådgivning.`,
  });
  return { title: 'Journalanteckning – sekretessprövning', lines };
}

/** The record as plain text for the case system: one line each, blanks as "[fyll i]". */
export function recordText(record: DecisionRecord): string {
  const out = [record.title];
  for (const line of record.lines) {
    if (line.kind === 'fact') out.push(`${line.label}: ${line.value}`);
    else if (line.kind === 'field') out.push(`${line.label}: ${BLANK}`);
    else if (line.kind === 'heading') out.push('', `${line.text}:`);
    else out.push(`- ${line.text}`);
  }
  return out.join('\n');
}

/** Shorthand for tests and callers that only need the text. */
export function journalText(input: RecordInput): string {
  return recordText(decisionRecord(input));
}
