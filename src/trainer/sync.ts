/**
 * Keeps the projector and the presenter's window on the same step. BroadcastChannel only reaches
 * windows of this site in this browser: nothing leaves the computer, and nothing is stored.
 * A window publishes only what its own user did (a key, a button); a window that follows the other
 * never publishes, so the two cannot echo each other back and forth.
 */
import { useEffect, useRef } from 'react';

const CHANNEL = 'sekretessguiden-presentera';

export type SyncMessage =
  | { type: 'steg'; session: string; search: string }
  /** A window that just opened asks the others where the session is. */
  | { type: 'var-ar-ni'; session: string };

export function isSyncMessage(data: unknown): data is SyncMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return typeof m.session === 'string' && (m.type === 'var-ar-ni' || (m.type === 'steg' && typeof m.search === 'string'));
}

/**
 * `session` names what is being presented (e.g. "fall/polisen-16-aring"); `search` is this window's
 * state; `follow` is called with the other window's state. Returns `publish` for local changes.
 */
export function useSessionSync(session: string, search: string, follow: (search: string) => void): (search: string) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(search);
  const followRef = useRef(follow);
  current.current = search;
  followRef.current = follow;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isSyncMessage(message) || message.session !== session) return;
      if (message.type === 'var-ar-ni') ch.postMessage({ type: 'steg', session, search: current.current } satisfies SyncMessage);
      else if (message.search !== current.current) followRef.current(message.search);
    };
    ch.postMessage({ type: 'var-ar-ni', session } satisfies SyncMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [session]);

  return (next: string) => channel.current?.postMessage({ type: 'steg', session, search: next } satisfies SyncMessage);
}
