/**
 * What the /presentera routes share: which guide and case a URL names, the case mapped to trainer
 * mode's shape, and the guide's diagram composed into the trainer (the two capabilities never
 * import each other; this route layer joins them).
 */
import { Suspense, use, type ComponentType, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { loadGuide } from '../engine/catalog.ts';
import { caseSession, guideSession } from '../trainer/session.ts';
import { useSessionController } from '../trainer/use-session-controller.ts';
import type { Command, Session, TrainerState } from '../trainer/types.ts';
import { NotFound } from '../components/not-found.tsx';
import { useHydrated } from '../components/use-hydrated.ts';
import { useHoldUpdates } from '../offline/update-holds.ts';
import { caseById } from '../training/cases.ts';
import { mdxComponents } from '../components/mdx-components.tsx';
import { isGuideId } from '../engine/guide-ids.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import type { Step } from '../engine/links.ts';
import type { TrainerCase } from '../trainer/types.ts';
import { loadDiagram } from 'virtual:diagrams';
import { DiagramSvg } from '../diagrams/diagram-svg.tsx';
import { DiagramViewer } from '../diagrams/diagram-viewer.tsx';
import type { Diagram } from '../diagrams/types.ts';

export interface Target {
  kind: 'fall' | 'guide';
  guide: string;
  case?: TrainerCase;
  /** Names the session on the sync channel, e.g. "fall/polisen-16-aring-pappa-sager-nej". */
  key: string;
  /** The projector's path, e.g. /presentera/fall/<id>. */
  path: string;
}

const caseCache = new Map<string, TrainerCase>();

function trainerCase(id: string): TrainerCase | undefined {
  const cached = caseCache.get(id);
  if (cached) return cached;
  const c = caseById(id);
  if (!c) return undefined;
  const Body = c.default;
  const fm = c.frontmatter;
  const mapped: TrainerCase = {
    id,
    titel: fm.titel,
    Facts: () => <Body components={mdxComponents} />,
    kortfakta: fm.kortfakta,
    svar: fm.svar,
    diskussion: fm.diskussion,
    vanligaMisstag: fm.vanligaMisstag,
  };
  caseCache.set(id, mapped);
  return mapped;
}

export function targetFor(typ: string | undefined, id: string | undefined): Target | undefined {
  if (!id) return undefined;
  if (typ === 'fall') {
    const c = trainerCase(id);
    const guide = caseById(id)?.frontmatter.guide;
    if (!c || !guide || !isGuideId(guide)) return undefined;
    return { kind: 'fall', guide, case: c, key: `fall/${id}`, path: `/presentera/fall/${id}` };
  }
  if (typ === 'guide' && isGuideId(id)) return { kind: 'guide', guide: id, key: `guide/${id}`, path: `/presentera/guide/${id}` };
  return undefined;
}

/** The help text of a guide's question, for the presenter's notes. */
export function helpTextFor(bundle: GuideBundle): ComponentType<{ node: string }> {
  return function HelpText({ node }: { node: string }) {
    const Body = bundle.questions[node]?.default;
    return Body ? <Body components={mdxComponents} /> : null;
  };
}

function LoadedDiagram({ promise, path, current }: { promise: Promise<Diagram>; path: Step[]; current: string }) {
  const diagram = use(promise);
  return (
    <DiagramViewer diagram={diagram} label={`Karta över ${diagram.title}`} focusNode={current} startScale={1.25} className="tr-diagram">
      <DiagramSvg diagram={diagram} path={path} current={current} hereLabel="Här är ni" />
    </DiagramViewer>
  );
}

/** The guide's diagram with the path so far, loaded on first use. */
export function diagramRenderer(guide: string) {
  return function renderDiagram(path: Step[], current: string) {
    const promise = loadDiagram(guide);
    if (!promise) return null;
    return (
      <Suspense fallback={<p>Kartan laddas …</p>}>
        <LoadedDiagram promise={promise} path={path} current={current} />
      </Suspense>
    );
  };
}

export interface LiveSession {
  target: Target;
  bundle: GuideBundle;
  session: Session;
  state: TrainerState;
  run: (command: Command) => void;
  /** This window's query string, to open the other window at the same step. */
  search: string;
}

function Live({ target, promise, render }: { target: Target; promise: Promise<GuideBundle>; render: (live: LiveSession) => ReactNode }) {
  const bundle = use(promise);
  const { search } = useLocation();
  const sessionFor = (params: URLSearchParams) => (target.case ? caseSession(bundle, target.case) : guideSession(bundle, params));
  const { session, state, run } = useSessionController(sessionFor, target.key, '/presentera');
  return render({ target, bundle, session, state, run, search });
}

/**
 * A projector or presenter route: the session the URL names, driven by the URL's query. A
 * prerendered page cannot know the query, so it shows `loading` until hydrated.
 */
export function SessionRoute({ loading, render }: { loading: string; render: (live: LiveSession) => ReactNode }) {
  const { typ, id } = useParams();
  const hydrated = useHydrated();
  const target = targetFor(typ, id);
  const promise = target ? loadGuide(target.guide) : undefined;
  // No "new version" notice in front of a room: the update waits until the session is left.
  useHoldUpdates(promise !== undefined);
  if (!target || !promise) return <NotFound />;
  const fallback = <p className="tr-loading">{loading}</p>;
  return hydrated ? (
    <Suspense fallback={fallback}>
      <Live target={target} promise={promise} render={render} />
    </Suspense>
  ) : (
    fallback
  );
}

/** The address of a session's window (projector or presenter) at the same step, under the base path. */
export function windowHref(target: Target, search: string, presenter: boolean): string {
  return `${import.meta.env.BASE_URL}${target.path.slice(1)}${presenter ? '/presentator' : ''}${search}`;
}
