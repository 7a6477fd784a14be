import { Link } from 'react-router';
import { kapitel } from '../handbook/chapters.ts';
import { sammanfattningar } from 'virtual:handbok-sammanfattningar';
import { formatDate, pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';

export const meta = () => pageTitle('Handbok');

export default function Handbok() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Handbok" />
      <h1>Handbok</h1>
      <p className="lead">
        Kapitlen förklarar när du får eller måste lämna uppgifter om en person till polisen eller Kriminalvården, och på
        vilken grund. Börja med grunderna om du är ny.
      </p>
      <ol className="card-list">
        {kapitel.map((c) => (
          <li key={c.slug} className="card">
            <h2 className="card__title">
              <Link to={`/handbok/${c.slug}`}>{c.title}</Link>
            </h2>
            <p>{sammanfattningar[c.slug]}</p>
            <p className="card__meta">Senast granskad {formatDate(c.granskad)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
