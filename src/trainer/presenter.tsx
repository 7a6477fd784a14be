import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { outcomeMeta } from '../engine/model.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import type { Slide } from './script.ts';
import { answerText, questionText } from './slide-content.tsx';
import { progressText } from './projector.tsx';
import { Timer } from './timer.tsx';
import { StepControls } from './step-controls.tsx';
import type { Command, Session, TrainerState } from './types.ts';
import './trainer.css';

export interface PresenterProps {
  session: Session;
  state: TrainerState;
  run: (command: Command) => void;
  /** The help text of a question ("Vad betyder det här?"), rendered by the route from the guide's MDX. */
  HelpText: ComponentType<{ node: string }>;
  projectorHref: string;
  exitHref: string;
}

/** One line about a slide, for "Nu" and "Nästa". */
export function describeSlide(session: Session, slide: Slide | undefined): string {
  if (!slide) return 'Slut: inget mer att visa.';
  switch (slide.kind) {
    case 'start':
      return session.case ? `Fallet: ${session.case.titel}` : `Guiden: ${session.bundle.index.frontmatter.titel}`;
    case 'fraga':
      return `Fråga ${slide.number}: ${questionText(session, slide.node)}`;
    case 'rosta':
      return `Rösta om fråga ${slide.number}`;
    case 'svar':
      return `Svaret på fråga ${slide.number}: ${answerText(session, slide.node, slide.answer)}`;
    case 'utfall': {
      const verdict = VERDICT_LABEL[outcomeMeta(session.bundle.machine, slide.node).verdict];
      return `Utfall: ${verdict} – ${session.bundle.outcomes[slide.node]?.frontmatter.rubrik ?? ''}`;
    }
  }
}

/**
 * The presenter's window: what the room sees now, what comes next, the trainer's notes and a timer.
 * It stays in step with the projector (and drives it) through the session controller.
 */
export function Presenter({ session, state, run, HelpText, projectorHref, exitHref }: PresenterProps) {
  const slide = session.slides[state.slide];
  const next = session.slides[state.slide + 1];
  const question = slide.kind === 'fraga' || slide.kind === 'rosta' || slide.kind === 'svar' ? slide.node : undefined;
  const expected = question ? session.answers[question] : undefined;
  const notes = session.case;
  return (
    <div className="tr-presenter" data-slide={state.slide + 1} data-slide-kind={slide.kind} data-view={state.view}>
      <header className="tr-presenter__top">
        <div>
          <p className="tr-eyebrow">Presentatörsvy – visas inte för gruppen</p>
          <h1 className="tr-presenter__title">{notes?.titel ?? session.bundle.index.frontmatter.titel}</h1>
        </div>
        <Timer />
      </header>
      <div className="tr-presenter__grid">
        <section aria-labelledby="tr-now">
          <h2 id="tr-now">Nu på skärmen</h2>
          <p className="tr-presenter__now" aria-live="polite">
            <span className="tr-presenter__progress">{progressText(session, state.slide)}</span>
            {describeSlide(session, slide)}
            {state.view === 'karta' ? ' (kartan visas)' : state.view === 'tankom' ? ' (Tänk om … visas)' : ''}
          </p>
          {expected && slide.kind !== 'svar' && session.kind === 'fall' ? (
            <p className="tr-presenter__answer">Fallets svar: {answerText(session, question!, expected)}</p>
          ) : null}
          <h2>Nästa</h2>
          <p className="tr-presenter__next">{describeSlide(session, next)}</p>
          <nav className="tr-controls tr-controls--presenter" aria-label="Styr presentationen">
            <StepControls session={session} state={state} run={run} />
          </nav>
          <p className="tr-presenter__links">
            <a href={projectorHref} target="sekretessguiden-projektor">
              Öppna projektorvyn
            </a>{' '}
            · <Link to={exitHref}>Avsluta</Link>
          </p>
        </section>
        <section aria-labelledby="tr-notes">
          <h2 id="tr-notes">Anteckningar</h2>
          {notes ? (
            <>
              <h3>Att diskutera</h3>
              <ul className="tr-list" data-notes="diskussion">
                {notes.diskussion.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
              <h3>Vanliga misstag</h3>
              {notes.vanligaMisstag?.length ? (
                <ul className="tr-list" data-notes="misstag">
                  {notes.vanligaMisstag.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : (
                <p>Fallet anger inga vanliga misstag.</p>
              )}
            </>
          ) : (
            <p>En guide utan övningsfall: gruppen bestämmer svaren. Välj svar med siffertangenterna 1–9.</p>
          )}
          {question ? (
            <details className="tr-help" open>
              <summary>Vad betyder frågan? (guidens hjälptext)</summary>
              <div className="prose">
                <HelpText node={question} />
              </div>
            </details>
          ) : null}
        </section>
      </div>
    </div>
  );
}
