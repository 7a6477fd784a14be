import { Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Route } from './+types/guide';
import { guideLoader, loadGuide } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { GuideRunner } from '../guide/guide-runner.tsx';
import { loadDeferredParts } from '../guide/lazy-parts.tsx';
import { NotFound } from '../components/not-found.tsx';
import { pageTitle } from '../components/format.ts';
import { ssrGuides, usePageModule } from '../prerender/ssr-modules.ts';
import { useHoldUpdates } from '../offline/update-holds.ts';
import { PRERENDERED_QUERY_ATTRIBUTE, usePrerenderedQuery } from '../guide/prerendered-query.ts';
import { guider } from 'virtual:guider';
import { kapitel } from 'virtual:handbok';

export function meta({ params }: Route.MetaArgs) {
  const g = guider.find((x) => x.id === params.id);
  return pageTitle(g?.titel ?? 'Beslutsguide', g?.beskrivning);
}

/** Without JavaScript the guide cannot run: say so, and offer the chapters it applies instead. */
function NoScriptChapters({ bundle }: { bundle: GuideBundle }) {
  const chapters = bundle.index.frontmatter.kapitel.map((slug) => kapitel.find((c) => c.slug === slug)).filter((c) => c !== undefined);
  return (
    <noscript>
      <div className="box box--jurist">
        <p className="box__label">Beslutsguiden behöver JavaScript</p>
        <p>Slå på JavaScript i webbläsaren. Eller läs kapitlen som guiden bygger på – de fungerar utan:</p>
        <ul>
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link to={`/handbok/${c.slug}`}>{c.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </noscript>
  );
}

type Stage = 'fråga' | 'utfall';

function Walk({ id, load, onStageChange }: { id: string; load: () => Promise<GuideBundle>; onStageChange: (stage: Stage) => void }) {
  const bundle = usePageModule(ssrGuides, id, load);
  // An outcome's own page (src/buildtime/outcome-pages.ts) can be read without JavaScript: the
  // answer comes first there, and the notice after it. Decided by what the HTML was made for, so
  // it is the same while prerendering, while hydrating and for the rest of the page's life.
  const answerInHtml = usePrerenderedQuery() !== '';
  return (
    <>
      {answerInHtml ? null : <NoScriptChapters bundle={bundle} />}
      <GuideRunner bundle={bundle} onStageChange={onStageChange} />
      {answerInHtml ? <NoScriptChapters bundle={bundle} /> : null}
    </>
  );
}

/**
 * A first visit to a walk (a link with answers, or a reload): start loading the guide's questions and
 * outcomes (and, for a link with answers, the outcome page) as soon as this route's module runs,
 * beside React itself, not after React has hydrated the page. The walk renders from the same load
 * (usePageModule), so an outcome link shows its answer about a network round trip and React's
 * start-up sooner on a slow connection.
 */
if (!import.meta.env.SSR) {
  const walk = /\/guide\/([^/]+)\/fragor\/?$/.exec(window.location.pathname);
  if (walk) void loadGuide(walk[1]);
  // A link with answers may lead to an outcome or a penalty table, a chunk of their own.
  if (walk && window.location.search.length > 1) void loadDeferredParts();
}

/**
 * Runs as the HTML is read, before any module: a link with answers must not show the first
 * question while the guide loads (someone could start answering it), so the page shows "Guiden
 * laddas" instead until the runner takes over (see .guide--first-question in global.css). Not when
 * the HTML was prerendered for this very query (an outcome file): it already shows the answer.
 */
const MARK_ANSWERS =
  `if(location.search.length>1&&location.search!==document.currentScript.parentNode.getAttribute('${PRERENDERED_QUERY_ATTRIBUTE}'))` +
  "document.documentElement.setAttribute('data-guide-svar','')";

/**
 * The guide walk. Its state is the URL's query, which a static prerender cannot know: the HTML
 * holds the guide's first question (a first link shows a question at once), and after hydration
 * the runner shows where the URL's answers lead.
 *
 * A new version of the site is not offered in the middle of a walk (issue 12): updates are held on
 * every question page and let go at the outcome, or when the user leaves the walk (unmount).
 */
export default function GuideWalk() {
  const { id = '' } = useParams();
  const prerenderedFor = usePrerenderedQuery();
  const [stage, setStage] = useState<Stage>('fråga');
  const load = guideLoader(id);
  useHoldUpdates(load !== undefined && stage === 'fråga');
  if (!load) return <NotFound />;
  return (
    <div
      className="page page--guide"
      // Which query the HTML shows, for the script below and for hydration (the same on every render,
      // so nothing re-renders after hydration to change it).
      {...{ [PRERENDERED_QUERY_ATTRIBUTE]: prerenderedFor }}
    >
      <script dangerouslySetInnerHTML={{ __html: MARK_ANSWERS }} />
      <p className="loading guide-waiting">Guiden laddas …</p>
      <Suspense fallback={<p className="loading">Guiden laddas …</p>}>
        <Walk id={id} load={load} onStageChange={setStage} />
      </Suspense>
    </div>
  );
}
