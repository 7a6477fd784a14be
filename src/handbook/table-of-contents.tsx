import type { TocEntry } from './types.ts';

export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  const top = toc.filter((t) => t.depth === 2);
  if (top.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-rubrik">
      <h2 id="toc-rubrik" className="toc__heading">
        Innehåll
      </h2>
      <ol>
        {top.map((t) => (
          <li key={t.id}>
            <a href={`#${t.id}`}>{t.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
