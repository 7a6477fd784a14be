import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint, the same as the stylesheet's `@media (max-width: 40rem)`. */
const NARROW = '(max-width: 40rem)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * True on a phone-sized screen. For the few places where the order of content itself changes
 * (not only its look), so that reading and focus order follow what is on screen. False while
 * prerendering and hydrating.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
