import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for a lazily loaded page (a chapter's chunk) to show its heading. */
const WAIT_MS = 5000;

/** Focus is on something the user chose, or on a heading a page focused itself (the guides do). */
function focusIsPlaced(): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && active.id !== 'innehall';
}

function focusHeading(element: HTMLElement, scroll: boolean) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.setAttribute('data-route-focus', '');
  element.focus({ preventScroll: !scroll });
  if (scroll) element.scrollIntoView();
}

/** Calls `found` with the first element `find` returns, now or when it appears; returns a cancel function. */
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
 * After a client-side navigation between pages, keyboard and screen-reader users start where a
 * page load would put them: focus moves to the new page's heading (or to the `#rubrik` the link
 * points at, once a lazily loaded chapter has rendered it) and the new title is announced.
 * Pages that place focus themselves (the guides) win: focus that is already placed is left alone.
 */
export function RouteFocus() {
  const { pathname, hash } = useLocation();
  const firstLoad = useRef(true);

  useEffect(() => {
    if (firstLoad.current) {
      firstLoad.current = false; // a full page load: the browser has done all of this already
      return;
    }
    const anchor = decodeURIComponent(hash.slice(1));
    // The title is announced only when this moves focus: a page that placed focus itself (a guide)
    // announces what matters there.
    const arrive = (el: HTMLElement, scroll: boolean) => {
      focusHeading(el, scroll);
      announce(document.title);
    };
    return anchor
      ? whenPresent(() => document.getElementById(anchor), (el) => arrive(el, true))
      : whenPresent(
          () => document.querySelector<HTMLElement>('main h1'),
          (el) => {
            if (!focusIsPlaced()) arrive(el, false);
          },
        );
  }, [pathname, hash]);

  return (
    <p
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      ref={(el) => {
        liveRegion = el;
      }}
    />
  );
}
