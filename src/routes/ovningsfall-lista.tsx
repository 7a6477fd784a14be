import { Link } from 'react-router';
import { cases } from '../training/cases.ts';
import { guider } from 'virtual:guider';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { pageTitle } from '../components/format.ts';

export const meta = () => pageTitle('Övningsfall');

export default function OvningsfallLista() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Övningsfall" />
      <h1>Övningsfall</h1>
      <p className="lead">
        Påhittade fall att öva på, ensam eller i grupp. Läs fallet, gå igenom guiden och jämför med facit. Varje fall
        kontrolleras automatiskt mot guiden, så facit stämmer alltid med den version du ser.
      </p>
      {guider.map((g) => {
        const own = cases.filter((c) => c.frontmatter.guide === g.id);
        if (own.length === 0) return null;
        return (
          <section key={g.id} aria-labelledby={`fall-${g.id}`}>
            <h2 id={`fall-${g.id}`}>{g.titel}</h2>
            <ul className="link-list">
              {own.map((c) => (
                <li key={c.id}>
                  <Link to={`/ovningsfall/${c.id}`}>{c.frontmatter.titel}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
