import { Link } from 'react-router';
import type { Route } from './+types/presentera';
import { cases } from '../training/cases.ts';
import { guider } from 'virtual:guider';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { pageTitle } from '../components/format.ts';

export function meta(_: Route.MetaArgs) {
  return pageTitle('Presentera för en grupp', 'Gå igenom ett övningsfall eller en beslutsguide med en grupp, på projektor.');
}

/** Trainer mode's start page: pick a training case or a guide to walk through with a room. */
export default function Presentera() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Presentera" />
      <h1>Presentera för en grupp</h1>
      <p className="lead">
        Gå igenom ett övningsfall eller en beslutsguide tillsammans, på projektor. Gruppen röstar på varje fråga innan du visar
        svaret.
      </p>
      <h2>Så styr du</h2>
      <ul>
        <li>
          <kbd>→</kbd> eller mellanslag: nästa steg. <kbd>←</kbd>: tillbaka. En presentatörsfjärr (Page Down och Page Up) fungerar
          också.
        </li>
        <li>
          <kbd>D</kbd>: kartan med vägen hittills. <kbd>T</kbd>: Tänk om … – vart de andra svaren hade lett. <kbd>F</kbd>: helskärm.{' '}
          <kbd>Esc</kbd>: stäng kartan eller avsluta.
        </li>
        <li>
          Presentatörsvyn öppnas i ett eget fönster med diskussionsfrågor, nästa steg och en klocka. Båda fönstren följer varandra.
        </li>
        <li>Ingenting sparas och ingenting skickas. Var ni är i genomgången finns bara i adressfältet.</li>
      </ul>
      <h2>Övningsfall</h2>
      {guider.map((g) => {
        const own = cases.filter((c) => c.frontmatter.guide === g.id);
        if (own.length === 0) return null;
        return (
          <section key={g.id} aria-labelledby={`fall-${g.id}`}>
            <h3 id={`fall-${g.id}`}>{g.titel}</h3>
            <ul className="tr-start-list">
              {own.map((c) => (
                <li key={c.id}>
                  <Link to={`/presentera/fall/${c.id}`}>{c.frontmatter.titel}</Link>{' '}
                  <span className="no-print">
                    · <Link to={`/presentera/fall/${c.id}/utdelning`}>Utdelning<span className="visually-hidden">: {c.frontmatter.titel}</span></Link>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <h2>Beslutsguider</h2>
      <p>Gå igenom en guide utan fall: gruppen bestämmer svaren.</p>
      <ul>
        {guider.map((g) => (
          <li key={g.id}>
            <Link to={`/presentera/guide/${g.id}`}>{g.titel}</Link> ·{' '}
            <Link to={`/guide/${g.id}/karta`}>
              Karta<span className="visually-hidden">: {g.titel}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
