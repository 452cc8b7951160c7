import { z } from "zod";

/**
 * The search index the build writes to /search-index.json and the browser
 * fetches on first use. Only what the browser cannot compute itself is
 * shipped: the verbatim text, where it sits, its URL, and the readings of its
 * kanji words (kuromoji does not run in the browser). Normalised and folded
 * forms are derived on load with the same module the build uses.
 */
import { SEARCH_INDEX_VERSION } from "./guard";

export { SEARCH_INDEX_VERSION };

export const SearchKindSchema = z.enum(["section", "goal", "action", "initiative"]);
export type SearchKind = z.infer<typeof SearchKindSchema>;

/** A kanji run of the text and its reading: [start, end) in the text, reading in hiragana. */
export const ReadingSpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(1), z.string().min(1)]);
export type ReadingSpan = z.infer<typeof ReadingSpanSchema>;

export const SearchDocSchema = z.object({
  /** Kind of page element. */
  k: SearchKindSchema,
  /** The text as the plan writes it. */
  t: z.string().min(1),
  /** Canonical URL path of what matched (an initiative's includes `#i-{n}`). */
  u: z.string().startsWith("/"),
  /** Where it sits, e.g. `方向性1 · 具体目標2 · 行動①`. */
  w: z.string(),
  /** Readings of the kanji runs in `t`. */
  y: z.array(ReadingSpanSchema),
});
export type SearchDoc = z.infer<typeof SearchDocSchema>;

export const SearchIndexSchema = z.object({
  v: z.literal(SEARCH_INDEX_VERSION),
  docs: z.array(SearchDocSchema),
});
export type SearchIndex = z.infer<typeof SearchIndexSchema>;
