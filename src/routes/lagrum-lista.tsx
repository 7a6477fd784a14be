import { Link } from 'react-router';
import { provisionsByKind, KIND_LABEL } from '../law/registry.ts';
import { pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { StatusBadge } from '../components/status-badge.tsx';

export const meta = () => pageTitle('Lagrum');

export default function LagrumLista() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Lagrum" />
      <h1>Lagrum</h1>
      <p className="lead">
        Alla bestämmelser som handboken och guiderna hänvisar till, med en kort sammanfattning. Där en paragraf har flyttat
        med nya socialtjänstlagen (2025:400) står det tidigare numret också.
      </p>
      {provisionsByKind().map(([kind, items]) => (
        <section key={kind} aria-labelledby={`grupp-${kind}`}>
          <h2 id={`grupp-${kind}`}>{KIND_LABEL[kind]}</h2>
          <ul className="provision-list">
            {items.map(([id, p]) => (
              <li key={id}>
                <Link to={`/lagrum/${id}`} className="provision-list__citation">
                  {p.citation}
                </Link>{' '}
                – {p.title}
                {p.former ? <span className="provision-list__former"> (tidigare {p.former.citation})</span> : null}
                {p.status !== 'verifierad' ? <StatusBadge status={p.status} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
