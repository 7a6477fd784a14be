/**
 * "En ny version av Sekretessguiden finns": a polite notice under the header, never a modal and never
 * a reload by itself. Loaded only when a new version is waiting, so it costs a first visit nothing.
 */
import { useState } from 'react';
import { Link } from 'react-router';

interface Props {
  /** Activates the new version and reloads the page. */
  activate: () => void;
  /** Hides the notice for the rest of this page view. */
  onLater: () => void;
}

export function UpdateNotice({ activate, onLater }: Props) {
  const [updating, setUpdating] = useState(false);
  return (
    <div className="update-notice" data-update-notice>
      <p>
        <strong>En ny version av Sekretessguiden finns.</strong> Uppdatera när det passar dig. Sidan laddas om och visar
        då den nya versionen.
      </p>
      <p className="update-notice__actions">
        <button
          type="button"
          className="button"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            activate();
          }}
        >
          {updating ? 'Uppdaterar …' : 'Uppdatera nu'}
        </button>
        <Link to="/om/andringar">Vad är nytt?</Link>
        <button type="button" className="button button--secondary" onClick={onLater}>
          Senare
        </button>
      </p>
    </div>
  );
}
