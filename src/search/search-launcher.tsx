/**
 * The search field in the header of every page: the only part of search in a page's first-load
 * JavaScript, so it stays tiny. Without JavaScript it is a plain form that goes to /sok (which
 * says that search needs JavaScript). Once the page is live it is a button that opens the search
 * dialog; so do "/" and Ctrl+K (⌘K). The dialog, Fuse and the index load on first open.
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { useHydrated } from '../components/use-hydrated.ts';

const SearchDialog = lazy(() => import('./search-dialog.tsx'));

/** "/" must not open search while the user is typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function SearchLauncher() {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');

  const [ready, setReady] = useState(false);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      // Someone who types straight after Ctrl+K must not lose the first letters while the dialog
      // loads: keep them until its field takes over.
      if (open && !ready) {
        if (plain && event.key.length === 1) {
          event.preventDefault();
          setQuery((q) => q + event.key);
        }
        return;
      }
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && plain && !isTyping(event.target);
      if (open || (!ctrlK && !slash)) return;
      event.preventDefault();
      setOpen(true);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, ready]);

  if (!hydrated) {
    return (
      <form role="search" aria-label="Sök i Sekretessguiden" className="site-search" method="get" action={`${import.meta.env.BASE_URL}sok`}>
        <label htmlFor="sok-sidhuvud" className="visually-hidden">
          Sök i Sekretessguiden
        </label>
        <input id="sok-sidhuvud" className="site-search__field" type="search" name="q" placeholder="Sök" />
        <button type="submit" className="site-search__submit">
          Sök
        </button>
      </form>
    );
  }
  return (
    <div role="search" aria-label="Sök i Sekretessguiden" className="site-search">
      <button type="button" className="site-search__field site-search__open" aria-haspopup="dialog" aria-keyshortcuts="Control+K /" onClick={() => setOpen(true)}>
        <span>Sök</span>
        <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog
            query={query}
            onQueryChange={setQuery}
            onReady={() => setReady(true)}
            onClose={() => {
              setOpen(false);
              setReady(false);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
