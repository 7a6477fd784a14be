import { Suspense, use } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { Route } from './+types/presentera-presentator';
import { loadGuide } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { Presenter } from '../trainer/presenter.tsx';
import { caseSession, guideSession } from '../trainer/session.ts';
import { useSessionController } from '../trainer/use-session-controller.ts';
import { NotFound } from '../components/not-found.tsx';
import { useHydrated } from '../components/use-hydrated.ts';
import { pageTitle } from '../components/format.ts';
import { helpTextFor, targetFor, type Target } from './presentera-session.tsx';

export const handle = { layout: 'bare' };

export function meta({ params }: Route.MetaArgs) {
  return pageTitle(`Presentatörsvy: ${targetFor(params.typ, params.id)?.case?.titel ?? 'guide'}`);
}

function Session({ target, promise }: { target: Target; promise: Promise<GuideBundle> }) {
  const bundle = use(promise);
  const [params] = useSearchParams();
  const location = useLocation();
  const session = target.case ? caseSession(bundle, target.case) : guideSession(bundle, params);
  const { state, run } = useSessionController(session, target.key, '/presentera');
  return (
    <Presenter
      session={session}
      state={state}
      run={run}
      HelpText={helpTextFor(bundle)}
      projectorHref={`${import.meta.env.BASE_URL}${target.path.slice(1)}${location.search}`}
      exitHref="/presentera"
    />
  );
}

/** The presenter's window (…/presentator): notes, next step and timer, in step with the projector. */
export default function PresenteraPresentator() {
  const { typ, id } = useParams();
  const hydrated = useHydrated();
  const target = targetFor(typ, id);
  const promise = target ? loadGuide(target.guide) : undefined;
  if (!target || !promise) return <NotFound />;
  const loading = <p className="tr-loading">Presentatörsvyn laddas …</p>;
  return hydrated ? (
    <Suspense fallback={loading}>
      <Session target={target} promise={promise} />
    </Suspense>
  ) : (
    loading
  );
}
