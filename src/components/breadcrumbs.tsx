import { Link } from 'react-router';

export function Breadcrumbs({ trail, current }: { trail: { to: string; label: string }[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Du är här">
      <ol>
        <li>
          <Link to="/">Startsida</Link>
        </li>
        {trail.map((t) => (
          <li key={t.to}>
            <Link to={t.to}>{t.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
