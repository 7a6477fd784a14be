/**
 * Two blocks that belong with "Gör så här nu":
 * - "Gör också: orosanmälan" where a child is or may be concerned (issue 9 point 1): a disclosure to
 *   the police never replaces socialtjänst's own report of concern (SoL 19:1, OSL 26:9, SoL 20:1).
 * - "Vilken grund passar?" where the outcome can rest on more than one basis (issue 9 point 6): each
 *   basis with the facts it fits, so the journal names only the one actually used.
 */
import { Fragment } from 'react';
import { orosanmalan } from '../../../content/guider/orosanmalan.ts';
import type { OrosanmalanVisning } from '../../engine/path-facts.ts';
import type { Grund } from '../../machines/types.ts';
import { cite } from './cite.tsx';

export function AlsoReportSection({ visning }: { visning: Exclude<OrosanmalanVisning, null> }) {
  return (
    <section aria-labelledby="orosanmalan" className="box box--viktigt also-report print-guidance">
      <h2 id="orosanmalan" className="box__label">
        {orosanmalan.rubrik[visning]}
      </h2>
      <ul className="also-report__steps">
        {orosanmalan.steg.map((s) => (
          <li key={s.text}>
            {s.text}{' '}
            <span className="also-report__law">
              (
              {s.lagrum.map((id, i) => (
                <Fragment key={id}>
                  {i > 0 ? ', ' : null}
                  {cite(id)}
                </Fragment>
              ))}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BasesSection({ grunder, facts }: { grunder: readonly Grund[]; facts: Record<string, string> }) {
  return (
    <section aria-labelledby="grunder" className="print-guidance">
      <h2 id="grunder">Vilken grund passar?</h2>
      <p>Utfallet kan vila på olika grunder beroende på vad som har hänt. Stöd dig på den som passar, och skriv bara den i journalen.</p>
      <dl className="bases">
        {grunder.map((g) => (
          <Fragment key={g[0]}>
            <dt>
              {g.map((id, i) => (
                <Fragment key={id}>
                  {i > 0 ? ' och ' : null}
                  {cite(id)}
                </Fragment>
              ))}
            </dt>
            <dd>{facts[g[0]]}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
