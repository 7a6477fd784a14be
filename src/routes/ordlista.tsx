import { Link } from 'react-router';
import { ordlista } from '../../content/ordlista.ts';
import { isLagrumId, provision } from '../law/registry.ts';
import { pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';

export const meta = () => pageTitle('Ordlista');

const collator = new Intl.Collator('sv');
const terms = [...ordlista].sort((a, b) => collator.compare(a.term, b.term));
const byId = new Map(ordlista.map((t) => [t.id, t]));
const letters = [...new Set(terms.map((t) => t.term[0].toLocaleUpperCase('sv')))];

export default function Ordlista() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Ordlista" />
      <h1>Ordlista</h1>
      <p className="lead">Ord och begrepp som handboken använder, förklarade med vanliga ord. {terms.length} begrepp.</p>
      <nav aria-label="Bokstäver" className="letters">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              <a href={`#bokstav-${l}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((l) => (
        <section key={l} aria-labelledby={`bokstav-${l}`}>
          <h2 id={`bokstav-${l}`}>{l}</h2>
          <dl className="glossary">
            {terms
              .filter((t) => t.term[0].toLocaleUpperCase('sv') === l)
              .map((t) => (
                <div key={t.id} className="glossary__item">
                  <dt id={t.id}>{t.term}</dt>
                  <dd>
                    <p>{t.definition}</p>
                    {t.lagrum?.length ? (
                      <p className="glossary__refs">
                        Lagrum:{' '}
                        {t.lagrum.filter(isLagrumId).map((id, i) => (
                          <span key={id}>
                            {i > 0 ? ', ' : ''}
                            <Link to={`/lagrum/${id}`}>{provision(id).citation}</Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {t.se?.length ? (
                      <p className="glossary__refs">
                        Se även:{' '}
                        {t.se.map((id, i) => (
                          <span key={id}>
                            {i > 0 ? ', ' : ''}
                            <a href={`#${id}`}>{byId.get(id)?.term ?? id}</a>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
