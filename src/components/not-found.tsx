import { Link } from 'react-router';

export function NotFound() {
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>Adressen kan vara felskriven, eller så har sidan flyttats.</p>
      <p>Här kan du gå vidare:</p>
      <ul>
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
