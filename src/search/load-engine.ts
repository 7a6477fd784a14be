/**
 * Loads the search index the first time search opens and builds the engine once. The index is a
 * static file under the site's base path (see src/buildtime/search-index-plugin.ts); a failed load
 * can be retried.
 */
import { sokIndexPath } from 'virtual:sok-index';
import { createSearchEngine, type SearchEngine } from './engine.ts';
import type { SearchIndexFile } from './types.ts';

let loading: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= fetch(`${import.meta.env.BASE_URL}${sokIndexPath}`)
    .then((response) => {
      if (!response.ok) throw new Error(`Sökindexet svarade ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      if (file.format !== 1) throw new Error('Sökindexet har ett okänt format');
      return createSearchEngine(file);
    });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
