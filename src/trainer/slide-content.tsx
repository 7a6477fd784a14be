import { outcomeMeta, questionMeta, answersFor } from '../engine/model.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import type { Slide } from './script.ts';
import type { Session } from './types.ts';
import { ProvisionList } from './provisions.tsx';

/** Answer label from the guide's wording, e.g. "Ja" or "Brott mot barn". */
export function answerText(session: Session, node: string, answer: string): string {
  return session.bundle.questions[node]?.frontmatter.svar[answer] ?? answer;
}

export function questionText(session: Session, node: string): string {
  return session.bundle.questions[node]?.frontmatter.rubrik ?? node;
}

function Answers({ session, node, revealed, onChoose }: { session: Session; node: string; revealed?: string; onChoose?: (index: number) => void }) {
  const whose = session.kind === 'fall' ? 'Fallets svar' : 'Ert svar';
  return (
    <ol className="tr-answers">
      {answersFor(session.bundle.machine, node).map((answer, i) => {
        const chosen = revealed === answer;
        const state = revealed === undefined ? '' : chosen ? ' tr-answer--chosen' : ' tr-answer--other';
        return (
          <li key={answer} className={`tr-answer${state}`} data-answer={answer}>
            <span className="tr-answer__number" aria-hidden="true">
              {i + 1}
            </span>
            {onChoose && revealed === undefined ? (
              <button type="button" className="tr-answer__choose" onClick={() => onChoose(i)}>
                {answerText(session, node, answer)}
                <span className="visually-hidden"> – välj som gruppens svar</span>
              </button>
            ) : (
              <span className="tr-answer__label">{answerText(session, node, answer)}</span>
            )}
            {chosen ? <span className="tr-answer__tag">✓ {whose}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The reveal: the answer, the guide's short reason for it and the provisions it satisfies. */
function Reveal({ session, node, answer }: { session: Session; node: string; answer: string }) {
  const tip = session.bundle.questions[node]?.frontmatter.svarTips?.[answer];
  const law = questionMeta(session.bundle.machine, node).lagrum?.[answer] ?? [];
  if (!tip && law.length === 0) return null;
  return (
    <div className="tr-reveal">
      <h2 className="tr-reveal__title">Därför</h2>
      {tip ? <p>{tip}</p> : null}
      <ProvisionList ids={law} />
    </div>
  );
}

function Outcome({ session, node }: { session: Session; node: string }) {
  const meta = outcomeMeta(session.bundle.machine, node);
  const fm = session.bundle.outcomes[node].frontmatter;
  return (
    <div className={`tr-outcome tr-outcome--${meta.verdict}`}>
      <p className={`verdict-tag verdict-tag--${meta.verdict} tr-verdict`}>{VERDICT_LABEL[meta.verdict]}</p>
      <h1 className="tr-heading" data-trainer-heading tabIndex={-1}>
        {fm.rubrik}
      </h1>
      <div className="tr-outcome__columns">
        <section>
          <h2>Lagrum</h2>
          <ProvisionList ids={meta.lagrum} />
        </section>
        <section>
          <h2>Dokumentera</h2>
          <ul className="tr-list">
            {fm.dokumentera.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

/** What one slide shows on the projector. The projector never gets the trainer's notes. */
export function SlideContent({ session, slide, onChoose }: { session: Session; slide: Slide; onChoose?: (index: number) => void }) {
  switch (slide.kind) {
    case 'start': {
      if (session.case) {
        const Facts = session.case.Facts;
        return (
          <div className="tr-start">
            <p className="tr-eyebrow">Övningsfall · {session.bundle.index.frontmatter.titel}</p>
            <h1 className="tr-heading" data-trainer-heading tabIndex={-1}>
              {session.case.titel}
            </h1>
            <div className="tr-facts-full">
              <Facts />
            </div>
          </div>
        );
      }
      const fm = session.bundle.index.frontmatter;
      return (
        <div className="tr-start">
          <p className="tr-eyebrow">Beslutsguide</p>
          <h1 className="tr-heading" data-trainer-heading tabIndex={-1}>
            {fm.titel}
          </h1>
          <p className="tr-lead">{fm.beskrivning}</p>
          <p className="tr-lead">Gruppen svarar på frågorna. Välj gruppens svar med siffertangenterna eller knapparna.</p>
        </div>
      );
    }
    case 'fraga':
    case 'rosta':
    case 'svar':
      return (
        <div className={`tr-question tr-question--${slide.kind}`}>
          <p className="tr-eyebrow">Fråga {slide.number}</p>
          <h1 className="tr-heading" data-trainer-heading tabIndex={-1}>
            {questionText(session, slide.node)}
          </h1>
          {slide.kind === 'rosta' ? (
            <p className="tr-vote" role="status">
              Rösta! Vilket svar väljer ni? Räck upp handen för svarets nummer.
            </p>
          ) : null}
          <Answers
            session={session}
            node={slide.node}
            revealed={slide.kind === 'svar' ? slide.answer : undefined}
            onChoose={session.kind === 'guide' ? onChoose : undefined}
          />
          {slide.kind === 'svar' ? <Reveal session={session} node={slide.node} answer={slide.answer} /> : null}
        </div>
      );
    case 'utfall':
      return <Outcome session={session} node={slide.node} />;
  }
}
