import { describe, expect, it } from "vitest";
import { buildModel } from "@/lib/content/plan";
import type { Initiative, InitiativeRef, Plan, Section } from "@/lib/content/schema";
import type { LemmasTable } from "@/lib/readings/lemmas";
import type { ReadingsTable } from "@/lib/readings/table";
import { actionsOfUrl, type ActionList } from "@/lib/search/bench";
import { buildSearchIndex, readingSpans, searchSynonyms } from "@/lib/search/build";
import { SearchIndexSchema, type SearchIndex } from "@/lib/search/index-schema";
import type { SynonymEntry } from "@/lib/search/synonyms";
import { MANUAL_SYNONYMS } from "@/lib/search/synonyms-manual";
import committed from "@/lib/search/synonyms-sudachi.json" with { type: "json" };
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";

/**
 * The index builder and its schema on a small in-memory plan, with readings and
 * lemmas written by hand as kuromoji gives them. Every test builds what it checks
 * inside its own body (no beforeAll): a broken builder then fails these tests
 * instead of skipping them, which is what happens to the tests that share the
 * real plan's index through a hook (tests/fixtures/search/real-index.ts).
 */

const item = (position: number, text: string, repeatOf: InitiativeRef | null = null): Initiative => ({
  position,
  text,
  featured: position === 1,
  repeatOf,
  sourceLine: 1,
});

const SECTION_1: Section = {
  id: "1",
  number: 1,
  heading: "【方向性1】 自然を守る ～古くて新しいまち～",
  label: "方向性1",
  title: "自然を守る",
  tagline: "古くて新しいまち",
  sourceLine: 1,
  goals: [
    {
      number: 1,
      title: "森を育てる",
      sourceLine: 2,
      actions: [{ number: 1, title: "木を植えて守る", sourceLine: 3, initiatives: [item(1, "苗木を配る"), item(2, "エコバッグをつかう")] }],
    },
    {
      number: 2,
      title: "海を守る",
      sourceLine: 6,
      actions: [{ number: 1, title: "浜をきれいにする", sourceLine: 7, initiatives: [item(1, "ごみを拾う")] }],
    },
  ],
};

const PARTNERSHIP: Section = {
  id: "partnership",
  number: null,
  heading: "【パートナーシップ】 みんなで進める",
  label: "パートナーシップ",
  title: "みんなで進める",
  tagline: null,
  sourceLine: 9,
  goals: [
    {
      number: 1,
      title: "みんなでつなぐ",
      sourceLine: 10,
      actions: [
        {
          number: 1,
          title: "声を集める",
          sourceLine: 11,
          initiatives: [item(1, "苗木を配る", { section: "1", goal: 1, action: 1, initiative: 1 })],
        },
      ],
    },
  ],
};

const PLAN: Plan = { sections: [SECTION_1, PARTNERSHIP] };

/** kuromoji's segments of every text of PLAN (the glue ～ and （再掲） is not plan text and has none). */
const READINGS: ReadingsTable = {
  自然を守る: [{ text: "自然", reading: "しぜん" }, { text: "を" }, { text: "守", reading: "まも" }, { text: "る" }],
  古くて新しいまち: [{ text: "古", reading: "ふる" }, { text: "くて" }, { text: "新", reading: "あたら" }, { text: "しいまち" }],
  森を育てる: [{ text: "森", reading: "もり" }, { text: "を" }, { text: "育", reading: "そだ" }, { text: "てる" }],
  木を植えて守る: [{ text: "木", reading: "き" }, { text: "を" }, { text: "植", reading: "う" }, { text: "えて" }, { text: "守", reading: "まも" }, { text: "る" }],
  苗木を配る: [{ text: "苗木", reading: "なえぎ" }, { text: "を" }, { text: "配", reading: "くば" }, { text: "る" }],
  エコバッグをつかう: [{ text: "エコバッグをつかう" }],
  海を守る: [{ text: "海", reading: "うみ" }, { text: "を" }, { text: "守", reading: "まも" }, { text: "る" }],
  浜をきれいにする: [{ text: "浜", reading: "はま" }, { text: "をきれいにする" }],
  ごみを拾う: [{ text: "ごみを" }, { text: "拾", reading: "ひろ" }, { text: "う" }],
  みんなで進める: [{ text: "みんなで" }, { text: "進", reading: "すす" }, { text: "める" }],
  みんなでつなぐ: [{ text: "みんなでつなぐ" }],
  声を集める: [{ text: "声", reading: "こえ" }, { text: "を" }, { text: "集", reading: "あつ" }, { text: "める" }],
};

/** Only texts with an inflected word have an entry. */
const LEMMAS: LemmasTable = {
  古くて新しいまち: [
    [0, 2, "古い"],
    [3, 6, "新しい"],
  ],
  木を植えて守る: [[2, 4, "植える"]],
};

const SYNONYMS: SynonymEntry[] = [
  { words: ["山林", "林野"], plan: ["森林", "里山"] },
  { words: ["ビーチ"], plan: ["砂浜"] },
];

const build = (): SearchIndex => buildSearchIndex(buildModel(PLAN), { readings: READINGS, lemmas: LEMMAS, synonyms: SYNONYMS });

/** A doc's spans as the words they cover, which is what a reviewer can check against the text. */
const covered = (t: string, spans: ReadonlyArray<readonly [number, number, string]> | undefined) =>
  spans?.map(([s, e, r]) => [t.slice(s, e), r, s, e]);

describe("readingSpans", () => {
  it("gives each kanji run its place in the text and its reading, and skips the runs without one", () => {
    expect(readingSpans([{ text: "ごみを" }, { text: "拾", reading: "ひろ" }, { text: "う" }])).toEqual([[3, 4, "ひろ"]]);
    expect(readingSpans(READINGS["木を植えて守る"]!)).toEqual([
      [0, 1, "き"],
      [2, 3, "う"],
      [5, 6, "まも"],
    ]);
  });

  it("gives no spans for a text without kanji, or without segments", () => {
    expect(readingSpans([{ text: "エコバッグをつかう" }])).toEqual([]);
    expect(readingSpans([])).toEqual([]);
  });
});

describe("buildSearchIndex on a small plan", () => {
  it("gives one document per section, goal, action and initiative, in plan order, each pointing at the one it sits under", () => {
    const index = build();
    expect(index.v).toBe(SEARCH_INDEX_VERSION);
    expect(index.docs.map(({ k, t, u, w, p }) => ({ k, t, u, w, p }))).toEqual([
      { k: "section", t: "自然を守る ～古くて新しいまち～", u: "/directions/1/", w: "方向性1", p: undefined },
      { k: "goal", t: "森を育てる", u: "/directions/1/goals/1/", w: "方向性1 · 具体目標1", p: 0 },
      { k: "action", t: "木を植えて守る", u: "/directions/1/goals/1/actions/1/", w: "方向性1 · 具体目標1 · 行動①", p: 1 },
      { k: "initiative", t: "苗木を配る", u: "/directions/1/goals/1/actions/1/#i-1", w: "方向性1 · 具体目標1 · 行動①", p: 2 },
      { k: "initiative", t: "エコバッグをつかう", u: "/directions/1/goals/1/actions/1/#i-2", w: "方向性1 · 具体目標1 · 行動①", p: 2 },
      { k: "goal", t: "海を守る", u: "/directions/1/goals/2/", w: "方向性1 · 具体目標2", p: 0 },
      { k: "action", t: "浜をきれいにする", u: "/directions/1/goals/2/actions/1/", w: "方向性1 · 具体目標2 · 行動①", p: 5 },
      { k: "initiative", t: "ごみを拾う", u: "/directions/1/goals/2/actions/1/#i-1", w: "方向性1 · 具体目標2 · 行動①", p: 6 },
      { k: "section", t: "みんなで進める", u: "/directions/partnership/", w: "パートナーシップ", p: undefined },
      { k: "goal", t: "みんなでつなぐ", u: "/directions/partnership/goals/1/", w: "パートナーシップ · 具体目標1", p: 8 },
      { k: "action", t: "声を集める", u: "/directions/partnership/goals/1/actions/1/", w: "パートナーシップ · 具体目標1 · 行動①", p: 9 },
      { k: "initiative", t: "苗木を配る（再掲）", u: "/directions/partnership/goals/1/actions/1/#i-1", w: "パートナーシップ · 具体目標1 · 行動①", p: 10 },
    ]);
  });

  it("leaves the parent out of a section, rather than writing it as undefined", () => {
    const sections = build().docs.filter((d) => d.k === "section");
    expect(sections).toHaveLength(2);
    for (const doc of sections) expect(Object.keys(doc), doc.t).not.toContain("p");
  });

  it("reads the kanji of the title and of the tagline, each at its place in the joined text", () => {
    const [section, goal] = build().docs;
    expect(covered(section!.t, section!.y)).toEqual([
      ["自然", "しぜん", 0, 2],
      ["守", "まも", 3, 4],
      ["古", "ふる", 7, 8],
      ["新", "あたら", 10, 11],
    ]);
    expect(covered(goal!.t, goal!.y)).toEqual([
      ["森", "もり", 0, 1],
      ["育", "そだ", 2, 3],
    ]);
  });

  it("reads a repeated item's text and nothing of its （再掲） mark", () => {
    const docs = build().docs.filter((d) => d.t.startsWith("苗木を配る"));
    expect(docs.map((d) => covered(d.t, d.y))).toEqual([
      [["苗木", "なえぎ", 0, 2], ["配", "くば", 3, 4]],
      [["苗木", "なえぎ", 0, 2], ["配", "くば", 3, 4]],
    ]);
  });

  it("gives the dictionary forms of inflected words at their place, also in a tagline, and leaves them out elsewhere", () => {
    const index = build();
    const withForms = index.docs.filter((d) => Object.keys(d).includes("l"));
    expect(withForms.map((d) => [d.t, covered(d.t, d.l)])).toEqual([
      ["自然を守る ～古くて新しいまち～", [["古く", "古い", 7, 9], ["新しい", "新しい", 10, 13]]],
      ["木を植えて守る", [["植え", "植える", 2, 4]]],
    ]);
    expect(index.docs).toHaveLength(12);
  });

  it("refuses a table that lacks a text of the plan, naming the text", () => {
    const { 海を守る: _, ...stale } = READINGS;
    expect(() => buildSearchIndex(buildModel(PLAN), { readings: stale, lemmas: LEMMAS, synonyms: SYNONYMS })).toThrow(/no readings for "海を守る"/u);
  });

  it("carries the synonyms as [words, plan words], in the order given", () => {
    expect(build().s).toEqual([
      [["山林", "林野"], ["森林", "里山"]],
      [["ビーチ"], ["砂浜"]],
    ]);
  });

  it("passes the schema the browser checks it with, unchanged", () => {
    const index = build();
    expect(SearchIndexSchema.parse(JSON.parse(JSON.stringify(index)))).toStrictEqual(JSON.parse(JSON.stringify(index)));
  });
});

describe("searchSynonyms", () => {
  it("gives the reviewed Sudachi entries, without their ids, then the manual entries", () => {
    const entries = searchSynonyms();
    const sudachi = committed.entries;
    expect(sudachi.length).toBeGreaterThan(10);
    expect(entries).toHaveLength(sudachi.length + MANUAL_SYNONYMS.length);
    // The first entry of the committed extract, as the browser gets it: words and plan words only.
    expect(entries[0]).toStrictEqual({ words: ["御出掛け", "おでかけ", "お出かけ", "お出掛け", "外出", "出歩く", "出掛ける", "出かける"], plan: ["お出かけ", "出かける"] });
    entries.slice(0, sudachi.length).forEach((entry, i) => expect(entry, sudachi[i]!.id).toStrictEqual({ words: sudachi[i]!.words, plan: sudachi[i]!.plan }));
    expect(entries.slice(sudachi.length)).toEqual(MANUAL_SYNONYMS);
  });
});

describe("SearchIndexSchema", () => {
  const valid = () => JSON.parse(JSON.stringify(build())) as SearchIndex;
  const issuesOf = (index: unknown) => SearchIndexSchema.safeParse(index).error?.issues.map((i) => i.path.join("."));

  it("accepts an index built from the plan: every kind, spans and synonyms of any length", () => {
    const index = valid();
    expect(new Set(index.docs.map((d) => d.k))).toEqual(new Set(["section", "goal", "action", "initiative"]));
    expect(SearchIndexSchema.safeParse(index).success).toBe(true);
  });

  it("refuses documents the browser could not use, naming the field", () => {
    const withDoc = (i: number, change: object) => {
      const index = valid();
      index.docs[i] = { ...index.docs[i]!, ...change };
      return index;
    };
    expect(issuesOf(withDoc(3, { k: "item" }))).toEqual(["docs.3.k"]);
    expect(issuesOf(withDoc(3, { t: "" }))).toEqual(["docs.3.t"]);
    // A relative URL would resolve against /search/, where the results are listed.
    expect(issuesOf(withDoc(3, { u: "directions/1/goals/1/actions/1/#i-1" }))).toEqual(["docs.3.u"]);
    expect(issuesOf(withDoc(3, { y: [[-1, 2, "なえぎ"]] }))).toEqual(["docs.3.y.0.0"]);
    expect(issuesOf(withDoc(3, { y: [[0, 0, "なえぎ"]] }))).toEqual(["docs.3.y.0.1"]);
    expect(issuesOf(withDoc(3, { y: [[0, 2, ""]] }))).toEqual(["docs.3.y.0.2"]);
    expect(issuesOf(withDoc(2, { l: [[2, 4, ""]] }))).toEqual(["docs.2.l.0.2"]);
    expect(issuesOf(withDoc(3, { p: -1 }))).toEqual(["docs.3.p"]);
  });

  it("refuses a synonym entry without words or plan words", () => {
    expect(issuesOf({ ...valid(), s: [[[], ["森林"]]] })).toEqual(["s.0.0"]);
    expect(issuesOf({ ...valid(), s: [[["山林"], []]] })).toEqual(["s.0.1"]);
    expect(issuesOf({ ...valid(), s: [[[""], ["森林"]]] })).toEqual(["s.0.0.0"]);
  });

  it("refuses a parent that is the document itself or comes after it, naming the document", () => {
    for (const p of [3, 7]) {
      const index = valid();
      index.docs[3] = { ...index.docs[3]!, p };
      expect(SearchIndexSchema.safeParse(index).error?.issues, `p: ${p}`).toEqual([
        expect.objectContaining({ code: "custom", path: ["docs", 3, "p"], message: `parent ${p} is not before 3` }),
      ]);
    }
  });
});

describe("benchmark scoring: numbers of two digits", () => {
  // The real plan stops at goal 4 and action 9; a plan that grows must still be scored right.
  const ACTIONS: ActionList = [
    { code: "1-12-1", goal: "1-12" },
    { code: "1-12-10", goal: "1-12" },
    { code: "1-3-1", goal: "1-3" },
  ];

  it("maps pages and anchors with numbers of 10 and more", () => {
    expect(actionsOfUrl("/directions/1/goals/12/", ACTIONS)).toEqual(["1-12-1", "1-12-10"]);
    expect(actionsOfUrl("/directions/1/goals/3/actions/10/", ACTIONS)).toEqual(["1-3-10"]);
    expect(actionsOfUrl("/directions/1/goals/3/#a-12-10", ACTIONS)).toEqual(["1-12-10"]);
    expect(actionsOfUrl("/directions/1/#g-12", ACTIONS)).toEqual(["1-12-1", "1-12-10"]);
  });

  it("takes an anchor only when the whole fragment is one", () => {
    expect(actionsOfUrl("/directions/1/goals/3/#x#a-12-10", ACTIONS)).toEqual(["1-3-1"]);
  });
});
