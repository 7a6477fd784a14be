import type { Route } from './+types/presentera-projektor';
import { Projector } from '../trainer/projector.tsx';
import { pageTitle } from '../components/format.ts';
import { diagramRenderer, SessionRoute, targetFor, windowHref } from './presentera-session.tsx';
import { guider } from 'virtual:guider';

/** The projector fills the screen: no site header or footer. */
export const handle = { layout: 'bare' };

export function meta({ params }: Route.MetaArgs) {
  const target = targetFor(params.typ, params.id);
  const title = target?.case?.titel ?? guider.find((g) => g.id === target?.guide)?.titel;
  return pageTitle(title ? `Presentera: ${title}` : 'Presentera');
}

/** The projector view of a case (/presentera/fall/<id>) or of a guide walked live (/presentera/guide/<id>). */
export default function PresenteraProjektor() {
  return (
    <SessionRoute
      loading="Presentationen laddas …"
      render={({ target, session, state, run, search }) => (
        <Projector
          session={session}
          state={state}
          run={run}
          renderDiagram={diagramRenderer(target.guide)}
          presenterHref={windowHref(target, search, true)}
          exitHref="/presentera"
        />
      )}
    />
  );
}
