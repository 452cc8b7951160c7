import { preparing, search, type Prepared, type SearchResponse } from "./engine";
import { isSearchIndex } from "./guard";
import { searchIndexPath } from "@/lib/urls";

/**
 * Browser side of search, loaded with import() on first use so that pages
 * which never search fetch neither this code nor the index (the search page
 * imports it directly, and preloads the index with its scripts). Typo matching
 * (fuse.js, lib/search/fuzzy.ts) is loaded later still, the first time a word
 * matches nothing otherwise.
 */
let loading: Promise<Prepared> | undefined;

export function loadSearch(): Promise<Prepared> {
  const url = searchIndexPath();
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => {
      if (!isSearchIndex(data)) throw new Error(`${url}: unexpected format`);
      return inSlices(preparing(data));
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

/** How long one slice of work may hold the page before it lets the browser paint and answer input. */
export const SLICE_MS = 10;

/**
 * Runs steps until they return, giving the page back to the browser whenever a slice has taken
 * SLICE_MS: preparing the index takes a few hundred milliseconds on a phone, and as one task it
 * would delay the first tap or keystroke after the page loads by as much.
 */
export async function inSlices<T>(steps: Generator<void, T, void>, now: () => number = () => performance.now()): Promise<T> {
  let deadline = now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() >= deadline) {
      await nextTask();
      deadline = now() + SLICE_MS;
    }
  }
}

/** A new task: a message to ourselves runs after what the browser has waiting (input, a paint), without setTimeout's clamping. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export type { SearchResponse };
