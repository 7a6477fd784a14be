/** One hit as the dialog and the results page show it: title, where it lives, excerpt. */
import { formatDate } from '../components/format.ts';
import type { SearchHit } from './engine.ts';
import { highlightParts } from './highlight.ts';
import { KIND_LABEL } from './types.ts';

/** Text with the matched words in <mark>. Always React text: a query never becomes markup. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}

/** "Tidigare 14 kap. 1 § SoL (2001:453), flyttad hit 1 juli 2025." */
export function movedLine(hit: SearchHit): string | undefined {
  if (!hit.movedFrom) return undefined;
  const when = hit.doc.lagrum?.movedOn ? ` den ${formatDate(hit.doc.lagrum.movedOn)}` : '';
  return `Du sökte på ${hit.movedFrom}. Bestämmelsen flyttades${when} och heter nu ${hit.doc.lagrum?.citation ?? hit.doc.title}.`;
}

export function HitDetails({ hit, terms, showKind }: { hit: SearchHit; terms: readonly string[]; showKind: boolean }) {
  const moved = movedLine(hit);
  return (
    <>
      <span className="search-hit__meta">
        {showKind ? `${KIND_LABEL[hit.doc.kind]} · ` : ''}
        {hit.doc.context}
      </span>
      {moved ? <span className="search-hit__moved">{moved}</span> : null}
      <span className="search-hit__excerpt">
        <Highlighted text={hit.doc.excerpt} terms={terms} />
      </span>
    </>
  );
}
