import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/** mm:ss (h:mm:ss past an hour) for a number of seconds. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** A stopwatch for the trainer: only in this window, never stored. */
export function Timer() {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (startedAt === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [startedAt]);

  const running = startedAt !== null;
  const elapsed = banked + (running ? (now - startedAt) / 1000 : 0);
  return (
    <div className="tr-timer" role="group" aria-label="Tidtagning">
      <p className="tr-timer__time">
        <span className="visually-hidden">Tid: </span>
        <time>{formatElapsed(elapsed)}</time>
      </p>
      <button
        type="button"
        className="tr-button"
        onClick={() => {
          if (running) {
            setBanked(elapsed);
            setStartedAt(null);
          } else {
            setNow(Date.now());
            setStartedAt(Date.now());
          }
        }}
      >
        {running ? 'Pausa' : elapsed > 0 ? 'Fortsätt' : 'Starta tiden'}
      </button>
      <button
        type="button"
        className="tr-button"
        onClick={() => {
          setBanked(0);
          setStartedAt(running ? Date.now() : null);
          setNow(Date.now());
        }}
      >
        Nollställ
      </button>
    </div>
  );
}
