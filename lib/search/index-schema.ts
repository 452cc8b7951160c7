import { z } from "zod";
import { SEARCH_INDEX_VERSION } from "./version";

/**
 * The search index the build writes to /search-index.json and the browser
 * fetches on first use. Only what the browser cannot compute itself is
 * shipped: the verbatim text, where it sits, its URL, the readings of its
 * kanji words and the dictionary forms of its inflected words (kuromoji does
 * not run in the browser), and the synonyms. Normalised and folded forms are
 * derived on load with the same module the build uses.
 */

export const SearchKindSchema = z.enum(["section", "goal", "action", "initiative"]);
export type SearchKind = z.infer<typeof SearchKindSchema>;

/** A kanji run of the text and its reading: [start, end) in the text, reading in hiragana. */
export const ReadingSpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(1), z.string().min(1)]);
export type ReadingSpan = z.infer<typeof ReadingSpanSchema>;

/** An inflected word of the text and its dictionary form: [start, end) in the text, lemma (使っ → 使う). */
export const LemmaSpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(1), z.string().min(1)]);

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
  /** Dictionary forms of the inflected words in `t`; left out when there are none. */
  l: z.array(LemmaSpanSchema).optional(),
  /** The index of the document this one sits under (initiative → action → goal → section); left out for a section. */
  p: z.number().int().min(0).optional(),
});
export type SearchDoc = z.infer<typeof SearchDocSchema>;

/** Synonyms: [words, plan words]. Any of the words (or of the plan words) finds the items that say a plan word. */
export const SynonymTupleSchema = z.tuple([z.array(z.string().min(1)).min(1), z.array(z.string().min(1)).min(1)]);
export type SynonymTuple = z.infer<typeof SynonymTupleSchema>;

export const SearchIndexSchema = z
  .object({
    v: z.literal(SEARCH_INDEX_VERSION),
    docs: z.array(SearchDocSchema),
    s: z.array(SynonymTupleSchema),
  })
  .superRefine((index, ctx) => {
    index.docs.forEach((doc, i) => {
      // A parent comes before its children, so the index reads in plan order.
      if (doc.p !== undefined && doc.p >= i) ctx.addIssue({ code: "custom", path: ["docs", i, "p"], message: `parent ${doc.p} is not before ${i}` });
    });
  });
export type SearchIndex = z.infer<typeof SearchIndexSchema>;
