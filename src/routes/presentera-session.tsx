/**
 * What the /presentera routes share: which guide and case a URL names, the case mapped to trainer
 * mode's shape, and the guide's diagram composed into the trainer (the two capabilities never
 * import each other; this route layer joins them).
 */
import { Suspense, use, type ComponentType } from 'react';
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
