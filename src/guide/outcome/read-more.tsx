import { Link } from 'react-router';

/** Chapters that explain the outcome. */
export function ReadMore({ slugs, chapterTitles }: { slugs: string[]; chapterTitles: Record<string, string> }) {
  if (!slugs.length) return null;
  return (
    <section aria-labelledby="las-mer">
      <h2 id="las-mer">Läs mer</h2>
      <ul>
        {slugs.map((slug) => (
          <li key={slug}>
            <Link to={`/handbok/${slug}`}>{chapterTitles[slug] ?? slug}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
