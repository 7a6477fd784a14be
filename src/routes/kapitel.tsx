import { Link, useParams } from 'react-router';
import type { Route } from './+types/kapitel';
import { chapterBySlug, chapterLoader, kapitel } from '../handbook/chapters.ts';
import { ChapterContent } from '../handbook/chapter-content.tsx';
import { ssrChapters } from '../prerender/ssr-modules.ts';
import { formatDate, pageTitle } from '../components/format.ts';
import { guider } from 'virtual:guider';
import { NotFound } from '../components/not-found.tsx';
import { useToday } from '../components/use-today.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';

export function meta({ params }: Route.MetaArgs) {
  const chapter = chapterBySlug(params.slug);
  // The summary is in the prerendered page (the chapter modules are loaded while prerendering); in the
  // browser it would cost every chapter's summary in the first-load JavaScript, so after a client-side
  // navigation the site description stands in. Search engines and link previews read the HTML.
  const summary = import.meta.env.SSR && chapter ? ssrChapters.get(chapter.slug)?.frontmatter.summary : undefined;
  return pageTitle(chapter?.title ?? 'Sidan finns inte', summary);
}

export default function Kapitel() {
  const { slug } = useParams();
  const today = useToday();
  const chapter = chapterBySlug(slug);
  if (!chapter || !slug || !chapterLoader(slug)) return <NotFound />;
  const index = kapitel.indexOf(chapter);
  const prev = kapitel[index - 1];
  const next = kapitel[index + 1];
  const overdue = chapter.nastaGranskning < today;
  const relatedGuides = guider.filter((g) => chapter.guider.includes(g.id as (typeof chapter.guider)[number]));

  return (
    <div className="page page--chapter">
      <Breadcrumbs trail={[{ to: '/handbok', label: 'Handbok' }]} current={chapter.title} />
      <article aria-labelledby="kapitel-rubrik">
        <h1 id="kapitel-rubrik">{chapter.title}</h1>
        {overdue ? (
          <p className="box box--jurist" role="note">
            Kapitlet skulle ha granskats igen {formatDate(chapter.nastaGranskning)}. Lagen kan ha ändrats sedan dess –
            kontrollera med er jurist innan du går efter texten.
          </p>
        ) : null}
        <ChapterContent key={slug} slug={slug} />
        {relatedGuides.length > 0 ? (
          <aside className="related-guides" aria-labelledby="guider-rubrik">
            <h2 id="guider-rubrik">Beslutsguider som hör till kapitlet</h2>
            <ul>
              {relatedGuides.map((g) => (
                <li key={g.id}>
                  <Link to={`/guide/${g.id}`}>{g.titel}</Link>
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
      </article>
      <nav className="pager" aria-label="Föregående och nästa kapitel">
        {prev ? (
          <Link to={`/handbok/${prev.slug}`} rel="prev" className="pager__prev">
            <span className="pager__dir">Föregående kapitel</span> {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`/handbok/${next.slug}`} rel="next" className="pager__next">
            <span className="pager__dir">Nästa kapitel</span> {next.title}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
