import { z } from "zod";

/**
 * Other names for the plan's words: people type 在宅勤務 where the plan says
 * テレワーク, 子ども where it says 子供, 再エネ for 再生可能エネルギー.
 *
 * Two sources, both committed and reviewed in a diff:
 * - lib/search/synonyms-sudachi.json: the groups of Sudachi's synonym
 *   dictionary (Works Applications, Apache-2.0) that contain a word of the
 *   plan, extracted by `npm run synonyms` (scripts/build-synonyms.ts);
 * - lib/search/synonyms-manual.ts: what Sudachi lacks, written by hand for
 *   this plan's vocabulary.
 * The search index carries both as entries; each entry is tested
 * (tests/unit/search-synonyms.test.ts): its words find its plan words.
 */

/** One entry: any of `words` (or of `plan`) finds the items that say one of `plan`, the plan's own words. */
export const SynonymEntrySchema = z.object({
  words: z.array(z.string().min(1)).min(1),
  plan: z.array(z.string().min(1)).min(1),
});
export type SynonymEntry = z.infer<typeof SynonymEntrySchema>;

/**
 * The part of a Sudachi synonym group this project reads (the npm package
 * sudachi-synonyms-dictionary gives the whole source as JSON).
 * expandControl: 0 always expands; 1 is expanded to but does not trigger; 2 is never used.
 */
export const SudachiGroupSchema = z.object({
  id: z.string(),
  items: z.array(
    z.object({ expandControl: z.union([z.literal(0), z.literal(1), z.literal(2)]), bunya: z.array(z.string()), midashi: z.string() }),
  ),
});
export type SudachiGroup = z.infer<typeof SudachiGroupSchema>;

/** The committed extract: where it came from, and the entries. */
export const SudachiExtractSchema = z.object({
  source: z.string(),
  license: z.string(),
  entries: z.array(SynonymEntrySchema.extend({ id: z.string() })),
});
export type SudachiExtract = z.infer<typeof SudachiExtractSchema>;

/**
 * Words of one character are left out on both sides: as a plan word 町 would
 * match inside 町家 and 町会, and as a query word it is too ambiguous to expand.
 */
const usable = (word: string) => [...word].length >= 2;

/** Groups left out on review (see lib/search/synonyms-manual.ts). */
export type SudachiReview = { rejected: Readonly<Record<string, string>>; rejectedFields: readonly string[] };

/**
 * The entries of the Sudachi groups that name a word of the plan. A group is
 * kept when one of its words is in `vocabulary` (the plan's words, see
 * vocabularyOf in lib/readings) and the review did not reject it; its words
 * that may trigger expansion find the plan's words of the group.
 * Deterministic: groups in dictionary order.
 */
export function extractSudachi(groups: SudachiGroup[], vocabulary: ReadonlySet<string>, review: SudachiReview): SudachiExtract["entries"] {
  const entries: SudachiExtract["entries"] = [];
  for (const group of groups) {
    if (Object.hasOwn(review.rejected, group.id)) continue;
    if (group.items.some((item) => item.bunya.some((field) => review.rejectedFields.includes(field)))) continue;
    const items = group.items.filter((item) => item.expandControl !== 2 && usable(item.midashi));
    const plan = [...new Set(items.map((item) => item.midashi).filter((word) => vocabulary.has(word)))];
    if (plan.length === 0) continue;
    const words = [...new Set(items.filter((item) => item.expandControl === 0).map((item) => item.midashi))];
    // Nothing to expand from, or only a plan word to itself.
    if (words.length === 0 || (plan.length === 1 && words.every((word) => plan.includes(word)))) continue;
    entries.push({ id: group.id, words, plan });
  }
  return entries;
}
