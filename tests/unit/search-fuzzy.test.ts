import { describe, expect, it } from "vitest";
import { prepare, type Range } from "@/lib/search/engine";
import { fuzzyHits } from "@/lib/search/fuzzy";
import type { ReadingSpan } from "@/lib/search/index-schema";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";

/**
 * Typo matching (tier 1) on a few made-up items, where each rule of lib/search/fuzzy.ts can
 * be seen alone: how many typos a word of a given length may have, that the word may stand
 * anywhere in a long item, that a typo in the reading finds the kanji, and the score.
 * On the real plan: search-engine.test.ts (テレワク, リノベション).
 */

const LONG = "地域の皆さんと一緒に、まちの魅力を高める活動を長く続けながら、最後にテレワークを推進する";
const TEXTS: Array<[string, ReadingSpan[]]> = [
  [LONG, []],
  ["テレワーク", []],
  ["abcdef", []],
  ["recycle", []],
  ["防災拠点", [[0, 2, "ぼうさい"], [2, 4, "きょてん"]]],
  ["一人ひとり", [[0, 2, "ひとり"]]],
];
const { docs } = prepare({
  v: SEARCH_INDEX_VERSION,
  s: [],
  docs: TEXTS.map(([t, y]) => ({ k: "initiative", t, u: `/${encodeURIComponent(t)}/`, w: "", y })),
});

/** The matched items' texts, and what each highlights. */
function hits(term: string) {
  return [...fuzzyHits(docs, term)].map(([index, hit]) => ({
    text: docs[index]!.t,
    tier: hit.tier,
    highlights: [...new Set(hit.ranges.map(([s, e]: Range) => docs[index]!.t.slice(s, e)))],
    score: hit.fuzzyScore,
  }));
}

describe("fuzzyHits: typos", () => {
  it("finds a word with a typo however far into a long item it stands, as well as in a short one", () => {
    expect(LONG.indexOf("テレワーク")).toBeGreaterThan(30);
    const found = hits("テレワク");
    expect(found.map((h) => h.text)).toEqual([LONG, "テレワーク"]);
    for (const h of found) {
      expect(h.tier).toBe(1);
      expect(h.highlights).toEqual(["テレワ"]);
    }
    // A long item is not a worse match than a short one (no field-length norm).
    expect(found[0]!.score).toBe(found[1]!.score);
  });

  it("allows one typo in six characters and two in seven, never more", () => {
    expect(hits("abxdef").map((h) => h.text)).toEqual(["abcdef"]);
    expect(hits("rxcyxle").map((h) => h.text)).toEqual(["recycle"]);
    expect(hits("axxdef")).toEqual([]);
    expect(hits("rxcxxle")).toEqual([]);
  });

  it("scores a closer match lower", () => {
    const [one] = hits("abxdef");
    const [two] = hits("rxcyxle");
    expect(one!.score).toBeGreaterThan(0);
    expect(one!.score).toBeLessThan(two!.score);
  });

  it("finds kanji through a typo in their reading, and highlights the kanji", () => {
    expect(hits("ぼうさいきょうてん")).toMatchObject([{ text: "防災拠点", tier: 1, highlights: ["防災拠点"] }]);
  });

  it("finds a word whose character pairs repeat, with a typo in the repeated part", () => {
    // ひとりびとり shares only two distinct pairs with ひとりひとり (ひと, とり), each twice.
    expect(hits("ひとりびとり").map((h) => h.text)).toEqual(["一人ひとり"]);
  });

  it("finds nothing when no item is near", () => {
    expect(fuzzyHits(docs, "ぱぴぷぺぽ").size).toBe(0);
  });
});
