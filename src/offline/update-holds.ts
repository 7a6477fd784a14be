/**
 * When is it safe to offer a new version? Everywhere, except where a reload would cost the user their
 * place: the route layer says so by holding updates while such a page is shown (the guide walk holds
 * them on its question pages and lets go at the outcome or when the user leaves the walk).
 *
 * Holds are counted, not flagged, so two parts of a page can hold at once without undoing each other.
 */
import { useEffect, useSyncExternalStore } from 'react';

const holds = new Set<object>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** While `hold` is true and the calling component is shown, the update notice waits. */
export function useHoldUpdates(hold: boolean): void {
  useEffect(() => {
    if (!hold) return undefined;
    const token = {};
    holds.add(token);
    changed();
    return () => {
      holds.delete(token);
      changed();
    };
  }, [hold]);
}

/** True while any shown part of the page holds updates. */
export function useUpdatesHeld(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => holds.size > 0,
    () => false,
  );
}
