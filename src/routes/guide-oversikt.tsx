import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import type { Route } from './+types/guide-oversikt';
import { guideLoader } from '../engine/catalog.ts';
import type { GuideBundle } from '../engine/bundle.ts';
import { ssrGuides, usePageModule } from '../prerender/ssr-modules.ts';
import { outcomeIds, questionIds } from '../engine/model.ts';
import { guideUrl } from '../engine/links.ts';
import { NotFound } from '../components/not-found.tsx';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { formatDate, pageTitle } from '../components/format.ts';
import { mdxComponents } from '../components/mdx-components.tsx';
import { guider } from 'virtual:guider';
import { kapitel } from 'virtual:handbok';

export function meta({ params }: Route.MetaArgs) {
  const g = guider.find((x) => x.id === params.id);
  return pageTitle(g?.titel ?? 'Beslutsguide', g?.beskrivning);
}

function Overview({ id, load }: { id: string; load: () => Promise<GuideBundle> }) {
  const bundle = usePageModule(ssrGuides, id, load);
  const fm = bundle.index.frontmatter;
  const Body = bundle.index.default;
  const chapters = fm.kapitel.map((slug) => kapitel.find((c) => c.slug === slug)).filter((c) => c !== undefined);
  return (
    <>
      <Breadcrumbs trail={[{ to: '/guide', label: 'Beslutsguider' }]} current={fm.titel} />
      <h1>{fm.titel}</h1>
      <p className="lead">{fm.beskrivning}</p>
      <p>
        <strong>För vem:</strong> {fm.forVem}
      </p>
      <p>
        <Link to={guideUrl(bundle.id)} className="button button--start" role="button">
          Starta
        </Link>
      </p>
      <p>
        <Link to={`/guide/${bundle.id}/karta`}>Se hela guiden som en karta</Link>
      </p>
      <p className="review-line">
        Senast granskad {formatDate(fm.granskad)} · Nästa granskning {formatDate(fm.nastaGranskning)} · Version{' '}
        {fm.version} · {questionIds(bundle.machine).length} frågor och {outcomeIds(bundle.machine).length} möjliga resultat
        <br />
        <span className="review-line__who">{fm.granskadAv}</span>
      </p>
      <div className="prose">
        <Body components={mdxComponents} />
      </div>
      <h2>Kapitel som guiden bygger på</h2>
      <ul>
        {chapters.map((c) => (
          <li key={c.slug}>
            <Link to={`/handbok/${c.slug}`}>{c.title}</Link>
          </li>
        ))}
      </ul>
      <p>Guiden frågar aldrig efter namn eller andra uppgifter om personen. Dina svar finns bara i adressfältet.</p>
    </>
  );
}

export default function GuideOversikt() {
  const { id = '' } = useParams();
  const load = guideLoader(id);
  if (!load) return <NotFound />;
  return (
    <div className="page">
      <Suspense fallback={<p className="loading">Guiden laddas …</p>}>
        <Overview id={id} load={load} />
      </Suspense>
    </div>
  );
}
