import { prepare, search, type Prepared, type SearchResponse } from "./engine";
import { isSearchIndex } from "./guard";

/**
 * Browser side of search, loaded with import() on first use so that pages
 * which never search fetch neither this code, fuse.js nor the index.
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

/** Loads the index (once) and answers one query. */
export async function searchFor(query: string): Promise<SearchResponse> {
  return search(await loadSearch(), query);
}

export type { SearchResponse };
