import { prepare, search, type Prepared, type SearchResponse } from "./engine";
import { isSearchIndex } from "./guard";

/**
 * Browser side of search, loaded with import() on first use so that pages
 * which never search fetch neither this code nor the index. Typo matching
 * (fuse.js, lib/search/fuzzy.ts) is loaded later still, the first time a word
 * matches nothing otherwise.
 */
let loading: Promise<Prepared> | undefined;

export const SEARCH_INDEX_URL = "/search-index.json";

export function loadSearch(): Promise<Prepared> {
  loading ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => {
      if (!isSearchIndex(data)) throw new Error(`${SEARCH_INDEX_URL}: unexpected format`);
      return prepare(data);
    })
    .catch((error: unknown) => {
      loading = undefined; // let the next keystroke try again
      throw error;
    });
  return loading;
}

/** Loads the index (once) and answers one query, loading typo matching first if the query needs it. */
export async function searchFor(query: string): Promise<SearchResponse> {
  const prepared = await loadSearch();
  const response = search(prepared, query);
  if (!response.needsFuzzy) return response;
  prepared.fuzzy ??= (await import("./fuzzy")).fuzzyHits;
  return search(prepared, query);
}

export type { SearchResponse };
