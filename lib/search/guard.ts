import type { SearchIndex } from "./index-schema";
import { SEARCH_INDEX_VERSION } from "./version";

/**
 * A light shape check for the browser, which does not load zod: enough to
 * refuse a stale or foreign file rather than fail later in odd ways. The
 * build validates the index fully (lib/search/index-schema.ts).
 */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== "object" || value === null) return false;
  if (!("v" in value) || value.v !== SEARCH_INDEX_VERSION) return false;
  if (!("s" in value) || !Array.isArray(value.s)) return false;
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
