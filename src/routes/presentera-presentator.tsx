import type { Route } from './+types/presentera-presentator';
import { Presenter } from '../trainer/presenter.tsx';
import { pageTitle } from '../components/format.ts';
import { helpTextFor, SessionRoute, targetFor, windowHref } from './presentera-session.tsx';

export const handle = { layout: 'bare' };

export function meta({ params }: Route.MetaArgs) {
  return pageTitle(`Presentatörsvy: ${targetFor(params.typ, params.id)?.case?.titel ?? 'guide'}`);
}

/** The presenter's window (…/presentator): notes, next step and timer, in step with the projector. */
export default function PresenteraPresentator() {
  return (
    <SessionRoute
      loading="Presentatörsvyn laddas …"
      render={({ target, bundle, session, state, run, search }) => (
        <Presenter
          session={session}
          state={state}
          run={run}
          HelpText={helpTextFor(bundle)}
          projectorHref={windowHref(target, search, false)}
          exitHref="/presentera"
        />
      )}
    />
  );
}
