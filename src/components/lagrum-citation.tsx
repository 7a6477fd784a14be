import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { LagrumCardProps } from '../law/card.ts';

export const STATUS_LABEL: Record<string, string> = {
  verifierad: 'Kontrollerad mot lagtexten',
  'delvis-verifierad': 'Delvis kontrollerad – kontrollera med jurist',
  overifierad: 'Inte kontrollerad – kontrollera med jurist',
};

/**
 * A citation of one provision, inline in running text: the citation links to the provision's page,
 * and a disclosure button shows the summary in place (WAI-ARIA disclosure pattern: a <details>
 * element cannot sit inside a paragraph). Without JavaScript the link still works. The link and the
 * button never break apart (`.lagrum__head`), so the "i" stays on the line of its citation.
 */
export function LagrumCitation({ id, citation, title, summary, status, former, upprepad = false }: LagrumCardProps & { upprepad?: boolean }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  // A repeat within the same chapter section: the summary is one button away at its first mention.
  if (upprepad) {
    return (
      <Link to={`/lagrum/${id}`} className="lagrum__link">
        {citation}
      </Link>
    );
  }
  return (
    <span className="lagrum">
      <span className="lagrum__head">
        <Link to={`/lagrum/${id}`} className="lagrum__link">
          {citation}
        </Link>
        <button
          type="button"
          className="lagrum__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
        >
          <span aria-hidden="true">{open ? '–' : 'i'}</span>
          <span className="visually-hidden">
            {open ? 'Dölj' : 'Visa'} sammanfattning av {citation}
          </span>
        </button>
      </span>
      <span id={panelId} className="lagrum__panel" hidden={!open}>
        <strong>{title}.</strong> {summary}
        {former ? <> Tidigare: {former}.</> : null}
        {status !== 'verifierad' ? <> {STATUS_LABEL[status]}.</> : null}
      </span>
    </span>
  );
}
