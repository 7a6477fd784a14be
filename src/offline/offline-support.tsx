/**
 * The service worker's face in the page, rendered once by the root layout:
 * - "Du är offline – innehållet är från <datum>" while the browser has no network;
 * - the notice about a new version (update-notice.tsx), shown only when no part of the page holds
 *   updates (update-holds.ts), with "Uppdatera nu" as the only way the new version is activated.
 * The service worker client and the notice load lazily after hydration.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { formatDate } from '../components/format.ts';
import { useOnline } from './online-status.ts';
import { useUpdatesHeld } from './update-holds.ts';

interface Props {
  /** ISO date of the content this build carries (the newest changelog entry). */
  contentDate: string;
}

type Notice = ComponentType<{ activate: () => void; onLater: () => void }>;

export function OfflineSupport({ contentDate }: Props) {
  const online = useOnline();
  const held = useUpdatesHeld();
  const [update, setUpdate] = useState<{ activate: () => void; Notice: Notice } | null>(null);
  const [later, setLater] = useState(false);

  useEffect(() => {
    if (import.meta.env.DEV) return;
    void import('./service-worker-client.ts').then(({ startServiceWorker }) =>
      startServiceWorker(import.meta.env.BASE_URL, (activate) => {
        void import('./update-notice.tsx').then(({ UpdateNotice }) => setUpdate({ activate, Notice: UpdateNotice }));
      }),
    );
  }, []);

  return (
    // data-update-ready: a new version is waiting, whether or not the notice may show yet.
    <div className="site-status" aria-live="polite" data-update-ready={update ? 'ja' : undefined}>
      {online ? null : (
        <p className="site-status__offline" data-offline-notice>
          Du är offline – innehållet är från {formatDate(contentDate)}.
        </p>
      )}
      {update && !held && !later ? <update.Notice activate={update.activate} onLater={() => setLater(true)} /> : null}
    </div>
  );
}
