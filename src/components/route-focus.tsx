import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for a lazily loaded page to show its heading. */
const WAIT_MS = 5000;

/**
 * The new page has placed focus itself: on a heading or message it made focusable by script
 * (tabindex="-1": a guide's question, an error summary, a `#rubrik` target). Focus left on the
 * link that was followed (a menu or pager link that stays on screen) does not count.
 */
function pageHasPlacedFocus(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active.id === 'innehall') return false;
  return active.closest('main') !== null && active.getAttribute('tabindex') === '-1';
}

/** Calls `found` with the element `find` returns, now or when it appears; returns a cancel function. */
function whenPresent(find: () => HTMLElement | null, found: (el: HTMLElement) => void): () => void {
  const now = find();
  if (now) {
    found(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const el = find();
    if (el) {
      stop();
      found(el);
    }
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/** The app's one live region (rendered by RouteFocus); pages announce through it. */
let liveRegion: HTMLElement | null = null;

/** Says `message` to screen-reader users (politely, after what they are hearing now). */
export function announce(message: string) {
  if (liveRegion) liveRegion.textContent = message;
}

/**
 * After a client-side navigation to another page, keyboard and screen-reader users start where a
 * page load would put them: focus moves to the new page's heading and the new title is announced.
 * Pages that place focus themselves win (the guides; a chapter opened at `#rubrik` focuses that
 * section with useHashTarget): focus that is already placed is left alone.
 */
export function RouteFocus() {
  const { pathname, hash } = useLocation();
  const firstLoad = useRef(true);

  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false; // a full page load: the browser has done all of this already
      // The page is interactive from here on: every effect of the first render has run. Browser
      // tests wait for this instead of guessing how long hydration takes.
      document.documentElement.setAttribute('data-hydrated', '');
      return;
    }
    if (hash) {
      announce(document.title);
      return;
    }
    return whenPresent(
      () => document.querySelector<HTMLElement>('main h1'),
      (heading) => {
        if (pageHasPlacedFocus()) return;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.setAttribute('data-route-focus', '');
        heading.focus({ preventScroll: true });
        announce(document.title);
      },
    );
    // Only a new page moves focus; the hash is read for that page, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <p
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-announcer
      ref={(el) => {
        liveRegion = el;
      }}
    />
  );
}
