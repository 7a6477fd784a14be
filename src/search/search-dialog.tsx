/**
 * The search dialog: a modal <dialog> with a combobox and a grouped listbox (WAI-ARIA APG
 * "combobox with listbox popup"). Results appear as you type; arrows move through them, Enter opens
 * the active one (or the first), Esc closes. Loaded only when search is first opened, together
 * with Fuse and the index.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { loadSearchEngine } from './load-engine.ts';
import type { SearchEngine, SearchHit } from './engine.ts';
import { HitDetails, Highlighted } from './search-hit.tsx';
import { Suggestions } from './suggestions.tsx';
import { KIND_LABEL } from './types.ts';
import { countText } from './count-text.ts';
import './search.css';

/** The dialog shows this many hits; the results page shows all. */
const DIALOG_LIMIT = 30;

export default function SearchDialog({
  query,
  onQueryChange,
  onReady,
  onClose,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  /** The field has focus and takes the keys from here on. */
  onReady: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Called once, when the dialog has opened (a ref, so a new callback does not reopen it).
  const readyRef = useRef(onReady);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const ids = useId();
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    const field = input.current;
    if (field) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    }
    readyRef.current();
  }, []);

  useEffect(() => {
    let live = true;
    loadSearchEngine().then(
      (e) => live && setEngine(e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const response = useMemo(() => (engine && query.trim() ? engine.search(query, DIALOG_LIMIT) : undefined), [engine, query]);
  const hits = useMemo(() => response?.hits ?? [], [response]);
  // Shown grouped by kind, the group of the best hit first, so the first option shown is the best
  // hit and Enter opens it; the keyboard walks the options in the order shown.
  const groups = useMemo(() => {
    const kinds = [...new Set(hits.map((h) => h.doc.kind))];
    return kinds.map((kind) => ({ kind, hits: hits.filter((h) => h.doc.kind === kind) }));
  }, [hits]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const optionId = (i: number) => `${ids}-val-${i}`;
  const listId = `${ids}-lista`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${ids}-val-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, ids]);

  function close() {
    dialog.current?.close();
  }

  function open(hit: SearchHit | undefined) {
    if (!hit) return;
    close();
    // A section link focuses its heading (useHashTarget); otherwise start reading at the content.
    Promise.resolve(navigate(hit.doc.url)).then(() => {
      if (!hit.doc.url.includes('#')) document.getElementById('innehall')?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!ordered.length) return;
      const n = ordered.length;
      const down = event.key === 'ArrowDown';
      setActive((a) => (a < 0 ? (down ? 0 : n - 1) : (a + (down ? 1 : -1) + n) % n));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(ordered[active] ?? ordered[0]);
    }
  }

  function change(value: string) {
    setActive(-1);
    onQueryChange(value);
  }

  let status = '';
  if (failed) status = 'Sökningen kunde inte laddas.';
  else if (!engine) status = 'Sökningen laddas …';
  else if (response) status = countText(hits.length, hits.length === DIALOG_LIMIT);

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby={`${ids}-rubrik`} onClose={onClose}>
      <div className="search-dialog__head">
        <h2 id={`${ids}-rubrik`} className="search-dialog__title">
          Sök i Sekretessguiden
        </h2>
        <button type="button" className="search-dialog__close" onClick={close}>
          Stäng <span aria-hidden="true">(Esc)</span>
        </button>
      </div>
      <label htmlFor={`${ids}-falt`} className="visually-hidden">
        Sökord eller paragraf
      </label>
      <input
        ref={input}
        id={`${ids}-falt`}
        className="search-dialog__input"
        type="text"
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${ids}-hjalp`}
        autoComplete="off"
        spellCheck={false}
        placeholder="Till exempel 10:21 eller samtycke barn"
        value={query}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${ids}-hjalp`} className="search-dialog__help">
        Träffarna visas medan du skriver. Välj med pilarna och Enter.
      </p>
      <p role="status" className="search-dialog__status">
        {status}
        {ordered.length && response?.didYouMean ? ` Visar träffar för ”${response.didYouMean}”.` : ''}
      </p>
      {failed ? (
        <p>
          Kontrollera anslutningen och{' '}
          <button type="button" className="link-button" onClick={() => (setFailed(false), setAttempt((n) => n + 1))}>
            försök igen
          </button>
          .
        </p>
      ) : null}
      <div id={listId} role="listbox" aria-label="Träffar" className="search-dialog__list">
        {groups.map((group) => {
          const heading = `${ids}-grupp-${group.kind}`;
          return (
            <div key={group.kind} role="group" aria-labelledby={heading} className="search-group">
              <div id={heading} role="presentation" className="search-group__heading">
                {KIND_LABEL[group.kind]}
              </div>
              {group.hits.map((hit) => {
                const i = ordered.indexOf(hit);
                return (
                  <div
                    key={hit.doc.url}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className="search-hit search-hit--option"
                    onMouseMove={() => setActive(i)}
                    onClick={() => open(hit)}
                  >
                    <span className="search-hit__title">
                      <Highlighted text={hit.doc.title} terms={response?.highlight ?? []} />
                    </span>
                    <HitDetails hit={hit} terms={response?.highlight ?? []} showKind={false} />
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {engine && !ordered.length ? (
        <Suggestions query={query.trim()} didYouMean={response?.didYouMean} onPick={change} onFollow={close} />
      ) : null}
      {ordered.length ? (
        <p className="search-dialog__all">
          <Link to={`/sok?q=${encodeURIComponent(query.trim())}`} onClick={close}>
            Visa alla träffar på en egen sida
          </Link>
        </p>
      ) : null}
    </dialog>
  );
}
