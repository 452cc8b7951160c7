import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { SudachiExtractSchema, extractSudachi } from "@/lib/search/synonyms";
import { buildSudachiExtract, readSudachiDictionary, SUDACHI_EXTRACT_FILE } from "@/lib/search/synonyms-build";
import { SUDACHI_REJECTED } from "@/lib/search/synonyms-manual";
import committed from "@/lib/search/synonyms-sudachi.json" with { type: "json" };

/**
 * Where the Sudachi part of the synonyms comes from (`npm run synonyms`, lib/search/synonyms-build.ts)
 * and how groups are chosen. Apart from search-synonyms.test.ts, which tests what every entry finds,
 * so that only the tests that need the whole dictionary read it.
 */

const extract = SudachiExtractSchema.parse(committed);

describe("synonyms: the Sudachi extract", () => {
  it("says where it comes from and under which licence", () => {
    expect(extract.source).toMatch(/^Sudachi synonym dictionary \(sudachi-synonyms-dictionary@18\.0\.0\)/u);
    expect(extract.license).toMatch(/^Apache License 2\.0/u);
  });

  it("is the file `npm run synonyms` writes", () => {
    expect(SudachiExtractSchema.parse(JSON.parse(readFileSync(SUDACHI_EXTRACT_FILE, "utf8")))).toEqual(extract);
  });

  it("is what `npm run synonyms` extracts from the dictionary for the committed plan", async () => {
    const fresh = await buildSudachiExtract(getPlan().plan);
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

  it("leaves out a group whose words never trigger an expansion", () => {
    const groups = [{ id: "7", items: [item("テレワーク", 1), item("在宅勤務", 1), item("リモートワーク", 2)] }];
    expect(extractSudachi(groups, new Set(["テレワーク"]), review)).toEqual([]);
  });
});
