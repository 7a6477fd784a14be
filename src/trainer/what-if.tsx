import { outcomeMeta } from '../engine/model.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { whatIf } from './script.ts';
import type { Session } from './types.ts';
import { answerText, questionText } from './slide-content.tsx';

/**
 * "Tänk om…": every answer of the question side by side, and where each would have led. Computed
 * from the machine; after the changed answer the case's own answers are reused where they apply.
 */
export function WhatIf({ session, node }: { session: Session; node: string }) {
  const machine = session.bundle.machine;
  const alternatives = whatIf(machine, session.answers, node);
  const whose = session.kind === 'fall' ? 'Fallets svar' : 'Ert svar';
  return (
    <div className="tr-whatif">
      <p className="tr-eyebrow">Tänk om …</p>
      <h1 className="tr-heading tr-heading--small" data-trainer-heading tabIndex={-1}>
        {questionText(session, node)}
      </h1>
      <ul className="tr-whatif__grid">
        {alternatives.map((alt) => {
          const meta = alt.endsInOutcome ? outcomeMeta(machine, alt.end) : undefined;
          return (
            <li key={alt.answer} className={alt.chosen ? 'tr-whatif__card tr-whatif__card--chosen' : 'tr-whatif__card'} data-whatif={alt.answer}>
              <h2 className="tr-whatif__answer">
                {answerText(session, node, alt.answer)}
                {alt.chosen ? <span className="tr-answer__tag">✓ {whose}</span> : null}
              </h2>
              {alt.then.length > 0 ? (
                <ol className="tr-whatif__then">
                  {alt.then.map((s) => (
                    <li key={s.node}>
                      {questionText(session, s.node)} <strong>{answerText(session, s.node, s.answer)}</strong>
                    </li>
                  ))}
                </ol>
              ) : null}
              {meta ? (
                <p className="tr-whatif__end">
                  <span className={`verdict-tag verdict-tag--${meta.verdict} tr-verdict`}>{VERDICT_LABEL[meta.verdict]}</span>
                  <span className="tr-whatif__rubrik">{session.bundle.outcomes[alt.end]?.frontmatter.rubrik}</span>
                </p>
              ) : (
                <p className="tr-whatif__end tr-whatif__end--open">
                  {session.kind === 'fall' ? 'Fallet svarar inte på: ' : 'Sedan: '}
                  {questionText(session, alt.end)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
