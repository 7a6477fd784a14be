import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Step } from '../engine/links.ts';
import { questionOf, revealedAt } from './script.ts';
import { SlideContent } from './slide-content.tsx';
import { WhatIf } from './what-if.tsx';
import { StepControls } from './step-controls.tsx';
import type { Command, Session, TrainerState } from './types.ts';
import './trainer.css';

export interface ProjectorProps {
  session: Session;
  state: TrainerState;
  run: (command: Command) => void;
  /** The guide's diagram with the path so far; composed by the route (src/diagrams). */
  renderDiagram: (path: Step[], current: string) => ReactNode;
  presenterHref: string;
  exitHref: string;
}

/** "Fråga 3 av 7" where the number of questions is known, else the slide number. */
export function progressText(session: Session, index: number): string {
  const slide = session.slides[index];
  const total = session.walk.steps.length;
  if (slide.kind === 'start') return 'Start';
  if (slide.kind === 'utfall') return 'Utfall';
  const phase = { fraga: 'frågan', rosta: 'röstning', svar: 'svaret' }[slide.kind];
  return session.kind === 'fall' ? `Fråga ${slide.number} av ${total} · ${phase}` : `Fråga ${slide.number} · ${phase}`;
}

/** The case's facts in short form, beside every question; the full text is on the first slide. */
function FactsAside({ session }: { session: Session }) {
  const c = session.case;
  if (!c) return null;
  return (
    // Scrolls on its own when the facts are long (a phone, a big font): focusable so the keyboard can scroll it.
    <aside className="tr-facts" aria-labelledby="tr-facts-title" tabIndex={0}>
      <h2 id="tr-facts-title" className="tr-facts__title">
        Fallet
      </h2>
      <p className="tr-facts__case">{c.titel}</p>
      {c.kortfakta?.length ? (
        <ul className="tr-facts__list">
          {c.kortfakta.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : (
        // No short form written for this case yet: the full facts, in the column's smaller type.
        <div className="tr-facts__full">
          <c.Facts />
        </div>
      )}
    </aside>
  );
}

/**
 * The projector: large type, high contrast, the whole walk driven by keys or the buttons below.
 * It never receives the trainer's notes (discussion points, common mistakes): they are not in its props.
 */
export function Projector({ session, state, run, renderDiagram, presenterHref, exitHref }: ProjectorProps) {
  const slide = session.slides[state.slide];
  const question = questionOf(slide);
  const { steps, current } = revealedAt(session.slides, session.walk, state.slide);

  // Move focus to the new slide's heading, so a screen reader reads each step.
  useEffect(() => {
    document.querySelector<HTMLElement>('[data-trainer-heading]')?.focus({ preventScroll: true });
  }, [state.slide, state.view]);

  let main: ReactNode;
  if (state.view === 'karta') {
    main = (
      <div className="tr-map">
        <h1 className="tr-heading tr-heading--small" data-trainer-heading tabIndex={-1}>
          Kartan: vägen hittills
        </h1>
        {renderDiagram(steps, current)}
      </div>
    );
  } else if (state.view === 'tankom' && question) {
    main = <WhatIf session={session} node={question} />;
  } else {
    main = <SlideContent session={session} slide={slide} onChoose={(index) => run({ type: 'valj', index })} />;
  }

  const openPresenter = () => {
    window.open(presenterHref, 'sekretessguiden-presentator', 'popup,width=1280,height=800');
  };

  return (
    <div className="tr-screen" data-slide={state.slide + 1} data-slide-kind={slide.kind} data-view={state.view}>
      <header className="tr-top">
        <p className="tr-top__title">{session.case?.titel ?? session.bundle.index.frontmatter.titel}</p>
        <p className="tr-top__progress" aria-live="polite">
          {progressText(session, state.slide)}
        </p>
      </header>
      <div className={state.view === 'steg' && slide.kind !== 'start' && session.case ? 'tr-body tr-body--with-facts' : 'tr-body'}>
        {state.view === 'steg' && slide.kind !== 'start' ? <FactsAside session={session} /> : null}
        {/* Scrolls on its own on a small screen: focusable so the keyboard can scroll it (WCAG 2.1.1). */}
        <section className="tr-main" aria-label="Bild" tabIndex={0}>
          {main}
        </section>
      </div>
      <nav className="tr-controls" aria-label="Styr presentationen">
        <StepControls session={session} state={state} run={run} />
        <button type="button" className="tr-button" onClick={() => run({ type: 'helskarm' })}>
          Helskärm (F)
        </button>
        <button type="button" className="tr-button" onClick={openPresenter}>
          Presentatörsvy
        </button>
        <Link className="tr-button" to={exitHref}>
          Avsluta (Esc)
        </Link>
      </nav>
    </div>
  );
}
