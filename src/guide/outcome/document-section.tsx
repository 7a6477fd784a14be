import { useState } from 'react';
import { SharedText } from './shared-texts.tsx';
import type { DecisionRecord } from '../journal.ts';

/** "Dokumentera": what the note must hold, the record as text to paste, copy and print. */
export function DocumentSection({ journal, weighing }: { journal: string; weighing?: string }) {
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(journal);
      setCopyStatus('Journaltexten är kopierad. Klistra in den i journalen och fyll i det som står [fyll i].');
    } catch {
      const area = document.getElementById('journaltext') as HTMLTextAreaElement | null;
      area?.select();
      const ok = document.execCommand?.('copy');
      setCopyStatus(ok ? 'Journaltexten är kopierad.' : 'Kopieringen fungerade inte. Markera texten och kopiera den själv.');
    }
  }

  return (
    <section aria-labelledby="dokumentera" className="no-print">
      <h2 id="dokumentera">Dokumentera</h2>
      <SharedText name="dokumentera" />
      {weighing ? (
        <p>
          <strong>Avvägning att dokumentera:</strong> {weighing}
        </p>
      ) : null}
      <label htmlFor="journaltext" className="label">
        Journaltext att kopiera
      </label>
      <textarea id="journaltext" className="journal" readOnly rows={Math.min(24, journal.split('\n').length + 1)} value={journal} />
      <div className="button-group">
        <button type="button" className="button" onClick={copy}>
          Kopiera
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Skriv ut
        </button>
      </div>
      <p role="status" className="copy-status">
        {copyStatus}
      </p>
    </section>
  );
}

/**
 * The printed record: after the guidance (verdict, scope, steps), the same record as the journal
 * text, with lines to write on where the text says "[fyll i]".
 */
export function PrintRecord({ record }: { record: DecisionRecord }) {
  return (
    <section className="print-record">
      <h2>{record.title}</h2>
      <dl>
        {record.lines.map((line, i) => {
          if (line.kind === 'heading') return <dt key={i} className="print-record__heading">{line.text}</dt>;
          if (line.kind === 'item') return <dd key={i} className="print-record__item">{line.text}</dd>;
          return (
            <div key={i} className="print-record__row">
              <dt>{line.label}:</dt>
              <dd>{line.kind === 'fact' ? line.value : <span className="print-record__blank" />}</dd>
            </div>
          );
        })}
      </dl>
      <p className="print-record__row">
        Underskrift: <span className="print-record__blank" />
      </p>
    </section>
  );
}
