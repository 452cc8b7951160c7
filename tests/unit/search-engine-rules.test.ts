import { describe, expect, it } from "vitest";
import { bigramsOf, prepare, readingsOf, search, suggest, type Fuzzy, type Prepared, type SearchResponse } from "@/lib/search/engine";
import type { ReadingSpan, SearchDoc, SearchKind, SynonymTuple } from "@/lib/search/index-schema";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";

/**
 * The engine's rules, each on a small in-memory plan built so that only the rule under test
 * decides the outcome (tests/unit/search-engine.test.ts checks the same engine on the real plan).
 */

type LemmaSpan = NonNullable<SearchDoc["l"]>[number];
type DocSpec = { k?: SearchKind; t: string; y?: ReadingSpan[]; l?: LemmaSpan[]; p?: number };

function plan(specs: DocSpec[], s: SynonymTuple[] = []): Prepared {
  const docs: SearchDoc[] = specs.map(({ k = "initiative", t, y = [], l, p }, i) => ({
    k,
    t,
    u: `/doc/${i}/`,
    w: "",
    y,
    ...(l === undefined ? {} : { l }),
    ...(p === undefined ? {} : { p }),
  }));
  return prepare({ v: SEARCH_INDEX_VERSION, docs, s });
}

/** A reading span for the first occurrence of `word` in `t`. */
function read(t: string, word: string, yomi: string): ReadingSpan {
  const start = t.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${t}`);
  return [start, start + word.length, yomi];
}

/** A document that is just one kanji word and its reading. */
const word = (t: string, yomi: string, k: SearchKind = "initiative"): DocSpec => ({ k, t, y: [[0, t.length, yomi]] });

const texts = (r: SearchResponse) => r.results.map((x) => x.doc.t);
const highlights = (r: SearchResponse) => r.results.map((x) => x.ranges.map(([s, e]) => x.doc.t.slice(s, e)));

describe("ranking when no item has every word", () => {
  // バス is in four items, トラム in two: an item with the rarer word is the better partial answer,
  // even though the バス items are action titles with shorter texts.
  const p = plan([
    { k: "action", t: "バスに乗る" },
    { k: "action", t: "バスを待つ" },
    { k: "action", t: "バスで行く" },
    { k: "action", t: "バスを使う" },
    { t: "まちなかをトラムが走る未来を考える" },
    { t: "トラムの停留所を考える" },
  ]);

  it("puts the items with the rarer word first", () => {
    const r = search(p, "バス トラム");
    expect(r.partial).toBe(true);
    expect(r.results).toHaveLength(6);
    expect(texts(r).slice(0, 2).sort()).toEqual(["トラムの停留所を考える", "まちなかをトラムが走る未来を考える"].sort());
    expect(r.results[0]!.missing).toEqual(["バス"]);
    expect(r.results[5]!.missing).toEqual(["トラム"]);
  });
});

describe("ranking among items with every word", () => {
  it("puts more words matched as typed first when the weakest match is the same", () => {
    // Both have a folded match (tier 2); the second also has バス as typed.
    const p = plan([{ k: "action", t: "ばすととらむ" }, { t: "バスととらむの話" }]);
    const r = search(p, "バス トラム");
    expect(r.partial).toBe(false);
    expect(r.results.map((x) => x.tier)).toEqual([2, 2]);
    expect(texts(r)).toEqual(["バスととらむの話", "ばすととらむ"]);
  });

  it("orders typo matches by how close they are, as the typo matcher scores them (0 is exact)", () => {
    const p = plan([{ k: "action", t: "テレワーク推進" }, { t: "テレワークの日" }]);
    const fuzzy: Fuzzy = (_docs, term) =>
      term === "テレワク"
        ? new Map([
            [0, { tier: 1, ranges: [[0, 5]], fuzzyScore: 0.4 }],
            [1, { tier: 1, ranges: [[0, 5]], fuzzyScore: 0.1 }],
          ])
        : new Map();
    const r = search({ ...p, fuzzy }, "テレワク");
    expect(r.results.map((x) => x.tier)).toEqual([1, 1]);
    expect(texts(r)).toEqual(["テレワークの日", "テレワーク推進"]);
  });

  it("looks for a phrase of several words as typed, else for its words", () => {
    // 町家を残したい is not in the plan as typed: 町家 and 残したい are looked for, each on its own.
    const p = plan([{ t: "町家を残す" }, { t: "町家を直す" }]);
    expect(search(p, "町家を残したい").terms).toEqual(["町家", "残したい"]);
    expect(texts(search(p, "町家を残したい"))).toEqual(["町家を残す"]);
  });

  it("reports a word with no subject of its own as searched when it is all there is", () => {
    const p = plan([{ t: "バスに乗る" }]);
    expect(search(p, "もの").terms).toEqual(["もの"]);
  });

  it("counts a word typed twice, in either kana, once", () => {
    const p = plan([{ t: "バスに乗る" }]);
    expect(search(p, "バス ばす").terms).toEqual(["バス"]);
  });

  it("lists a typo match the matcher could not place in the text, without a highlight", () => {
    // fuzzy.ts keeps only matched stretches of two or more characters, so a hit may have no range.
    const p = plan([{ t: "テレワーク推進" }]);
    const fuzzy: Fuzzy = () => new Map([[0, { tier: 1, ranges: [], fuzzyScore: 0.3 }]]);
    const [hit] = search({ ...p, fuzzy }, "テレワク").results;
    expect(hit?.doc.t).toBe("テレワーク推進");
    expect(hit?.ranges).toEqual([]);
  });

  it("returns at most `limit` results, the best ones", () => {
    const p = plan([{ t: "バスの日" }, { k: "action", t: "バス" }, { t: "バスに乗る" }]);
    expect(texts(search(p, "バス"))).toHaveLength(3);
    expect(texts(search(p, "バス", 2))).toEqual(["バス", "バスの日"]);
  });
});

describe("highlights", () => {
  it("merges a word inside another word into one highlight, the longer one", () => {
    const p = plan([{ t: "新しいアイウエオの話" }]);
    const [hit] = search(p, "アイウエオ エ").results;
    expect(hit?.ranges).toEqual([[3, 8]]);
    expect(highlights(search(p, "エ アイウエオ"))).toEqual([["アイウエオ"]]);
  });

  it("merges overlapping words into one highlight from the first start to the last end", () => {
    const p = plan([{ t: "新しいアイウエオの話" }]);
    expect(highlights(search(p, "アイウ ウエオ"))).toEqual([["アイウエオ"]]);
  });
});

describe("responses that search nothing", () => {
  const p = plan([{ k: "section", t: "未来のまち" }]);

  it.each(["", "　 "])("%j: no words, no suggestions, no typo matching needed", (q) => {
    expect(search(p, q)).toEqual({ terms: [], jump: null, code: null, results: [], partial: false, suggestions: [], needsFuzzy: false });
  });
});

describe("「もしかして」 suggestions", () => {
  // Katakana words of the plan are suggested as written.
  const p = plan([
    { t: "アイウエの話" },
    { t: "アイウエカの話" },
    { t: "カイウエの話" },
    { t: "アイウオの話" },
    { t: "タイウエの話" },
    { t: "サイウエの話" },
    { t: "アイウの話" },
    { t: "アイウエオの話" },
    { t: "アイの話" },
    { t: "アイウエオカの話" },
    { t: "キクケコの話" },
  ]);

  it("lists the nearest words first, then the shorter, then in the order of the kana table", () => {
    expect(suggest(p, ["アイウエ"], 10)).toEqual(["アイウエ", "アイウ", "アイウオ", "カイウエ", "サイウエ", "タイウエ", "アイウエオ", "アイウエカ"]);
  });

  it("suggests a word whose length differs by as many characters as may change, not more", () => {
    // Four characters: one may change, so アイウ and アイウエオ, not アイ nor アイウエオカ.
    const s = suggest(p, ["アイウエ"], 10);
    expect(s).toContain("アイウ");
    expect(s).toContain("アイウエオ");
    expect(s).not.toContain("アイ");
    expect(s).not.toContain("アイウエオカ");
  });

  it("gives at most five by default, each once, even when several words of the query are near it", () => {
    expect(suggest(p, ["アイウエ"])).toEqual(["アイウエ", "アイウ", "アイウオ", "カイウエ", "サイウエ"]);
    expect(suggest(p, ["アイウエ", "アイウオ"], 10)).toEqual([...new Set(suggest(p, ["アイウエ", "アイウオ"], 10))]);
    expect(suggest(p, ["キクケコ", "キクケゴ"])).toEqual(["キクケコ"]);
  });

  it("suggests a kanji word of two or more characters by its reading, never a single kanji", () => {
    const k = plan([word("防災", "ぼうさい"), { t: "町の話", y: [[0, 1, "まち"]] }]);
    expect(suggest(k, ["ぼうさ"])).toEqual(["防災"]);
    expect(suggest(k, ["まち"])).toEqual([]);
  });

  it("are what search offers when nothing is found, and only then", () => {
    expect(search(p, "アイウエ").suggestions).toEqual([]);
    expect(search(p, "ケクキコ").results).toEqual([]);
    const none = search(p, "キクケゴ");
    expect(none.results).toEqual([]);
    expect(none.suggestions).toEqual(["キクケコ"]);
  });
});

describe("bigrams, which let typo matching skip documents", () => {
  it("are the pairs of neighbouring characters", () => {
    expect(bigramsOf("テレワーク")).toEqual(["テレ", "レワ", "ワー", "ーク"]);
    expect(bigramsOf("𩸽の日")).toEqual(["𩸽の", "の日"]);
    expect(bigramsOf("日")).toEqual([]);
  });
});

describe("readings of a query word's kanji", () => {
  const p = plan([word("取組", "とりくみ"), word("申込", "もうしこみ"), word("子供", "こども"), word("友達", "ともだち")]);

  it("does not read okurigana twice when the reading already ends with them", () => {
    expect(readingsOf(p, "取組み")).toContain("とりくみ");
    expect(readingsOf(p, "申込みます")).toContain("もうしこみます");
  });

  it("reads a word the plan has only as the plan reads it", () => {
    expect(readingsOf(p, "子供")).toEqual(["こども"]);
  });

  it("pieces a run the plan lacks from runs it has", () => {
    expect(readingsOf(p, "子供友達")).toContain("こどもともだち");
  });

  it("keeps a rarer reading of a word the plan writes many times with another", () => {
    const p2 = plan([...Array.from({ length: 17 }, () => word("今日", "きょう")), word("今日", "こんにち")]);
    expect(readingsOf(p2, "今日")).toEqual(["きょう", "こんにち"]);
  });

  it("tries at most sixteen readings of a word", () => {
    // 甲乙 read seventeen ways: 甲乙の甲乙 could be read 17 × 17 ways.
    const many = plan(Array.from({ length: 17 }, (_, i) => word("甲乙", `こう${"あいうえおかきくけこさしすせそたち"[i]}`)));
    expect(readingsOf(many, "甲乙")).toHaveLength(16);
    expect(readingsOf(many, "甲乙の甲乙")).toHaveLength(16);
  });
});

describe("guessed readings of a kanji the plan never writes alone", () => {
  const p = plan([word("和紙", "わし"), word("農業", "のうぎょう"), word("自転車", "じてんしゃ")]);

  it("take one or two kana from the start or end of a two-kanji word's reading", () => {
    expect(readingsOf(p, "和")).toEqual(["わ"]);
    expect(readingsOf(p, "紙")).toEqual(["し"]);
    expect(readingsOf(p, "農")).toEqual(["の", "のう"]);
  });

  it("never start inside a syllable", () => {
    // ぎょう is the reading of 業, but the guesses from 農業's end are う and ょう.
    expect(readingsOf(p, "業")).toEqual([]);
  });

  it("come from two-kanji words only", () => {
    expect(readingsOf(p, "車")).toEqual([]);
  });

  it("gives nothing for a kanji the plan never reads", () => {
    expect(readingsOf(p, "鳥")).toEqual([]);
    expect(readingsOf(p, "子供と鳥")).toEqual([]);
  });
});

describe("a match by reading alone", () => {
  const p = plan([
    word("細工", "さいく"),
    word("公園", "こうえん"),
    { t: "サイクリングの日" },
    { t: "リサイクルを進める" },
    { t: "公民館で講演を聞く", y: [read("公民館で講演を聞く", "公民館", "こうみんかん"), read("公民館で講演を聞く", "講演", "こうえん")] },
  ]);

  it("finds the word written in kana, but not inside a longer katakana word", () => {
    // 細工 read さいく: サイク is 細工 written in katakana; the サイク of リサイクル is not.
    expect(texts(search(p, "細工")).sort()).toEqual(["サイクリングの日", "細工"].sort());
    expect(highlights(search(p, "細工"))).toContainEqual(["サイク"]);
  });

  it("does not find a homophone that shares no kanji with the word, even next to one that does", () => {
    expect(texts(search(p, "公園"))).toEqual(["公園"]);
  });
});

describe("inflected words", () => {
  it("finds every inflection of a word the plan has in its dictionary form, and highlights each", () => {
    const p = plan([{ t: "使って使った", l: [[0, 2, "使う"], [3, 5, "使う"]] }]);
    expect(highlights(search(p, "使う"))).toEqual([["使っ", "使っ"]]);
  });

  it("looks for a dictionary form inside the text only when it is long enough not to match by chance", () => {
    // のった may be のる or のく: two kana each, found inside many words.
    const p = plan([{ t: "おのくんの話" }, { t: "みのるの話" }, { t: "学びの場をつくる" }]);
    expect(search(p, "のった").results).toEqual([]);
    // 学びたい → 学び: a kanji with its kana is specific enough.
    expect(texts(search(p, "学びたい"))).toEqual(["学びの場をつくる"]);
  });

  it("finds a single letter only where the text has it", () => {
    const p = plan([{ t: "LGBTの話" }, { t: "バスの話", l: [[0, 2, "バス"]] }]);
    expect(search(p, "r").results).toEqual([]);
    expect(texts(search(p, "g"))).toEqual(["LGBTの話"]);
  });
});
