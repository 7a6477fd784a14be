import { questionOf } from './script.ts';
import type { Command, Session, TrainerState } from './types.ts';

/** Back, next, the map and "Tänk om …": the same buttons (and keys) in both windows. */
export function StepControls({ session, state, run }: { session: Session; state: TrainerState; run: (command: Command) => void }) {
  const question = questionOf(session.slides[state.slide]);
  return (
    <>
      <button type="button" className="tr-button" onClick={() => run({ type: 'forra' })} disabled={state.slide === 0}>
        ← Föregående
      </button>
      <button type="button" className="tr-button tr-button--primary" onClick={() => run({ type: 'nasta' })} disabled={state.slide === session.slides.length - 1}>
        Nästa →
      </button>
      <button type="button" className="tr-button" aria-pressed={state.view === 'karta'} onClick={() => run({ type: 'karta' })}>
        Karta (D)
      </button>
      <button type="button" className="tr-button" aria-pressed={state.view === 'tankom'} onClick={() => run({ type: 'tankom' })} disabled={!question}>
        Tänk om … (T)
      </button>
    </>
  );
}
