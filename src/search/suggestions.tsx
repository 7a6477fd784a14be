/**
 * What search offers when there is nothing to show yet or no hit: "Menade du …", the decision
 * guides, the key from old to new SoL paragraphs, and examples of what can be typed.
 */
import { Link } from 'react-router';
import { guider } from 'virtual:guider';

const EXAMPLES = ['10:21', '14 kap. 1 § SoL', 'samtycke barn', 'orosanmälan', 'skyddade personuppgifter'];

/** The table from old to new SoL paragraphs (a test checks that the anchor exists). */
export const PARAGRAPH_KEY = '/handbok/lagandringar#paragrafnyckel-gamla-sol-till-nya-sol';

export function Suggestions({
  query,
  didYouMean,
  onPick,
  onFollow,
}: {
  /** The query that gave no hits (empty before anything is typed). */
  query: string;
  didYouMean?: string;
  /** Search for another query (a "Menade du" or an example). */
  onPick: (query: string) => void;
  /** Called when a link is followed (the dialog closes). */
  onFollow?: () => void;
}) {
  return (
    <div className="search-suggestions">
      {query ? (
        <p>
          Inga träffar för <q>{query}</q>.
          {didYouMean ? (
            <>
              {' '}
              Menade du{' '}
              <button type="button" className="link-button" onClick={() => onPick(didYouMean)}>
                {didYouMean}
              </button>
              ?
            </>
          ) : null}
        </p>
      ) : null}
      <p>Du kan söka på ord, en situation eller en paragraf, till exempel:</p>
      <ul className="search-suggestions__examples">
        {EXAMPLES.map((e) => (
          <li key={e}>
            <button type="button" className="link-button" onClick={() => onPick(e)}>
              {e}
            </button>
          </li>
        ))}
      </ul>
      <p>Eller börja i en beslutsguide:</p>
      <ul>
        {guider.map((g) => (
          <li key={g.id}>
            <Link to={`/guide/${g.id}`} onClick={onFollow}>
              {g.titel}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        Har du en paragraf ur gamla socialtjänstlagen?{' '}
        <Link to={PARAGRAPH_KEY} onClick={onFollow}>
          Paragrafnyckeln
        </Link>{' '}
        visar var den står i dag.
      </p>
    </div>
  );
}
