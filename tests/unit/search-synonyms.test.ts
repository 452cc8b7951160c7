import { describe, expect, it } from "vitest";
import { search } from "@/lib/search/engine";
import type { SearchDoc } from "@/lib/search/index-schema";
import { fold } from "@/lib/search/normalize";
import { SudachiExtractSchema, type SynonymEntry } from "@/lib/search/synonyms";
import { MANUAL_SYNONYMS } from "@/lib/search/synonyms-manual";
import committed from "@/lib/search/synonyms-sudachi.json" with { type: "json" };
import { useRealIndex } from "../fixtures/search/real-index";

const real = useRealIndex();


const extract = SudachiExtractSchema.parse(committed);

/**
 * An entry works when each of its words, typed alone, finds items that say one
 * of its plan words, as written or inflected (超える in 超えて).
 */
function checkEntry(entry: SynonymEntry) {
  const planForms = entry.plan.map(fold);
  const says = (doc: SearchDoc) =>
    planForms.some((form) => fold(doc.t).includes(form)) || (doc.l ?? []).some(([, , lemma]) => planForms.includes(fold(lemma)));
  for (const word of entry.words) {
    const found = search(real().prepared, word).results.some((r) => says(r.doc));
    expect(found, `${word} → ${entry.plan.join("/")}`).toBe(true);
  }
}

describe("synonyms: every entry finds what it promises", () => {
  it.each(MANUAL_SYNONYMS.map((entry) => [entry.words[0]!, entry] as const))("manual: %s", (_, entry) => {
    for (const word of entry.plan) expect(real().index.docs.some((d) => fold(d.t).includes(fold(word))), `${word} is the plan's`).toBe(true);
    checkEntry(entry);
  });

  it("Sudachi: each of the extract's entries", () => {
    expect(extract.entries.length).toBeGreaterThan(400);
    for (const entry of extract.entries) checkEntry(entry);
  }, 120_000);
});
