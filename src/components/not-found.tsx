import { Link } from 'react-router';
import { guideUrl } from '../engine/links.ts';
import { guider } from 'virtual:guider';

export function NotFound() {
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>Adressen kan vara felskriven, eller så har sidan flyttats.</p>
      <h2>Beslutsguiderna</h2>
      <ul className="link-list">
        {guider.map((g) => (
          <li key={g.id}>
            <Link to={guideUrl(g.id)}>{g.titel}</Link>
          </li>
        ))}
      </ul>
      <h2>Gå vidare</h2>
      <ul className="link-list">
        <li>
          <Link to="/">Startsidan</Link>
        </li>
        <li>
          <Link to="/handbok">Handbokens kapitel</Link>
        </li>
        <li>
          <Link to="/lagrum">Alla lagrum</Link>
        </li>
        <li>
          <Link to="/ordlista">Ordlistan</Link>
        </li>
      </ul>
    </div>
  );
}
