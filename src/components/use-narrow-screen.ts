import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint, the same as the stylesheet's `@media (max-width: 40rem)`. */
export const NARROW = '(max-width: 40rem)';

/**
 * Set on <html> by a prerendered page that has put its content in the phone's order before the
 * first paint (see the outcome page): hydration must then render that order too.
 */
export const NARROW_ORDER_MARK = 'data-smal-ordning';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * True on a phone-sized screen. For the few places where the order of content itself changes
 * (not only its look), so that reading and focus order follow what is on screen. False while
 * prerendering, and while hydrating unless the page has marked that it is in the phone's order.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => typeof document !== 'undefined' && document.documentElement.hasAttribute(NARROW_ORDER_MARK),
  );
}
