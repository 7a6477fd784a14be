import { Suspense, use } from 'react';
import { Link, useParams } from 'react-router';
import type { Route } from './+types/presentera-utdelning';
import { loadGuide } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { Handout } from '../trainer/handout.tsx';
import { caseSession } from '../trainer/session.ts';
import { NotFound } from '../components/not-found.tsx';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { pageTitle } from '../components/format.ts';
import { ssrGuides } from '../prerender/ssr-modules.ts';
import { targetFor, type Target } from './presentera-session.tsx';

export function meta({ params }: Route.MetaArgs) {
  return pageTitle(`Utdelning: ${targetFor('fall', params.id)?.case?.titel ?? 'övningsfall'}`);
}

function Content({ target, promise }: { target: Target; promise: Promise<GuideBundle> }) {
  // Prerendered in full: the bundle is already loaded while prerendering.
  const bundle = (import.meta.env.SSR && ssrGuides.get(target.guide)) || use(promise);
  return <Handout session={caseSession(bundle, target.case!)} />;
}

/** A printable A4 handout of one case (/presentera/fall/<id>/utdelning). */
export default function PresenteraUtdelning() {
  const { id } = useParams();
  const target = targetFor('fall', id);
  const promise = target ? loadGuide(target.guide) : undefined;
  if (!target?.case || !promise) return <NotFound />;
  return (
    <div className="page">
      <Breadcrumbs trail={[{ to: '/presentera', label: 'Presentera' }]} current="Utdelning" />
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Skriv ut (A4)
        </button>{' '}
        <Link to={target.path}>Presentera fallet</Link>
      </p>
      <Suspense fallback={<p className="loading">Utdelningen laddas …</p>}>
        <Content target={target} promise={promise} />
      </Suspense>
    </div>
  );
}
