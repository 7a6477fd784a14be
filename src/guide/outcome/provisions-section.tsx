import { Link } from 'react-router';
import { provision, type LagrumId } from '../../law/registry.ts';
import { STATUS_LABEL } from '../../components/lagrum-citation.tsx';
import { formatDate } from '../../components/format.ts';

/** The deciding provisions as cards: citation, summary, former number, date, check status, law text. */
export function ProvisionsSection({ ids }: { ids: LagrumId[] }) {
  return (
    <section aria-labelledby="lagrum-rubrik">
      <h2 id="lagrum-rubrik">Lagrum som avgör</h2>
      <ul className="provision-cards">
        {ids.map((id) => {
          const p = provision(id);
          return (
            <li key={id} className="provision-card">
              <h3 className="provision-card__title">
                <Link to={`/lagrum/${id}`}>{p.citation}</Link> – {p.title}
              </h3>
              <p>{p.summary}</p>
              <p className="provision-card__meta">
                {p.former ? <>Tidigare {p.former.citation}. </> : null}
                {p.appliesFrom ? <>Lydelsen gäller från {formatDate(p.appliesFrom)}. </> : null}
                {STATUS_LABEL[p.status]}.{' '}
                <a href={p.url} rel="external noreferrer">
                  Lagtexten<span className="visually-hidden"> för {p.citation} (extern webbplats)</span>
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
