/**
 * The format version of /search-index.json, shared by the build (zod schema,
 * lib/search/index-schema.ts) and the browser's light check (lib/search/guard.ts).
 * Bump it whenever the shape changes, so a browser holding an old file refuses it.
 */
export const SEARCH_INDEX_VERSION = 2;
