/**
 * The path book: every path through every guide, each rendered as plain text (questions, answers,
 * verdict, provisions) under test/artefacts/<guide>/<fråga=svar>/…/<fråga=svar>.txt. A legal change
 * in a machine or its wording then shows in review as a readable diff (the GOV.UK Smart Answers
 * practice). Paths come from XState's own graph utilities.
 */
import { getSimplePaths } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { answersFor, currentNode, isOutcomeNode, outcomeMeta } from '../engine/model.ts';
import { type Step } from '../engine/url.ts';
import type { GuideSource } from './guide-source.ts';
import { lagrum } from '../../content/lagrum.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';

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

export function renderPath(guide: GuideSource, machine: AnyStateMachine, path: GuidePath): string {
  const meta = outcomeMeta(machine, path.outcome);
  const outcome = guide.outcomes[path.outcome];
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
    ...meta.lagrum.map((id) => `- ${lagrum[id]?.citation ?? '(okänt lagrum)'} (${id}) – ${lagrum[id]?.title ?? ''}`),
  ];
  if (meta.warnings?.length) lines.push(`Varningar: ${meta.warnings.join(', ')}`);
  if (meta.fortsatt) lines.push(`Fortsätter i guiden: ${meta.fortsatt.guide} med ${Object.entries(meta.fortsatt.svar).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  if (outcome?.kontrolleraMedJurist) lines.push(`Kontrollera med jurist: ${outcome.kontrolleraMedJurist}`);
  return `${lines.join('\n')}\n`;
}
