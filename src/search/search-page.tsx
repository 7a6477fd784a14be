/**
 * The results page, /sok?q=…: works by URL, so a search can be bookmarked, shared and reached
 * without the dialog. The page is prerendered as a shell (the query is not known at build time);
 * after hydration the hits are rendered in rank order as an ordered list of links. Without
 * JavaScript the page says plainly that search needs it and links the chapter list.
 */
import { useEffect, useState } from 'react';
import { Form, Link, useSearchParams } from 'react-router';
import { useHydrated } from '../components/use-hydrated.ts';
import type { SearchEngine } from './engine.ts';
import { HitDetails, Highlighted } from './search-hit.tsx';
import { Suggestions } from './suggestions.tsx';
import { countText } from './count-text.ts';
import './search.css';

export function SearchPage() {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const query = hydrated ? (params.get('q') ?? '').slice(0, 200) : '';
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    import('./load-engine.ts')
      .then((m) => m.loadSearchEngine())
      .then(
        (e) => live && setEngine(e),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, []);

  const response = engine && query.trim() ? engine.search(query) : undefined;
  const hits = response?.hits ?? [];
  const pick = (q: string) => setParams({ q });

  return (
    <>
      <h1>Sök</h1>
      <Form method="get" role="search" aria-label="Sök igen" className="search-form" key={query}>
        <label htmlFor="sok-sida">Sök på ord, en situation eller en paragraf</label>
        <div className="search-form__row">
          <input id="sok-sida" className="search-form__input" type="search" name="q" defaultValue={query} autoComplete="off" />
          <button type="submit" className="button">
            Sök
          </button>
        </div>
      </Form>
      {hydrated ? null : (
        // In the prerendered page only: gone once the page is live, so it is what a reader without
        // JavaScript sees (a <noscript> would say the same, but is not shown by every reader).
        <p className="box box--jurist">
          Sökningen behöver JavaScript. Visas inga träffar är JavaScript avstängt i din webbläsare: du hittar allt innehåll
          i <a href={`${import.meta.env.BASE_URL}handbok`}>kapitellistan</a>.
        </p>
      )}
      <p role="status" className="search-page__status">
        {failed ? 'Sökningen kunde inte laddas. Kontrollera anslutningen och ladda om sidan.' : response ? countText(hits.length) : ''}
      </p>
      {hits.length && response?.didYouMean ? (
        <p>
          Visar träffar för <q>{response.didYouMean}</q>.
        </p>
      ) : null}
      {hits.length ? (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hit.doc.url} className="search-hit">
              <Link to={hit.doc.url} className="search-hit__title">
                <Highlighted text={hit.doc.title} terms={response?.highlight ?? []} />
              </Link>
              <HitDetails hit={hit} terms={response?.highlight ?? []} showKind />
            </li>
          ))}
        </ol>
      ) : engine && hydrated ? (
        <Suggestions query={query.trim()} didYouMean={response?.didYouMean} onPick={pick} />
      ) : null}
    </>
  );
}
