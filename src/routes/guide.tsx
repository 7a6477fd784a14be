import { Suspense, use } from 'react';
import { useParams } from 'react-router';
import type { Route } from './+types/guide';
import { loadGuide } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { GuideRunner } from '../guide/guide-runner.tsx';
import { NotFound } from '../components/not-found.tsx';
import { useHydrated } from '../components/use-hydrated.ts';
import { pageTitle } from '../components/format.ts';
import { guider } from 'virtual:guider';

export function meta({ params }: Route.MetaArgs) {
  return pageTitle(guider.find((g) => g.id === params.id)?.titel ?? 'Beslutsguide');
}

function Runner({ promise }: { promise: Promise<GuideBundle> }) {
  return <GuideRunner bundle={use(promise)} />;
}

/**
 * The guide walk. Its state is the URL's query, which a static prerender cannot know, so the HTML
 * holds a neutral shell and the guide renders after hydration.
 */
export default function GuideWalk() {
  const { id = '' } = useParams();
  const hydrated = useHydrated();
  const promise = loadGuide(id);
  if (!promise) return <NotFound />;
  const loading = <p className="loading">Guiden laddas …</p>;
  return (
    <div className="page page--guide">
      <noscript>
        <p className="box box--jurist">
          Beslutsguiderna behöver JavaScript. Slå på JavaScript, eller läs handbokens kapitel – de fungerar utan.
        </p>
      </noscript>
      {hydrated ? (
        <Suspense fallback={loading}>
          <Runner promise={promise} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
