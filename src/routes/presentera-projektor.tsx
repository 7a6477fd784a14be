import { Suspense, use } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { Route } from './+types/presentera-projektor';
import { loadGuide } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { Projector } from '../trainer/projector.tsx';
import { caseSession, guideSession } from '../trainer/session.ts';
import { useSessionController } from '../trainer/use-session-controller.ts';
import { NotFound } from '../components/not-found.tsx';
import { useHydrated } from '../components/use-hydrated.ts';
import { pageTitle } from '../components/format.ts';
import { diagramRenderer, targetFor, type Target } from './presentera-session.tsx';
import { guider } from 'virtual:guider';

/** The projector fills the screen: no site header or footer. */
export const handle = { layout: 'bare' };

export function meta({ params }: Route.MetaArgs) {
  const target = targetFor(params.typ, params.id);
  const title = target?.case?.titel ?? guider.find((g) => g.id === target?.guide)?.titel;
  return pageTitle(title ? `Presentera: ${title}` : 'Presentera');
}

function Session({ target, promise }: { target: Target; promise: Promise<GuideBundle> }) {
  const bundle = use(promise);
  const [params] = useSearchParams();
  const location = useLocation();
  const session = target.case ? caseSession(bundle, target.case) : guideSession(bundle, params);
  const { state, run } = useSessionController(session, target.key, '/presentera');
  return (
    <Projector
      session={session}
      state={state}
      run={run}
      renderDiagram={diagramRenderer(target.guide)}
      presenterHref={`${import.meta.env.BASE_URL}${target.path.slice(1)}/presentator${location.search}`}
      exitHref="/presentera"
    />
  );
}

/**
 * The projector view of a case (/presentera/fall/<id>) or a guide walked live (/presentera/guide/<id>).
 * Its step is in the query (`?steg=3`), which a prerendered page cannot know: it renders after hydration.
 */
export default function PresenteraProjektor() {
  const { typ, id } = useParams();
  const hydrated = useHydrated();
  const target = targetFor(typ, id);
  const promise = target ? loadGuide(target.guide) : undefined;
  if (!target || !promise) return <NotFound />;
  const loading = <p className="tr-loading">Presentationen laddas …</p>;
  return hydrated ? (
    <Suspense fallback={loading}>
      <Session target={target} promise={promise} />
    </Suspense>
  ) : (
    loading
  );
}
