import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

const sections = [
  { to: '/guide', label: 'Beslutsguider' },
  { to: '/handbok', label: 'Handbok' },
  { to: '/lagrum', label: 'Lagrum' },
  { to: '/ordlista', label: 'Ordlista' },
  { to: '/ovningsfall', label: 'Övningsfall' },
  { to: '/om', label: 'Om tjänsten' },
];

/** `search`: the search field, composed in by the root layout (components do not import capabilities). */
export function SiteHeader({ search }: { search?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__name">
          Sekretessguiden
        </Link>
        <nav aria-label="Huvudmeny">
          <ul className="site-nav">
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {search}
      </div>
    </header>
  );
}
