import { useState } from 'react';
import { SharedText } from './shared-texts.tsx';

/** "Dokumentera": what the note must hold, the ready journal text, copy and print. */
export function DocumentSection({ journal, weighing }: { journal: string; weighing?: string }) {
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(journal);
      setCopyStatus('Journaltexten är kopierad. Klistra in den i journalen och fyll i det som saknas.');
    } catch {
      const area = document.getElementById('journaltext') as HTMLTextAreaElement | null;
      area?.select();
      const ok = document.execCommand?.('copy');
      setCopyStatus(ok ? 'Journaltexten är kopierad.' : 'Kopieringen fungerade inte. Markera texten och kopiera den själv.');
    }
  }

  return (
    <section aria-labelledby="dokumentera">
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
      <textarea id="journaltext" className="journal" readOnly rows={14} value={journal} />
      <div className="button-group no-print">
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

/** The printed record: the journal text with blank lines for case number, worker and signature. */
export function PrintRecord({ journal, today }: { journal: string; today: string }) {
  return (
    <div className="print-record">
      <h1>Journalunderlag – sekretessprövning</h1>
      <p>Ärende/diarienummer: ______________________________</p>
      <p>Handläggare: ______________________________ Datum: {today}</p>
      <pre>{journal}</pre>
      <p>Beslutsfattare och underskrift: ______________________________</p>
    </div>
  );
}
