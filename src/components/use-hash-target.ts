import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation to `…#rubrik`, scroll to that element and move focus to it, once the
 * content that holds it has rendered. React Router's ScrollRestoration tries the hash before a
 * lazily loaded chapter exists, so the page stayed at the top; and a keyboard or screen-reader user
 * who follows a search hit or a table-of-contents link should start reading at the section.
 * Call it from the component that renders the content (it runs after that content is in the DOM).
 */
export function useHashTarget(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash || hash === '#') return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [hash, key]);
}
