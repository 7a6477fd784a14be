import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False while prerendering and during hydration, true after: for output that depends on the URL's query. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Like `useHydrated`, but the switch after hydration is rendered as a transition. `useHydrated`
 * flips in a synchronous re-render, so a large page that depends on the URL (a guide's outcome)
 * renders in one long task that blocks input on a slow laptop; as a transition React renders it in
 * short slices and keeps the prerendered page until the new one is ready. A component mounted after
 * hydration (an in-app link) gets true at once, as with `useHydrated`.
 */
export function useHydratedTransition(): boolean {
  const hydrated = useHydrated();
  const [ready, setReady] = useState(hydrated);
  useEffect(() => {
    if (hydrated && !ready) startTransition(() => setReady(true));
  }, [hydrated, ready]);
  return ready;
}
