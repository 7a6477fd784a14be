import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { GuideBundle } from '../engine/bundle.ts';
import { replay, searchAfterAnswer, searchForBack, stepsInUrl, type Position } from '../engine/url.ts';
import { guideUrl, toSearch } from '../engine/links.ts';
import { QuestionPage } from './question-page.tsx';
import { LazyOutcomePage, loadDeferredParts } from './lazy-parts.tsx';
import { AnswersList } from './answers-list.tsx';
import { ProblemNotice } from './problem-notice.tsx';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { outcomeMeta } from '../engine/model.ts';
import { useHydratedTransition } from '../components/use-hydrated.ts';
import { announce } from '../components/route-focus.tsx';
import { usePrerenderedQuery } from './prerendered-query.ts';
import { innehallsversion } from 'virtual:innehallsversion';
import { kapitel } from 'virtual:handbok';

const chapterTitles = Object.fromEntries(kapitel.map((c) => [c.slug, c.title]));

function headingOf(bundle: GuideBundle, position: Position): string {
  return position.isOutcome
    ? bundle.outcomes[position.current].frontmatter.rubrik
    : bundle.questions[position.current].frontmatter.rubrik;
}

/** An in-app path as the full address someone else can open (base path included). */
function absoluteUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`, window.location.origin).href;
}

/**
 * While hydrating the walk page's HTML, the walk starts at the first question (the HTML's), and the
 * URL's answers take over right after.
 */
const NO_ANSWERS = new URLSearchParams();

/** The user has put focus somewhere on the page (e.g. on a prerendered answer before the script ran). */
function userHasMovedFocus(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body || active.id === 'innehall') return false;
  return !active.matches('[data-guide-heading], [data-route-focus]'); // a heading focused by script, not by the user
}

/**
 * Shows where the URL puts the user in a guide. Every answer is a new history entry, so the
 * browser's back button, reload, bookmarks and shared links all rebuild the same state.
 */
export function GuideRunner({
  bundle,
  onStageChange,
}: {
  bundle: GuideBundle;
  /** Told whether the walk shows a question or an outcome, e.g. so the route can hold updates mid-walk. */
  onStageChange?: (stage: 'fråga' | 'utfall') => void;
}) {
  const [urlParams] = useSearchParams();
  // Hydration must render what the prerendered HTML shows, or React would throw the HTML away. The
  // walk page's HTML shows the first question; the URL's state then renders as a transition, in
  // short slices, so an outcome opened from a link does not block the page. An outcome file's HTML
  // (src/buildtime/outcome-pages.ts) already shows the URL's state. The server renders the query it
  // is given: none for the walk page, the walk's for an outcome file.
  const hydrated = useHydratedTransition();
  const location = useLocation();
  const prerenderedFor = usePrerenderedQuery();
  const showsUrl = hydrated || (prerenderedFor !== '' && prerenderedFor === location.search);
  const params = showsUrl ? urlParams : NO_ANSWERS;
  const navigate = useNavigate();
  const { version, kompatiblaVersioner, titel } = bundle.index.frontmatter;
  // Kept between renders of the same address, so the outcome (memoised) is not rendered again when
  // only hydration has finished.
  const position = useMemo(
    () => replay(bundle.machine, params, { current: version, compatible: kompatiblaVersioner }),
    [bundle.machine, params, version, kompatiblaVersioner],
  );
  const allSteps = useMemo(() => stepsInUrl(bundle.machine, params), [bundle.machine, params]);
  const base = guideUrl(bundle.id);
  const back = searchForBack(position, allSteps, version);
  const heading = headingOf(bundle, position);
  const arrival = useRef(location.key);
  const stage = position.isOutcome ? 'utfall' : 'fråga';

  useEffect(() => onStageChange?.(stage), [stage, onStageChange]);

  // "Guiden laddas" (set by the walk page while loading) goes in the same frame as the URL's state
  // comes in: a plain effect would leave one frame with both, and the page would jump (CLS).
  useLayoutEffect(() => {
    if (hydrated) document.documentElement.removeAttribute('data-guide-svar');
  }, [hydrated]);

  // Focus moves to the new page's heading, so keyboard and screen-reader users start at the
  // question — except on arrival, when the user may already have moved into the prerendered page.
  useEffect(() => {
    if (!hydrated) return; // the URL's own state renders right after
    document.title = `${heading} – ${titel} – Sekretessguiden`;
    if (location.key === arrival.current && userHasMovedFocus()) return;
    const target = document.querySelector<HTMLElement>(
      position.problems.length ? '[data-guide-problem]' : '[data-guide-heading]',
    );
    target?.focus();
    if (position.isOutcome) announce(`Resultat: ${VERDICT_LABEL[outcomeMeta(bundle.machine, position.current).verdict]}. ${heading}`);
  }, [location.search, hydrated]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className={showsUrl ? 'guide' : 'guide guide--first-question'}>
      <div className="guide__nav no-print">
        {back !== null ? (
          // Replace, not push: otherwise the browser's Back would then go forward to the question just left.
          <Link to={`${base}${back}`} replace className="back-link">
            Tillbaka
          </Link>
        ) : (
          <Link to={`/guide/${bundle.id}`} className="back-link">
            Tillbaka till guidens startsida
          </Link>
        )}
        {allSteps.length > 0 ? (
          <Link to={`/guide/${bundle.id}/karta${toSearch(allSteps, version)}`} className="guide__map-link">
            Visa vägen på kartan
          </Link>
        ) : null}
      </div>
      {position.problems.length ? <ProblemNotice bundle={bundle} problems={position.problems} /> : null}
      {position.isOutcome ? (
        <LazyOutcomePage
          bundle={bundle}
          outcome={position.current}
          steps={position.steps}
          outcomeUrl={import.meta.env.SSR ? '' : absoluteUrl(`${base}${toSearch(position.steps, version)}`)}
          contentVersion={innehallsversion.version}
          chapterTitles={chapterTitles}
        />
      ) : (
        <QuestionPage
          key={`${position.current}:${position.selected ?? ''}`}
          bundle={bundle}
          node={position.current}
          selected={position.selected}
          carried={{ version, steps: position.steps }}
          onChoose={() => void loadDeferredParts()}
          onAnswer={(value) => navigate(`${base}${searchAfterAnswer(bundle.machine, params, position.current, value, version)}`)}
        />
      )}
      <div className="no-print">
        <AnswersList
          bundle={bundle}
          shown={position.steps}
          all={allSteps}
          version={version}
          basePath={base}
        />
        <p>
          <Link to={base} className="restart-link">
            Börja om
          </Link>
        </p>
      </div>
    </div>
  );
}
