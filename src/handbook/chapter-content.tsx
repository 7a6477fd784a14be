import { Suspense, useEffect, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { chapterLoader, type ChapterModule } from './chapters.ts';
import { TableOfContents } from './table-of-contents.tsx';
import { formatDate, swedishIsoDate } from '../components/format.ts';
import { ssrChapters, usePageModule } from '../prerender/ssr-modules.ts';
import { avtalstidText } from '../components/roc-avtalstid.tsx';
import { useHashTarget } from '../components/use-hash-target.ts';

/** Set after the first client render: from then on, chapters are rendered from their chunks. */
let hydrationDone = false;

/**
 * A chapter's table of contents and text.
 *
 * First visit: the prerendered HTML already holds everything, so React keeps that HTML untouched
 * (an element with dangerouslySetInnerHTML is not hydrated child by child) and the chapter's own
 * JavaScript is never downloaded — this is what keeps a first visit within the 120 KB budget.
 * The two interactive things inside (provision summaries, internal links) work through one
 * delegated click handler. Navigating to another chapter inside the app renders it from its chunk.
 */
export function ChapterContent({ slug }: { slug: string }) {
  const navigate = useNavigate();
  const [keepServerHtml] = useState(
    () => typeof document !== 'undefined' && !hydrationDone && document.querySelector(`[data-chapter="${slug}"]`) !== null,
  );
  useEffect(() => {
    hydrationDone = true;
    // Kept prerendered HTML was rendered on the build date; refresh what depends on today's date.
    if (keepServerHtml) {
      const today = swedishIsoDate();
      document.querySelectorAll(`[data-chapter="${slug}"] [data-roc-avtalstid]`).forEach((el) => {
        el.textContent = avtalstidText(today);
      });
    }
  }, [keepServerHtml, slug]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (!keepServerHtml) return;
    const target = event.target as HTMLElement;
    const toggle = target.closest<HTMLButtonElement>('.lagrum__toggle');
    if (toggle) {
      toggleSummary(toggle);
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href, window.location.href);
    const base = import.meta.env.BASE_URL;
    if (url.origin !== window.location.origin || !url.pathname.startsWith(base)) return;
    if (url.pathname === window.location.pathname && url.hash) return; // same-page anchor: let the browser scroll
    event.preventDefault();
    navigate(`/${url.pathname.slice(base.length)}${url.search}${url.hash}`);
  }

  const load = chapterLoader(slug);
  if (keepServerHtml || !load) {
    return <div className="chapter-content" data-chapter={slug} onClick={onClick} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
  }
  return (
    <div className="chapter-content" data-chapter={slug}>
      <Suspense fallback={<p className="loading">Kapitlet laddas …</p>}>
        <LoadedChapter slug={slug} load={load} />
      </Suspense>
    </div>
  );
}

function LoadedChapter({ slug, load }: { slug: string; load: () => Promise<ChapterModule> }) {
  return <ChapterModuleView module={usePageModule(ssrChapters, slug, load)} />;
}

function ChapterModuleView({ module }: { module: ChapterModule }) {
  useHashTarget();
  const Body = module.default;
  const fm = module.frontmatter;
  return (
    <>
      <p className="lead">
        <span className="visually-hidden">I korthet: </span>
        {fm.summary}
      </p>
      <p className="review-line">
        Senast granskad {formatDate(fm.granskad)} · Nästa granskning {formatDate(fm.nastaGranskning)}
        <br />
        <span className="review-line__who">{fm.granskadAv}</span>
      </p>
      <TableOfContents toc={module.toc} />
      <div className="prose">
        <Body components={module.components} />
      </div>
    </>
  );
}

/** The same behaviour as LagrumCitation's button, for HTML that React does not manage. */
function toggleSummary(button: HTMLButtonElement) {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  const glyph = button.querySelector('[aria-hidden="true"]');
  if (glyph) glyph.textContent = open ? '–' : 'i';
  const label = button.querySelector('.visually-hidden');
  if (label) label.textContent = label.textContent!.replace(/^(Visa|Dölj)/, open ? 'Dölj' : 'Visa');
}
