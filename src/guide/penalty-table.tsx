/**
 * The dated table of lowest penalties under a 10:23 threshold question (issue 9 point 4): the rows of
 * content/straffskalor.ts with whether each reaches this question's threshold (six months for a
 * completed crime, one year for attempt, preparation or conspiracy), when the figure was checked,
 * and the reform caveat. The question's help text refers to it as "tabellen under frågan".
 */
import { STRAFFSKALOR_FORBEHALL, STRAFFSKALOR_LYDELSE, lagstaStraffText, narGransen, straffskalor } from '../../content/straffskalor.ts';
import type { Straffgrans } from '../machines/types.ts';
import { cite } from './outcome/cite.tsx';
import { formatDate } from '../components/format.ts';

const THRESHOLD: Record<Straffgrans, string> = { '6-manader': 'sex månader', '1-ar': 'ett år' };

export function PenaltyTable({ grans }: { grans: Straffgrans }) {
  return (
    <section className="penalties">
      <h2 id="straffskalor">
        Lägsta straff för några vanliga brott, enligt brottsbalken i {STRAFFSKALOR_LYDELSE}
      </h2>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="straffskalor">
        <table>
          <thead>
            <tr>
              <th scope="col">Brott</th>
              <th scope="col">Grad</th>
              <th scope="col">Bestämmelse</th>
              <th scope="col">Lägsta straff</th>
              <th scope="col">Når {THRESHOLD[grans]}?</th>
              <th scope="col">Kontrollerad</th>
            </tr>
          </thead>
          <tbody>
            {straffskalor.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.brott}</th>
                <td>{s.grad}</td>
                <td>{'id' in s.bestammelse ? cite(s.bestammelse.id) : s.bestammelse.citat}</td>
                <td>{lagstaStraffText(s.lagsta)}</td>
                <td>{narGransen(s, grans) ? 'Ja' : 'Nej'}</td>
                <td>
                  {formatDate(s.kontrollerad)}. {s.verifierad ? 'Läst i lagtexten.' : 'Delvis kontrollerat.'}
                  {s.anmarkning ? ` ${s.anmarkning}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Kontrollera straffskalan:</strong> {STRAFFSKALOR_FORBEHALL}
      </p>
    </section>
  );
}
