import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { applyCommand, stateFromParams } from './commands.ts';
import { useSessionSync } from './sync.ts';
import { toggleFullScreen, useTrainerKeys } from './use-trainer-keys.ts';
import type { Command, Session, TrainerState } from './types.ts';

/**
 * One session's state and controls for a window (projector or presenter). The state is the URL's
 * query (`?steg=3&vy=karta`): nothing is stored, and a reload shows the same step. Each step
 * replaces the history entry, so the browser's back button leaves the presentation.
 *
 * `sessionFor` builds the session from a query (a live guide walk's answers are in it).
 */
export function useSessionController(
  sessionFor: (params: URLSearchParams) => Session,
  syncKey: string,
  exitHref: string,
): { session: Session; state: TrainerState; run: (c: Command) => void } {
  const navigate = useNavigate();
  const location = useLocation();
  // The query the last command asked for, until the router has rendered it. Two keys pressed before
  // the next render (a clicker's double press, → then D) then build on each other instead of both
  // starting from the step on screen, which would lose the first.
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (pending.current === location.search) pending.current = null;
  }, [location.search]);

  const at = (search: string) => {
    const params = new URLSearchParams(search);
    const session = sessionFor(params);
    return { session, state: stateFromParams(session, params) };
  };
  const { session, state } = at(location.search);
  const go = (search: string) => {
    pending.current = search;
    void navigate({ search }, { replace: true, preventScrollReset: true });
  };
  const publish = useSessionSync(syncKey, location.search, go);

  const run = (command: Command) => {
    if (command.type === 'helskarm') return toggleFullScreen();
    const { session: now, state: current } = pending.current === null ? { session, state } : at(pending.current);
    if (command.type === 'ut') {
      if (current.view !== 'steg') return run({ type: current.view === 'karta' ? 'karta' : 'tankom' });
      return void navigate(exitHref);
    }
    const search = applyCommand(now, current, command);
    if (search === null) return;
    go(search);
    publish(search);
  };
  useTrainerKeys(run);
  return { session, state, run };
}
