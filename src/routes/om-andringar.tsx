import { andringar } from '../../content/andringar.ts';
import { formatDate, pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';

export const meta = () => pageTitle('Ändringar i innehållet');

export default function OmAndringar() {
  return (
    <div className="page">
      <Breadcrumbs trail={[{ to: '/om', label: 'Om tjänsten' }]} current="Ändringar" />
      <h1>Ändringar i innehållet</h1>
      <p className="lead">Här ser du vad som har ändrats i handboken och guiderna, senaste först.</p>
      {andringar.map((a) => (
        <section key={a.version} aria-labelledby={`v-${a.version}`}>
          <h2 id={`v-${a.version}`}>
            Version {a.version} – {formatDate(a.datum)}
          </h2>
          <p>
            <strong>{a.rubrik}</strong>
          </p>
          <ul>
            {a.punkter.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
