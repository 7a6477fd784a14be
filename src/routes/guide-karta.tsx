import { Suspense, use, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Route } from './+types/guide-karta';
import { loadDiagram, ssrDiagrams } from 'virtual:diagrams';
import { guider } from 'virtual:guider';
import type { Diagram } from '../diagrams/types.ts';
import { DiagramSvg } from '../diagrams/diagram-svg.tsx';
import { DiagramViewer } from '../diagrams/diagram-viewer.tsx';
import { DiagramAsText } from '../diagrams/diagram-as-text.tsx';
import { pathThroughDiagram, type DiagramPath } from '../diagrams/walk.ts';
import { guideUrl, toSearch, VERSION_KEY } from '../engine/links.ts';
import { NotFound } from '../components/not-found.tsx';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { pageTitle } from '../components/format.ts';
import { useHydrated } from '../components/use-hydrated.ts';

export function meta({ params }: Route.MetaArgs) {
  const g = guider.find((x) => x.id === params.id);
  return pageTitle(`Karta: ${g?.titel ?? 'Beslutsguide'}`, 'Hela beslutsguiden som diagram: varje fråga, varje svar och vart svaret leder.');
}

type Paper = 'A4' | 'A3';

/** Page size for printing: the paper the user picked, turned to suit the diagram's shape. */
function printStyle(diagram: Diagram, paper: Paper): string {
  const landscape = diagram.width >= diagram.height;
  // The page's height less margins and the heading, so the map always fits on one sheet.
  const usable = { A4: landscape ? 150 : 225, A3: landscape ? 225 : 340 }[paper];
  return `@page { size: ${paper} ${landscape ? 'landscape' : 'portrait'}; margin: 10mm; } :root { --dg-print-height: ${usable}mm; }`;
}

const NO_PATH: DiagramPath & { versionOk: boolean } = { steps: [], current: '', versionOk: true };

function Karta({ id, promise }: { id: string; promise: Promise<Diagram> }) {
  const diagram = (import.meta.env.SSR && ssrDiagrams[id]) || use(promise);
  const [params] = useSearchParams();
  // The path depends on the query string, which a prerendered page cannot know: show it after hydration.
  const hydrated = useHydrated();
  const [paper, setPaper] = useState<Paper>('A4');
  const [printRequested, setPrintRequested] = useState(false);

  // The paper size for printing, as a constructed stylesheet: an inline <style> would be blocked by
  // the site's policy (style-src 'self') and differs between prerender and browser.
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printStyle(diagram, paper));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [diagram, paper]);

  useEffect(() => {
    if (!printRequested) return;
    setPrintRequested(false);
    window.print();
  }, [printRequested]);

  let walk = NO_PATH;
  const hasAnswers = hydrated && [...params.keys()].some((k) => k !== VERSION_KEY);
  if (hasAnswers) {
    const v = params.get(VERSION_KEY);
    const versionOk = v !== null && [diagram.version, ...diagram.compatibleVersions].map(String).includes(v);
    walk = versionOk ? { ...pathThroughDiagram(diagram, new Map(params)), versionOk } : { ...NO_PATH, versionOk };
  }
  const linkFor = (node: string) => guideUrl(id, toSearch(walk.steps, diagram.version, node));
  const print = (p: Paper) => {
    setPaper(p);
    setPrintRequested(true);
  };

  return (
    <>
      <Breadcrumbs trail={[{ to: '/guide', label: 'Beslutsguider' }, { to: `/guide/${id}`, label: diagram.title }]} current="Karta" />
      <h1>Karta: {diagram.title}</h1>
      <p className="no-print">
        Hela guiden på en gång, ritad från guidens egen logik. Rektanglar är frågor, rundade rutor är utfall med bedömningen i
        fetstil, och pilarna visar vart varje svar leder.
      </p>
      {walk.steps.length > 0 ? (
        <div className="box no-print" role="note">
          <p>
            Den tjocka svarta linjen visar dina svar hittills och den gula rutan var du är. Klicka på en fråga längs vägen
            för att ändra svaret. <Link to={guideUrl(id, toSearch(walk.steps, diagram.version))}>Fortsätt i guiden</Link>
          </p>
        </div>
      ) : null}
      {!walk.versionOk ? (
        <p className="box box--jurist no-print" role="note">
          Länken gjordes för en annan version av guiden, så dina svar visas inte på kartan. Börja om i guiden för att se din väg.
        </p>
      ) : null}
      <DiagramViewer diagram={diagram} label={`Karta över ${diagram.title}`} focusNode={walk.current || undefined}>
        <DiagramSvg diagram={diagram} path={walk.steps} current={walk.current || undefined} linkFor={linkFor} />
      </DiagramViewer>
      <p className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => print('A4')}>
          Skriv ut på A4
        </button>
        <button type="button" className="button button--secondary" onClick={() => print('A3')}>
          Skriv ut som affisch (A3)
        </button>
      </p>
      <section aria-labelledby="karta-text" className="no-print">
        <h2 id="karta-text">Kartan som text</h2>
        <p>Samma innehåll som kartan: varje fråga, dess svar och vart svaret leder.</p>
        <DiagramAsText diagram={diagram} path={walk.steps} linkFor={linkFor} />
      </section>
    </>
  );
}

export default function GuideKarta() {
  const { id = '' } = useParams();
  const promise = loadDiagram(id);
  if (!promise) return <NotFound />;
  // While prerendering nothing suspends (the diagrams are loaded), and the server entry never outlines
  // a finished boundary (entry.server.tsx), so the map is in the HTML; the same tree hydrates.
  return (
    <div className="page page--karta">
      <Suspense fallback={<p className="loading">Kartan laddas …</p>}>
        <Karta id={id} promise={promise} />
      </Suspense>
    </div>
  );
}
