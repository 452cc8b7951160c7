import { beforeEach, describe, expect, it, vi } from "vitest";
import { prepare, type PreparedDoc, type Range } from "@/lib/search/engine";
import { fuzzyHits } from "@/lib/search/fuzzy";
import type { ReadingSpan } from "@/lib/search/index-schema";
import { parseCode } from "@/lib/search/normalize";
import { isStopWord, phrasesOf } from "@/lib/search/query";
import { extractSudachi, SudachiExtractSchema, SynonymEntrySchema } from "@/lib/search/synonyms";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";
import { CutAtBars, phrases, withSegmenter } from "../fixtures/search/segmenter";

/**
 * The words search takes from a query, and what it does with them, where the
 * tests of each module (search-query, search-fuzzy, search-codes,
 * search-synonyms-extract) leave a rule unchecked: each stop word by its own
 * name, the segmenter's pieces in every script, the documents Bitap is given,
 * the highlight of a typo, codes with two-digit parts, the synonym entry's shape.
 */

/** The documents fuse.js is built over, one list per search that reached Bitap. */
const bitap = vi.hoisted(() => ({ seen: [] as PreparedDoc[][] }));
vi.mock("fuse.js/basic", async (importOriginal) => {
  const actual = await importOriginal<typeof import("fuse.js/basic")>();
  class RecordingFuse<T> extends actual.default<T> {
    constructor(docs: readonly T[], ...rest: unknown[]) {
      super(docs, ...(rest as [never]));
      bitap.seen.push(docs as unknown as PreparedDoc[]);
    }
  }
  return { ...actual, default: RecordingFuse };
});


describe("isStopWord: each word the query module names, in a form people type", () => {
  // Listed here by hand, not read from STOP_WORDS: a word dropped from the set must fail by name.
  const STOP: Array<[typed: string, word: string]> = [
    ["する", "する"],
    ["なりたい", "なる"],
    ["あります", "ある"],
    ["いる", "いる"],
    ["できれば", "できる"],
    ["いきたい", "いく"],
    ["くる", "くる"],
    ["みる", "みる"],
    ["おきたい", "おく"],
    ["やりたい", "やる"],
    ["ほしい", "ほしい"],
    ["たい", "たい"],
    ["ない", "ない"],
    ["ため", "ため"],
    ["よう", "よう"],
    ["ところ", "ところ"],
    ["とき", "とき"],
    ["どう", "どう"],
    ["どこ", "どこ"],
    ["なに", "なに"],
    ["どんな", "どんな"],
    ["いい", "いい"],
    ["よかった", "よい"],
    ["方法", "方法"],
    ["です", "です"],
    ["ます", "ます"],
  ];
  it.each(STOP)("%s (%s) carries no subject", (typed) => {
    expect(STOP).toHaveLength(26);
    expect(isStopWord(typed)).toBe(true);
  });

  const GENERIC = ["者", "方", "物", "事", "人々", "人たち", "ひと"];
  it.each(GENERIC)("%s is too general to require of every result", (word) => {
    expect(GENERIC).toHaveLength(7);
    expect(isStopWord(word)).toBe(true);
  });

  it("keeps the words that carry the query", () => {
    for (const word of ["参加したい", "外国", "交流したい", "出身者", "方向", "ひとり"]) expect(isStopWord(word), word).toBe(false);
  });
});


describe("phrasesOf: where a word ends, whatever the segmenter cuts", () => {
  describe("a segmenter that cuts elsewhere", () => {
    withSegmenter(CutAtBars);

    it("starts a new word with a word written in kanji and kana after a kanji word", () => {
      expect(phrases("町家|残したい")).toEqual(["町家+残したい"]);
      expect(phrases("自転車|お出かけ")).toEqual(["自転車+お出かけ"]);
    });

    it("joins katakana only to a word that is all katakana", () => {
      expect(phrases("省エネ|ライフ")).toEqual(["省エネ+ライフ"]);
      expect(phrases("プラごみ|リサイクル")).toEqual(["プラごみ+リサイクル"]);
    });

    it("joins okurigana to a word that has kana inside but ends in kanji", () => {
      expect(phrases("住み替|えたい")).toEqual(["住み替えたい"]);
    });
  });

  describe("no segmenter at all", () => {
    withSegmenter(undefined);

    it("keeps a run of kanji, and of Latin letters, as one word", () => {
      expect(phrases("テレワーク推進")).toEqual(["テレワーク+推進"]);
      expect(phrases("金沢SDGs")).toEqual(["金沢+SDGs"]);
    });

    it("gives nothing for an empty chunk", () => {
      expect(phrasesOf("")).toEqual([]);
    });
  });

  it("still finds the words in a browser without Intl", () => {
    const intl = globalThis.Intl;
    vi.stubGlobal("Intl", undefined);
    let found: string[];
    try {
      found = phrases("町家を残したい");
    } finally {
      vi.stubGlobal("Intl", intl);
      vi.unstubAllGlobals();
    }
    expect(globalThis.Intl).toBe(intl);
    expect(found).toEqual(["町家", "残したい"]);
  });
});

describe("fuzzyHits: what Bitap is given, and what it highlights", () => {
  const TEXTS: Array<[string, ReadingSpan[]]> = [
    ["abcd", []],
    ["abc", []],
    ["xyz", []],
    ["abcdef", []],
    ["防災拠点", [[0, 2, "ぼうさい"], [2, 4, "きょてん"]]],
    ["地域防災とテレワーク", [[0, 4, "ちいきぼうさい"]]],
  ];
  const { docs } = prepare({
    v: SEARCH_INDEX_VERSION,
    s: [],
    docs: TEXTS.map(([t, y]) => ({ k: "initiative", t, u: `/${encodeURIComponent(t)}/`, w: "", y })),
  });
  // Fold and reading often match at the same place: each highlighted stretch once.
  const highlights = (term: string) =>
    [...fuzzyHits(docs, term)].map(([index, hit]) => [docs[index]!.t, [...new Set(hit.ranges.map(([s, e]: Range) => docs[index]!.t.slice(s, e)))]]);

  beforeEach(() => {
    bitap.seen.length = 0;
  });

  it("runs Bitap only over the items that share enough character pairs to be within the allowed typos", () => {
    expect(docs).toHaveLength(6);
    // Ten characters allow three typos, which destroy at most six of the nine pairs: three must remain.
    fuzzyHits(docs, "abcdefghij");
    expect(bitap.seen.map((list) => list.map((doc) => doc.t))).toEqual([["abcd", "abcdef"]]);
  });

  it("does not run Bitap at all when no item shares a pair with the word", () => {
    expect(fuzzyHits(docs, "ぱぴぷぺぽ").size).toBe(0);
    expect(bitap.seen).toEqual([]);
  });

  it("finds a mistyped kanji in the text itself, not only through its reading", () => {
    expect(highlights("防災拠店")).toEqual([["防災拠点", ["防災拠"]]]);
  });

  it("highlights a typo's match in the text even after kanji that have a reading", () => {
    expect(highlights("テレワク")).toEqual([["地域防災とテレワーク", ["テレワ"]]]);
  });

  it("highlights every matched stretch of two characters or more around the typo", () => {
    expect(highlights("abxdef")).toEqual([["abcdef", ["ab", "def"]]]);
  });
});

describe("parseCode: codes as staff type them", () => {
  it("reads actions and initiatives numbered 10 and above", () => {
    expect(parseCode("1-2-10")).toStrictEqual({ section: "1", goal: 2, action: 10 });
    expect(parseCode("3-1-12-11")).toStrictEqual({ section: "3", goal: 1, action: 12, initiative: 11 });
  });

  it("gives a goal code no action and an action code no initiative", () => {
    const goal = parseCode("1-2");
    expect(goal).toStrictEqual({ section: "1", goal: 2 });
    expect(goal && "action" in goal).toBe(false);
    const action = parseCode("P-1-2");
    expect(action).toStrictEqual({ section: "P", goal: 1, action: 2 });
    expect(action && "initiative" in action).toBe(false);
  });
});

describe("synonyms: the entry and the extract", () => {
  const entry = { words: ["在宅勤務", "リモートワーク"], plan: ["テレワーク", "在宅ワーク"] };

  it("reads an entry of several words for several plan words as it is", () => {
    expect(SynonymEntrySchema.parse(entry)).toEqual(entry);
  });

  it.each([
    ["no words", { ...entry, words: [] }],
    ["no plan words", { ...entry, plan: [] }],
    ["an empty word", { ...entry, words: ["在宅勤務", ""] }],
    ["an empty plan word", { ...entry, plan: [""] }],
  ])("rejects an entry with %s", (_, bad) => {
    expect(() => SynonymEntrySchema.parse(bad)).toThrow();
  });

  it("keeps each extracted group's id, and requires it", () => {
    const extract = { source: "test", license: "Apache-2.0", entries: [{ id: "12", ...entry }] };
    expect(SudachiExtractSchema.parse(extract)).toEqual(extract);
    expect(() => SudachiExtractSchema.parse({ ...extract, entries: [entry] })).toThrow();
  });

  it("leaves out a group with several plan words but no word that triggers an expansion", () => {
    const review = { rejected: {}, rejectedFields: [] };
    const item = (midashi: string, expandControl: 0 | 1 | 2) => ({ expandControl, bunya: [], midashi });
    const groups = [{ id: "7", items: [item("テレワーク", 1), item("在宅勤務", 1)] }];
    expect(extractSudachi(groups, new Set(["テレワーク", "在宅勤務"]), review)).toEqual([]);
  });
});
