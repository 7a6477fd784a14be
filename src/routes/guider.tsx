import { Link } from 'react-router';
import { guider } from 'virtual:guider';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { pageTitle } from '../components/format.ts';

export const meta = () => pageTitle('Beslutsguider');

export default function Guider() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Beslutsguider" />
      <h1>Beslutsguider</h1>
      <p className="lead">
        Svara på några frågor och få ett svar med lagstöd: om du får, måste eller inte får lämna uppgiften, vad du ska
        göra nu och vad du ska dokumentera.
      </p>
      <ul className="card-list">
        {guider.map((g) => (
          <li key={g.id} className="card">
            <h2 className="card__title">
              <Link to={`/guide/${g.id}`}>{g.titel}</Link>
            </h2>
            <p>{g.beskrivning}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
