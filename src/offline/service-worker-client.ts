/**
 * Registers the service worker and tells the page when a new version is ready — never more. It
 * never reloads by itself: `onUpdate` gets a function that activates the new version and reloads,
 * and the page calls it when the user says "Uppdatera nu" (see update-notice.tsx).
 *
 * Loaded lazily after hydration, so it adds nothing to a page's first-load JavaScript.
 */
const SKIP_WAITING = { type: 'SKIP_WAITING' }; // what Workbox's generated worker listens for
const RECHECK_AFTER_MS = 60 * 60 * 1000;

export function startServiceWorker(base: string, onUpdate: (activate: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const controlledAtStart = container.controller !== null;
  let activatedHere = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  container.addEventListener('controllerchange', () => {
    if (activatedHere) reload();
    // Another tab activated the new version. This page still shows the old one: offer a reload,
    // at the same safe moment as any update. (The first install also changes controller: ignored.)
    else if (controlledAtStart) onUpdate(reload);
  });

  const offer = (worker: ServiceWorker) =>
    onUpdate(() => {
      activatedHere = true;
      worker.postMessage(SKIP_WAITING);
    });

  container
    .register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
      // A tab left open through a shift looks for a new version when it comes back into view.
      let lastCheck = Date.now();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || Date.now() - lastCheck < RECHECK_AFTER_MS) return;
        lastCheck = Date.now();
        registration.update().catch(() => undefined);
      });
    })
    .catch(() => undefined); // Without a service worker the site still works online.
}
