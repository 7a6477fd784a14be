/**
 * The path book: every path through every guide, each rendered as plain text (questions, answers,
 * verdict, provisions) under test/artefacts/<guide>/<fråga=svar>/…/<fråga=svar>.txt. A legal change
 * in a machine or its wording then shows in review as a readable diff (the GOV.UK Smart Answers
 * practice). Paths come from XState's own graph utilities.
 */
import { getSimplePaths } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersFor, currentNode, edgesOf, isOutcomeNode, outcomeMeta } from '../engine/model.ts';
import { mdxPlainText } from './mdx-text.ts';
import { type Step } from '../engine/url.ts';
import type { GuideSource } from './guide-source.ts';
import { lagrum } from '../../content/lagrum.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { fillPlaceholders } from '../components/local-text.ts';
import { readLocalSettings } from './local-settings.ts';
import { orosanmalanPaVagen } from '../engine/path-facts.ts';
import { orosanmalan } from '../../content/guider/orosanmalan.ts';
import { legalBasis } from '../guide/journal.ts';

export interface GuidePath {
  steps: Step[];
  outcome: string;
}

/** Every path from the first question to an outcome. */
export function allPaths(machine: AnyStateMachine): GuidePath[] {
  const paths = getSimplePaths(machine, {
    events: (snapshot) => answersFor(machine, currentNode(snapshot)).map((a) => ({ type: `${currentNode(snapshot)}.${a}` })),
    serializeState: (snapshot) => String(snapshot.value),
  });
  return paths
    .filter((p) => isOutcomeNode(machine, currentNode(p.state)))
    .map((p) => ({
      outcome: currentNode(p.state),
      steps: p.steps.slice(1).map((s) => {
        const [node, ...rest] = s.event.type.split('.');
        return { node, answer: rest.join('.') };
      }),
    }))
    .sort((a, b) => pathFile(a).localeCompare(pathFile(b)));
}

/** test/artefacts/<guide>/ relative file name for a path. */
export function pathFile(path: GuidePath): string {
  return `${path.steps.map((s) => `${s.node}=${s.answer}`).join('/')}.txt`;
}

/** Shared outcome texts (content/guide-texter/) as plain text, read once. */
const sharedTexts = new Map<string, string>();
function sharedText(root: string, name: string): string {
  if (!sharedTexts.has(name)) sharedTexts.set(name, mdxPlainText(readFileSync(join(root, 'content/guide-texter', `${name}.mdx`), 'utf8')));
  return sharedTexts.get(name)!;
}

const indent = (text: string, by = '  ') => text.split('\n').map((l) => by + l).join('\n');

/**
 * One path as plain text: the answers, then every word the outcome page shows (with the local
 * settings filled in) — verdict, heading,
 * scope, steps, what to document, the reasoning, warnings, the jurist box and where to read more —
 * so that a reworded outcome shows up in review as a readable diff.
 */
export function renderPath(guide: GuideSource, machine: AnyStateMachine, path: GuidePath, root = process.cwd()): string {
  const meta = outcomeMeta(machine, path.outcome);
  const outcome = guide.outcomes[path.outcome];
  const cite = (id: string) => `- ${lagrum[id as keyof typeof lagrum]?.citation ?? '(okänt lagrum)'} (${id}) – ${lagrum[id as keyof typeof lagrum]?.title ?? ''}`;
  const lines = [
    `Guide: ${guide.id} – ${guide.index.titel} (version ${guide.index.version})`,
    '',
    ...path.steps.flatMap((s, i) => {
      const q = guide.questions[s.node];
      return [`${i + 1}. ${q?.rubrik ?? s.node}`, `   Svar: ${q?.svar[s.answer] ?? s.answer} (${s.node}=${s.answer})`];
    }),
    '',
    `Utfall: ${path.outcome}`,
    `Bedömning: ${VERDICT_LABEL[meta.verdict]}`,
    `Rubrik: ${outcome?.rubrik ?? '(saknas)'}`,
    'Lagrum som avgör:',
    ...meta.lagrum.map(cite),
    ...(meta.narliggande?.length ? ['Närliggande lagrum (avgör inte):', ...meta.narliggande.map(cite)] : []),
  ];
  if (!outcome) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    'Vad du får lämna, och hur:',
    `  Vad: ${outcome.omfattning.vad}`,
    `  Till vem: ${outcome.omfattning.till}`,
    `  På begäran eller eget initiativ: ${outcome.omfattning.initiativ}`,
    `  Hur: ${outcome.omfattning.hur}`,
    '',
    'Gör så här nu:',
    ...outcome.gorSaHarNu.map((step, i) => `  ${i + 1}. ${step}`),
  );
  const alsoReport = orosanmalanPaVagen(machine, path.steps, path.outcome);
  if (alsoReport) {
    lines.push('', `${orosanmalan.rubrik[alsoReport]}:`);
    for (const s of orosanmalan.steg) lines.push(`  - ${s.text} (${s.lagrum.map((id) => lagrum[id].citation).join(', ')})`);
  }
  if (meta.grunder) {
    lines.push('', 'Vilken grund passar?');
    for (const g of meta.grunder) lines.push(`  - ${g.map((id) => lagrum[id].citation).join(' och ')}: ${outcome.grunder?.[g[0]] ?? '(text saknas)'}`);
  }
  lines.push(
    '',
    'Dokumentera:',
    ...outcome.dokumentera.map((item) => `  - ${item}`),
    `  Lagstöd i journalen: ${legalBasis(meta)}`,
  );
  if (alsoReport) lines.push(`  ${orosanmalan.journal}`);
  if (outcome.avvagning) lines.push(`  Avvägning att dokumentera: ${outcome.avvagning}`);
  lines.push('', 'Därför:', indent(mdxPlainText(outcome.body)));
  for (const w of meta.warnings ?? []) lines.push('', `Varning (${w}):`, indent(sharedText(root, `varning-${w}`)));
  if (outcome.kontrolleraMedJurist) lines.push('', 'Osäkert – kontrollera med jurist:', indent(outcome.kontrolleraMedJurist));
  if (meta.fortsatt) lines.push('', `Fortsätter i guiden: ${meta.fortsatt.guide} med ${Object.entries(meta.fortsatt.svar).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  if (outcome.lasMer.length) lines.push('', `Läs mer: ${outcome.lasMer.join(', ')}`);
  // As the page shows it: with this build's local settings (content/lokalt.ts) in place of {namn}.
  return `${fillPlaceholders(lines.join('\n'), readLocalSettings().settings ?? {})}\n`;
}

/**
 * The routing of a guide as text: its version, then every answer of every question and where it
 * leads. Kept beside the path book; a change here without a raised version fails the tests, because
 * links made under the old version would silently mean something else (ADR 001).
 */
export function renderRouting(guide: GuideSource, machine: AnyStateMachine): string {
  const lines = [`version ${guide.index.version}`, ...edgesOf(machine).map((e) => `${e.from}.${e.answer} -> ${e.to}`)];
  return `${lines.join('\n')}\n`;
}

/** The version a routing text was recorded under, and the routing lines without it. */
export function parseRouting(text: string): { version: number; edges: string } {
  const [first, ...rest] = text.split('\n');
  return { version: Number(first.replace(/^version /, '')), edges: rest.join('\n') };
}
