import { Link, useParams } from 'react-router';
import type { Route } from './+types/lagrum';
import { isLagrumId, provision } from '../law/registry.ts';
import { chaptersCiting } from '../handbook/citing.ts';
import { formatDate, pageTitle } from '../components/format.ts';
import { NotFound } from '../components/not-found.tsx';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { STATUS_LABEL } from '../components/lagrum-citation.tsx';

export function meta({ params }: Route.MetaArgs) {
  if (!isLagrumId(params.id)) return pageTitle('Sidan finns inte');
  const p = provision(params.id);
  return pageTitle(`${p.citation} – ${p.title}`, p.summary);
}

export default function Lagrum() {
  const { id } = useParams();
  if (!isLagrumId(id)) return <NotFound />;
  const p = provision(id);
  const citing = chaptersCiting(id);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ to: '/lagrum', label: 'Lagrum' }]} current={p.citation} />
      <h1>
        {p.citation}
        <span className="h1-sub">{p.title}</span>
      </h1>
      <p className="lead">{p.summary}</p>
      {p.caveat ? (
        <div className="box box--jurist" role="note">
          <p className="box__label">Att tänka på</p>
          <p>{p.caveat}</p>
        </div>
      ) : null}
      <dl className="facts">
        <dt>Lag</dt>
        <dd>
          {p.law} ({p.sfs})
        </dd>
        {p.former ? (
          <>
            <dt>Tidigare</dt>
            <dd>
              {p.former.citation}
              {p.former.note ? <span className="facts__note"> {p.former.note}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>Lydelsen vi utgår från gäller från</dt>
        <dd>{p.appliesFrom ? formatDate(p.appliesFrom) : 'Datum inte kontrollerat. Kontrollera aktuell lydelse.'}</dd>
        {p.breaking ? (
          <>
            <dt>När</dt>
            <dd>{p.breaking.when}</dd>
            <dt>Till vem</dt>
            <dd>{p.breaking.to}</dd>
            <dt>Får eller måste</dt>
            <dd>{p.breaking.verdict === 'måste' ? 'Du måste lämna uppgiften (skyldighet).' : 'Du får lämna uppgiften (sekretessen hindrar inte).'}</dd>
          </>
        ) : null}
        <dt>Kontroll</dt>
        <dd>{STATUS_LABEL[p.status]}</dd>
      </dl>
      {p.history && p.history.length > 0 ? (
        <section aria-labelledby="andringar">
          <h2 id="andringar">Ändringar att känna till</h2>
          <ul>
            {p.history.map((h) => (
              <li key={h.date + h.text}>
                {formatDate(h.date)}
                {h.sfs ? ` (SFS ${h.sfs})` : ''}: {h.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="kapitel">
        <h2 id="kapitel">Kapitel som hänvisar hit</h2>
        {citing.length ? (
          <ul>
            {citing.map((c) => (
              <li key={c.slug}>
                <Link to={`/handbok/${c.slug}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Inget kapitel hänvisar ännu till bestämmelsen.</p>
        )}
      </section>
      <p>
        <a href={p.url} rel="external noreferrer">
          Läs lagtexten hos Regeringskansliets rättsdatabaser<span className="visually-hidden"> (öppnar extern webbplats)</span>
        </a>
      </p>
      <p>
        <Link to="/lagrum">Alla lagrum</Link>
      </p>
    </div>
  );
}
