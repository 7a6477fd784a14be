import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import Kapitel from '../../src/routes/kapitel.tsx';
import { checkContent } from '../../src/buildtime/content-check.ts';
import { chapterLoader } from '../../src/handbook/chapters.ts';
import { preloadPageModule, ssrChapters } from '../../src/prerender/ssr-modules.ts';

function renderChapter(slug: string) {
  const Stub = createRoutesStub([{ path: '/handbok/:slug', Component: Kapitel }]);
  return render(<Stub initialEntries={[`/handbok/${slug}`]} />);
}

const scanned = checkContent(process.cwd()).chapters;

// Compiling a chapter's MDX on first import can take longer than findBy's wait on a loaded machine.
// Preload the chapters once up front, the way the app does when a link gets hover or focus (a hook
// with its own generous limit), so the page finds its module loaded and the assertions measure the
// page, not the compiler. (A render that suspends inside Testing Library's synchronous act() is not
// retried in jsdom when the import settles; in the browser it is, which the e2e tests cover.)
beforeAll(async () => {
  await Promise.all(['samtycke', 'grunderna', 'roc-avtalet'].map((slug) => preloadPageModule(ssrChapters, slug, chapterLoader(slug)!)));
}, 120_000);

// Rendering a long chapter in jsdom can itself take more than a second when the machine is busy;
// wait for the content generously — these tests check what the page shows, not how fast.
const WAIT = { timeout: 20_000 };
const contentLoaded = () => screen.findByRole('navigation', { name: 'Innehåll' }, WAIT);

describe('kapitelsidan', () => {
  it('visar rubrik, sammanfattning och granskningsdatum', async () => {
    renderChapter('samtycke');
    expect(screen.getByRole('heading', { level: 1, name: 'Samtycke' })).toBeInTheDocument();
    expect(await screen.findByText(/Senast granskad 2 december 2026 · Nästa granskning 2 juni 2027/, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText(/Inte juristgranskad/)).toBeInTheDocument();
    expect(screen.getByText(/Om personen samtycker får du lämna/)).toHaveClass('lead');
  });

  it('visar kapitlets text, innehållsförteckning och lagrum när kapitlet har laddats', async () => {
    renderChapter('samtycke');
    const toc = await contentLoaded();
    expect(within(toc).getAllByRole('link').length).toBeGreaterThan(3);
    expect(screen.getAllByRole('link', { name: /12 kap\. 3 § OSL/ }).length).toBeGreaterThan(0);
  });

  it('ger varje rubrik i texten samma ankare som innehållsförteckningen och sökningen använder', async () => {
    for (const slug of ['grunderna', 'samtycke', 'roc-avtalet']) {
      const { unmount } = renderChapter(slug);
      await contentLoaded();
      const expected = scanned.find((c) => c.slug === slug)!.toc.map((t) => t.id);
      const rendered = [...document.querySelectorAll('.prose h2[id], .prose h3[id]')].map((h) => h.id);
      expect(rendered, slug).toEqual(expected);
      unmount();
    }
  });

  it('länkar till föregående och nästa kapitel', () => {
    renderChapter('samtycke');
    const pager = screen.getByRole('navigation', { name: 'Föregående och nästa kapitel' });
    expect(within(pager).getByRole('link', { name: /Föregående kapitel/ })).toHaveAttribute('href', '/handbok/mellan-myndigheter');
    expect(within(pager).getByRole('link', { name: /Nästa kapitel/ })).toHaveAttribute('href', '/handbok/sekretessbrytande-bestammelser');
  });

  it('visar en svensk sida-saknas-text för ett okänt kapitel', () => {
    renderChapter('finns-inte');
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});

describe('granskningsdatum som har passerat', () => {
  it('visar en tydlig varning när nästa granskning har passerat', async () => {
    const realDate = Date;
    // The page compares the review date with the real date after it has rendered.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new realDate('2027-06-10T10:00:00Z'));
    try {
      renderChapter('samtycke');
      expect(await screen.findByText(/Kapitlet skulle ha granskats igen 2 juni 2027/, {}, WAIT)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('visar ingen varning före nästa granskning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    try {
      renderChapter('samtycke');
      await contentLoaded();
      expect(screen.queryByText(/skulle ha granskats igen/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('länk till ett avsnitt inne i appen', () => {
  it('flyttar fokus till rubriken när kapitlet har laddats', async () => {
    const heading = scanned.find((c) => c.slug === 'samtycke')!.toc[2];
    renderChapter(`samtycke#${encodeURIComponent(heading.id)}`);
    await contentLoaded();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(heading.id), WAIT);
    expect(document.activeElement?.tagName).toMatch(/^H[23]$/);
  });
});
