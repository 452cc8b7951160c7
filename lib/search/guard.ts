import type { SearchIndex } from "./index-schema";

/**
 * The browser's side of the index format, kept free of zod (which the
 * browser does not load): the version and a light shape check.
 */
export const SEARCH_INDEX_VERSION = 1;

/**
 * A light shape check for the browser, which does not load zod: enough to
 * refuse a stale or foreign file rather than fail later in odd ways.
 */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== "object" || value === null) return false;
  if (!("v" in value) || value.v !== SEARCH_INDEX_VERSION) return false;
  if (!("docs" in value) || !Array.isArray(value.docs)) return false;
  return value.docs.every(
    (doc: unknown) =>
      typeof doc === "object" &&
      doc !== null &&
      "t" in doc &&
      typeof doc.t === "string" &&
      "u" in doc &&
      typeof doc.u === "string" &&
      "y" in doc &&
      Array.isArray(doc.y),
  );
}
