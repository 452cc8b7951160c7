import { describe, expect, it } from "vitest";
import { suggest } from "@/lib/search/engine";
import { SUGGESTIONS } from "@/lib/search/labels";
import { searchHelpers, useRealIndex } from "../fixtures/search/real-index";

/**
 * Search in the words people type, on the real plan's index: context from the
 * action and goal above an item, other spellings of a word, phrases with
 * particles and inflected verbs, synonyms, partial matches and suggestions.
 * Expectations come from reading content/source/kanazawa-sdgs-action-plan.txt.
 */
const real = useRealIndex();


const { run, urls, highlighted } = searchHelpers(real);
/** Every item of the plan whose text matches the pattern, as the index lists them. */
const itemsSaying = (pattern: RegExp) => real().index.docs.filter((d) => pattern.test(d.t)).map((d) => d.u);

describe("context: an item is found with the words of its action and goal", () => {
  it("finds 2-1-③'s bicycle lanes for 自転車 二酸化炭素 (二酸化炭素 is in goal 2-1's title)", () => {
    const response = run("自転車 二酸化炭素");
    expect(response.partial).toBe(false);
    expect(response.results.map((r) => r.doc.u)).toEqual(["/directions/2/goals/1/actions/3/#i-2"]);
    const [top] = response.results;
    expect(top!.context).toEqual([{ word: "二酸化炭素", kind: "goal" }]);
    expect(highlighted(top!)).toEqual(["自転車"]);
  });

  it("finds an initiative by a word of its own and one of its action's title", () => {
    // 雨庭 is in 1-3-②'s first item; グリーンインフラ in the action's title.
    expect(urls("雨庭 グリーンインフラ")).toContain("/directions/1/goals/3/actions/2/#i-1");
    expect(run("雨庭 グリーンインフラ").results.find((r) => r.doc.u.endsWith("#i-1"))?.context).toEqual([
      { word: "グリーンインフラ", kind: "action" },
    ]);
  });

  it("ranks an item that has every word itself above one that takes a word from its action", () => {
    const results = run("公共交通 バス").results;
    expect(results.length).toBeGreaterThanOrEqual(2);
    const firstInherited = results.findIndex((r) => r.context.length > 0);
    expect(firstInherited).toBeGreaterThan(0);
    for (const r of results.slice(0, firstInherited)) expect(r.context).toEqual([]);
    for (const r of results.slice(firstInherited)) expect(r.context.length).toBeGreaterThan(0);
  });

  it("points at the most specific item: every result has at least one of the words itself", () => {
    for (const q of ["自転車 二酸化炭素", "公共交通 バス", "ペットボトル プラスチック", "児童館 教育"]) {
      const results = run(q).results;
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) expect(r.ranges.length, `${q}: ${r.doc.u}`).toBeGreaterThan(0);
    }
    // A word of a goal's title alone finds the goal, not every item under it.
    expect(urls("二酸化炭素")).toEqual(["/directions/2/goals/1/"]);
  });
});

describe("notation variants (表記ゆれ): one word, written in different ways, finds the same items", () => {
  it("finds every item with 子供, 子ども or こども, whichever is typed", () => {
    const written = itemsSaying(/子供|子ども|こども/u);
    expect(written.length).toBeGreaterThanOrEqual(25);
    for (const q of ["子ども", "子供", "こども"]) expect(urls(q), q).toEqual(expect.arrayContaining(written));
    // The plan's own spelling of the query ranks first.
    expect(run("子ども").results[0]!.doc.t).toContain("子ども");
  });

  it("finds 取組, 取り組み and 取組み for each other", () => {
    const written = itemsSaying(/取組|取り組/u);
    expect(written.length).toBeGreaterThanOrEqual(10);
    for (const q of ["取組", "取り組み", "取組み", "とりくみ"]) expect(urls(q), q).toEqual(expect.arrayContaining(written));
  });

  it("reads a query that mixes kanji and kana through the plan's readings", () => {
    expect(urls("子育てしえん")).toEqual(expect.arrayContaining(itemsSaying(/子育て支援/u)));
    expect(urls("地さん地しょう")).toEqual(itemsSaying(/地産地消/u));
    expect(urls("まち家")).toEqual(itemsSaying(/町家/u));
    expect(urls("障がい")).toEqual(expect.arrayContaining(itemsSaying(/障害/u)));
  });

  it("does not find homophones: a reading match shares a kanji with the query or is written in kana", () => {
    for (const q of ["公園", "暮し", "野菜"]) {
      const results = run(q).results;
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) for (const text of highlighted(r)) expect(text, `${q}: ${r.doc.t}`).toMatch(/[\p{Script=Han}]/u);
    }
  });
});

describe("phrases: particles are dropped and verbs match their other forms", () => {
  it.each([
    ["町家を残したい", "/directions/1/goals/1/actions/4/#i-4"],
    ["歴史を学びたい", "/directions/1/goals/1/actions/1/"],
    ["歩いて健康になりたい", "/directions/1/goals/2/actions/2/#i-6"],
    ["省エネ家電に買い替えたい", "/directions/2/goals/1/actions/1/#i-5"],
    ["外国の人と交流したい", "/directions/4/goals/1/actions/3/#i-1"],
    ["子どもの居場所をつくりたい", "/directions/3/goals/1/actions/2/#i-4"],
  ])("%s → %s", (q, first) => {
    const response = run(q);
    expect(response.partial, q).toBe(false);
    expect(response.results[0]?.doc.u).toBe(first);
  });

  it("searches the content words only", () => {
    expect(run("町家を残したい").terms).toEqual(["町家", "残したい"]);
    expect(run("歩いて健康になりたい").terms).toEqual(["歩いて", "健康"]);
  });

  it("drops する, 見る, いる and 来る in their short forms too (したい, みたい, いたい, こない), which people add to a wish", () => {
    for (const [q, terms] of [
      ["ボランティアがしたい", ["ボランティア"]],
      ["テレワークをしてみたい", ["テレワーク"]],
    ] as const) {
      const response = run(q);
      expect(response.terms, q).toEqual(terms);
      expect(response.partial, q).toBe(false);
      expect(response.results.length, q).toBeGreaterThan(0);
    }
  });

  it("drops words without a subject of their own written in kanji too (方法, 思う), also inside a phrase", () => {
    for (const [q, terms] of [
      ["ごみを減らす方法", ["ごみ", "減らす"]],
      ["バスに乗る方法", ["バス", "乗る"]],
      ["食品ロスを減らしたいと思います", ["食品ロス", "減らしたい"]],
    ] as const) {
      const response = run(q);
      expect(response.terms, q).toEqual(terms);
      expect(response.partial, q).toBe(false);
      expect(response.results.length, q).toBeGreaterThan(0);
    }
  });

  it("finds an inflected verb of the plan by another of its forms", () => {
    // 使って (1-2-②, 使ってみる) is 使う; 学べる (4-3-① title) is 学ぶ.
    expect(urls("使いたい")).toContain("/directions/1/goals/2/actions/2/#i-2");
    expect(urls("学びたい")).toContain("/directions/4/goals/3/actions/1/");
    const [top] = run("話しあう").results;
    expect(highlighted(top!)[0]).toMatch(/^話し合/u);
  });

  it("keeps a whole stretch as one word when the plan has it: 子育て支援 is not 子育て and 支援", () => {
    expect(run("子育て支援").terms).toEqual(["子育て支援"]);
    expect(urls("子育て支援")).toEqual(itemsSaying(/子育て支援/u));
  });
});

describe("synonyms: other names for the plan's words", () => {
  it.each([
    ["在宅勤務", "テレワーク"],
    ["再エネ", "再生可能エネルギー"],
    ["フードロス", "食品ロス"],
    ["お年寄り", "高齢者"],
    ["自家用車", "マイカー"],
    ["学童保育", "児童クラブ"],
  ])("%s finds %s", (q, word) => {
    const results = run(q).results;
    expect(results.length, q).toBeGreaterThan(0);
    expect(results.map((r) => r.doc.u).sort()).toEqual(expect.arrayContaining(itemsSaying(new RegExp(word, "u")).filter((u) => !u.endsWith("/directions/2/"))));
    for (const r of results) expect(highlighted(r).join(""), r.doc.t).toContain(word);
  });

  it("ranks the plan's own word above its synonyms: 子供 first for 子供", () => {
    const results = run("子供").results;
    const firstOther = results.findIndex((r) => !r.doc.t.includes("子供"));
    expect(firstOther).toBeGreaterThan(0);
    for (const r of results.slice(firstOther)) expect(r.tier).toBeLessThan(3);
  });
});

describe("partial matches: never an empty page when the plan has some of the words", () => {
  it("shows the items with the most and the rarest words, marked partial", () => {
    const response = run("伝統工芸を守りたい");
    expect(response.partial).toBe(true);
    expect(response.results.length).toBeGreaterThan(0);
    // 工芸 (two items) is rarer than 守る (several): its items come first.
    expect(response.results[0]!.doc.t).toContain("工芸");
    expect(response.results[0]!.missing).toEqual(["守りたい"]);
    for (const r of response.results) expect(r.missing.length).toBeGreaterThan(0);
  });

  it("puts items with more of the words before items with fewer", () => {
    const results = run("地元 野菜 ぱぴぷぺぽ").results;
    expect(run("地元 野菜 ぱぴぷぺぽ").partial).toBe(true);
    const missing = results.map((r) => r.missing.length);
    expect(missing).toEqual([...missing].sort((a, b) => a - b));
    expect(missing[0]).toBe(1);
    expect(missing.at(-1)).toBe(2);
  });
});

describe("never a dead end: 「もしかして」", () => {
  it("suggests the plan's closest words when nothing matches, each of which finds items", () => {
    const response = run("ばそ");
    expect(response.results).toEqual([]);
    expect(response.suggestions).toContain("バス");
    for (const word of response.suggestions) expect(urls(word).length, word).toBeGreaterThan(0);
  });

  it("suggests nothing when nothing is close", () => {
    expect(run("xyzzy").suggestions).toEqual([]);
    expect(suggest(real().prepared, ["ぱぴぷぺぽ"])).toEqual([]);
  });

  it("suggests only when nothing was found", () => {
    expect(run("バス").suggestions).toEqual([]);
  });

  it("offers, besides, eight words people look for, each of which finds items", () => {
    expect(SUGGESTIONS).toHaveLength(8);
    for (const word of SUGGESTIONS) {
      const results = run(word).results;
      expect(results.length, word).toBeGreaterThan(0);
      expect(results[0]!.tier, word).toBe(3);
    }
  });
});

describe("codes of every kind", () => {
  it.each([
    ["1-2", "/directions/1/goals/2/"],
    ["1-2-3", "/directions/1/goals/2/actions/3/"],
    ["2-2-6-3", "/directions/2/goals/2/actions/6/#i-3"],
    ["P-1", "/directions/partnership/goals/1/"],
    ["P-1-1", "/directions/partnership/goals/1/actions/1/"],
    ["P-1-1-1", "/directions/partnership/goals/1/actions/1/#i-1"],
    ["p－１－１－１", "/directions/partnership/goals/1/actions/1/#i-1"],
    ["1–2–③", "/directions/1/goals/2/actions/3/"],
  ])("%s opens %s", (q, url) => {
    expect(run(q).jump?.url).toBe(url);
    expect(run(q).code).toBeNull();
  });

  it.each([
    ["1-2-9", "「1-2-9」という行動はありません。具体目標1-2 の行動は ①〜③ です。", 3],
    ["1-9-1", "「1-9-1」という行動はありません。方向性1 の具体目標は 1〜4 です。", 4],
    ["1-9", "「1-9」という具体目標はありません。方向性1 の具体目標は 1〜4 です。", 4],
    ["9-1-1", "「9-1-1」という行動はありません。方向性は 1〜5 と P（パートナーシップ）です。", 6],
    ["P-3-1", "「P-3-1」という行動はありません。パートナーシップ（P） の具体目標は 1〜2 です。", 2],
    ["1-2-3-99", "「1-2-3-99」という取組例はありません。行動1-2-3 の取組例は 1〜7 です。", 1],
  ])("%s, which the plan does not have, says what it has there instead", (q, message, links) => {
    const response = run(q);
    expect(response.jump).toBeNull();
    expect(response.results).toEqual([]);
    expect(response.code?.message).toBe(message);
    expect(response.code?.links).toHaveLength(links);
    for (const link of response.code!.links) expect(real().prepared.byUrl.has(link.url), link.url).toBe(true);
  });
});
