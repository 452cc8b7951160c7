import { beforeAll, describe, expect, it } from "vitest";
import { search } from "@/lib/search/engine";
import type { SearchDoc } from "@/lib/search/index-schema";
import { fold } from "@/lib/search/normalize";
import { SudachiExtractSchema, extractSudachi, type SynonymEntry } from "@/lib/search/synonyms";
import { buildSudachiExtract, readSudachiDictionary } from "@/lib/search/synonyms-build";
import { MANUAL_SYNONYMS, SUDACHI_REJECTED } from "@/lib/search/synonyms-manual";
import committed from "@/lib/search/synonyms-sudachi.json" with { type: "json" };
import { loadRealIndex, type RealIndex } from "../fixtures/search/real-index";

let real: RealIndex;

beforeAll(async () => {
  real = await loadRealIndex();
}, 30_000);

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
    const found = search(real.prepared, word).results.some((r) => says(r.doc));
    expect(found, `${word} → ${entry.plan.join("/")}`).toBe(true);
  }
}

describe("synonyms: every entry finds what it promises", () => {
  it.each(MANUAL_SYNONYMS.map((entry) => [entry.words[0]!, entry] as const))("manual: %s", (_, entry) => {
    for (const word of entry.plan) expect(real.index.docs.some((d) => fold(d.t).includes(fold(word))), `${word} is the plan's`).toBe(true);
    checkEntry(entry);
  });

  it("Sudachi: each of the extract's entries", () => {
    expect(extract.entries.length).toBeGreaterThan(400);
    for (const entry of extract.entries) checkEntry(entry);
  }, 120_000);
});

describe("synonyms: the Sudachi extract", () => {
  it("says where it comes from and under which licence", () => {
    expect(extract.source).toMatch(/^Sudachi synonym dictionary \(sudachi-synonyms-dictionary@18\.0\.0\)/u);
    expect(extract.license).toMatch(/^Apache License 2\.0/u);
  });

  it("is what `npm run synonyms` extracts from the dictionary for the committed plan", async () => {
    const fresh = await buildSudachiExtract(real.model.plan);
    expect(fresh, "lib/search/synonyms-sudachi.json is stale: run `npm run synonyms` and review the new groups").toEqual(extract);
  }, 60_000);

  it("rejects, on review, only groups that exist, and keeps none of them", () => {
    const { groups } = readSudachiDictionary();
    const ids = new Set(groups.map((g) => g.id));
    const rejected = Object.keys(SUDACHI_REJECTED);
    expect(rejected.length).toBeGreaterThan(40);
    for (const id of rejected) expect(ids.has(id), `rejected group ${id} is not in the dictionary`).toBe(true);
    for (const entry of extract.entries) expect(rejected).not.toContain(entry.id);
  }, 60_000);
});

describe("extractSudachi", () => {
  const review = { rejected: { "9": "wrong sense" }, rejectedFields: ["企業名"] };
  const item = (midashi: string, expandControl: 0 | 1 | 2 = 0, bunya: string[] = []) => ({ midashi, expandControl, bunya });

  it("keeps a group with a word of the plan; its triggering words find the plan's words", () => {
    const groups = [
      { id: "1", items: [item("テレワーク"), item("telework"), item("リモートワーキング", 1), item("在宅", 2)] },
      { id: "2", items: [item("曖昧"), item("あいまい")] },
    ];
    expect(extractSudachi(groups, new Set(["テレワーク"]), review)).toEqual([{ id: "1", words: ["テレワーク", "telework"], plan: ["テレワーク"] }]);
  });

  it("leaves out rejected groups, proper names, one-character words, and groups that only repeat a plan word", () => {
    const groups = [
      { id: "9", items: [item("バス"), item("浴槽")] },
      { id: "3", items: [item("ハウス", 0, ["企業名"]), item("大和ハウス")] },
      { id: "4", items: [item("町"), item("街")] },
      { id: "5", items: [item("ごみ"), item("塵")] },
      { id: "6", items: [item("子供"), item("子ども")] },
    ];
    const plan = new Set(["バス", "ハウス", "町", "ごみ", "子供", "子ども"]);
    expect(extractSudachi(groups, plan, review)).toEqual([{ id: "6", words: ["子供", "子ども"], plan: ["子供", "子ども"] }]);
  });
});
