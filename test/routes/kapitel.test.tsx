import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import Kapitel from '../../src/routes/kapitel.tsx';
import { checkContent } from '../../src/buildtime/content-check.ts';

function renderChapter(slug: string) {
  const Stub = createRoutesStub([{ path: '/handbok/:slug', Component: Kapitel }]);
  return render(<Stub initialEntries={[`/handbok/${slug}`]} />);
}

const scanned = checkContent(process.cwd()).chapters;

describe('kapitelsidan', () => {
  it('visar rubrik, sammanfattning och granskningsdatum', async () => {
    renderChapter('samtycke');
    expect(screen.getByRole('heading', { level: 1, name: 'Samtycke' })).toBeInTheDocument();
    expect(await screen.findByText(/Senast granskad 22 november 2026 · Nästa granskning 22 maj 2027/)).toBeInTheDocument();
    expect(screen.getByText(/Inte juristgranskad/)).toBeInTheDocument();
    expect(screen.getByText(/Om personen samtycker får du lämna/)).toHaveClass('lead');
  });

  it('visar kapitlets text, innehållsförteckning och lagrum när kapitlet har laddats', async () => {
    renderChapter('samtycke');
    const toc = await screen.findByRole('navigation', { name: 'Innehåll' });
    expect(within(toc).getAllByRole('link').length).toBeGreaterThan(3);
    expect(screen.getAllByRole('link', { name: /12 kap\. 3 § OSL/ }).length).toBeGreaterThan(0);
  });

  it('ger varje rubrik i texten samma ankare som innehållsförteckningen och sökningen använder', async () => {
    for (const slug of ['grunderna', 'samtycke', 'roc-avtalet']) {
      const { unmount } = renderChapter(slug);
      await screen.findByRole('navigation', { name: 'Innehåll' });
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
    vi.setSystemTime(new realDate('2027-06-01T10:00:00Z'));
    try {
      renderChapter('samtycke');
      expect(await screen.findByText(/Kapitlet skulle ha granskats igen 22 maj 2027/)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('visar ingen varning före nästa granskning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    try {
      renderChapter('samtycke');
      await screen.findByRole('navigation', { name: 'Innehåll' });
      expect(screen.queryByText(/skulle ha granskats igen/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
