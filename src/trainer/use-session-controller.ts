import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { applyCommand, stateFromParams } from './commands.ts';
import { useSessionSync } from './sync.ts';
import { toggleFullScreen, useTrainerKeys } from './use-trainer-keys.ts';
import type { Command, Session, TrainerState } from './types.ts';

/**
 * One session's state and controls for a window (projector or presenter). The state is the URL's
 * query (`?steg=3&vy=karta`): nothing is stored, and a reload shows the same step. Each step
 * replaces the history entry, so the browser's back button leaves the presentation.
 */
export function useSessionController(session: Session, syncKey: string, exitHref: string): { state: TrainerState; run: (c: Command) => void } {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const state = stateFromParams(session, params);
  const go = (search: string) => navigate({ search }, { replace: true, preventScrollReset: true });
  const publish = useSessionSync(syncKey, location.search, go);

  const run = (command: Command) => {
    if (command.type === 'helskarm') return toggleFullScreen();
    if (command.type === 'ut') {
      if (state.view !== 'steg') return run({ type: state.view === 'karta' ? 'karta' : 'tankom' });
      return void navigate(exitHref);
    }
    const search = applyCommand(session, state, command);
    if (search === null) return;
    go(search);
    publish(search);
  };
  useTrainerKeys(run);
  return { state, run };
}
