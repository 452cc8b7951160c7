import { describe, expect, it } from "vitest";
import { PREPARE_STEP_DOCS, prepare, preparing, search } from "@/lib/search/engine";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";
import { normalize, splitQuery } from "@/lib/search/normalize";
import { searchHelpers, useRealIndex } from "../fixtures/search/real-index";

const real = useRealIndex();


const { run, urls, highlighted } = searchHelpers(real);

/**
 * What a reader typing the query should see first, checked by reading the plan
 * (content/source/kanazawa-sdgs-action-plan.txt). `tier` is how the first
 * result matched: 3 verbatim, 2 kana-folded or by reading, 1 by a typo.
 */
const QUERY_SET: Array<{ q: string; first: string; text: string; tier: 1 | 2 | 3 }> = [
  { q: "バス", first: "/directions/1/goals/2/actions/3/#i-5", text: "バスや鉄道などの公共交通を地域の大切な足としてしっかり活かす工夫を重ねる", tier: 3 },
  { q: "ばす", first: "/directions/3/goals/1/", text: "子供の多様性を尊重し、個性を伸ばす", tier: 3 },
  { q: "ごみ", first: "/directions/2/goals/2/actions/6/", text: "ごみ削減・資源化の取り組みを進める", tier: 3 },
  { q: "ゴミ", first: "/directions/2/goals/2/actions/6/", text: "ごみ削減・資源化の取り組みを進める", tier: 2 },
  { q: "公共交通 バス", first: "/directions/1/goals/2/actions/3/#i-5", text: "バスや鉄道などの公共交通を地域の大切な足としてしっかり活かす工夫を重ねる", tier: 3 },
  { q: "ばす 公共交通", first: "/directions/1/goals/2/actions/3/#i-5", text: "バスや鉄道などの公共交通を地域の大切な足としてしっかり活かす工夫を重ねる", tier: 2 },
  { q: "子育て　支援", first: "/directions/3/goals/1/actions/2/#i-8", text: "学校や公民館、子育て支援組織を中心とした放課後学習支援の充実（塾 or 自然体験 or 英会話 or プログラミングを選んで学べる環境など）", tier: 3 },
  { q: "金沢", first: "/directions/5/goals/1/actions/1/", text: "金沢の強みである文化を知って磨く", tier: 3 },
  { q: "かなざわ", first: "/directions/2/goals/1/actions/1/#i-7", text: "断熱性能等の高い（かなざわ向け）賃貸住宅への入居を促進する", tier: 3 },
  { q: "こそだて", first: "/directions/1/goals/1/actions/4/#i-5", text: "子育て世帯に選ばれる魅力的な小学校をまちなかにつくる", tier: 2 },
  { q: "ぼうさい", first: "/directions/2/goals/1/actions/2/#i-2", text: "公共施設や防災拠点等における再生可能エネルギー設備の導入を進める", tier: 2 },
  { q: "tabete", first: "/directions/2/goals/2/actions/7/#i-6", text: "フードシェアリングアプリT A B E T Eを普及する", tier: 3 },
  { q: "TABETE", first: "/directions/2/goals/2/actions/7/#i-6", text: "フードシェアリングアプリT A B E T Eを普及する", tier: 3 },
  { q: "LGBT", first: "/directions/4/goals/1/actions/2/", text: "LGBTフレンドリーなまちにする", tier: 3 },
  { q: "L G B T", first: "/directions/4/goals/1/actions/2/", text: "LGBTフレンドリーなまちにする", tier: 3 },
  { q: "SDGs", first: "/directions/partnership/goals/2/actions/2/", text: "SDGsのアクション起こす基盤をつくる", tier: 3 },
  { q: "ｓｄｇｓ", first: "/directions/partnership/goals/2/actions/2/", text: "SDGsのアクション起こす基盤をつくる", tier: 3 },
  { q: "テレワク", first: "/directions/4/goals/4/actions/2/#i-1", text: "テレワークやリモートワークを社会全体で推進する （美味しいテレワーク事業：食が魅力的な冬季のテレワーク推進など）", tier: 1 },
  { q: "リノベション", first: "/directions/1/goals/4/actions/3/#i-1", text: "界限（エリア）の独自性を生かしつつ、新陳代謝する（リノベーションなど）", tier: 1 },
  { q: "いのべーしょん", first: "/directions/5/goals/1/", text: "イノベーションが起きやすい条件と要素をみつめる", tier: 2 },
  { q: "乗りたくなる公共交通", first: "/directions/1/goals/2/actions/3/", text: "乗りたくなる公共交通にする", tier: 3 },
  { q: "個性を伸ばす", first: "/directions/3/goals/1/", text: "子供の多様性を尊重し、個性を伸ばす", tier: 3 },
  { q: "資源循環型社会", first: "/directions/2/", text: "環境への負荷を少なくし資源循環型社会をつくる ～“もったいない”がないまち～", tier: 3 },
  { q: "生物文化多様性", first: "/directions/1/goals/3/actions/3/", text: "生物文化多様性の価値を知りまもる", tier: 3 },
  { q: "まちなか", first: "/directions/1/goals/4/actions/1/", text: "まちなかと里山・田園地域が交流する", tier: 3 },
];

/** Queries with several results of mixed tiers, for the properties that must hold on every result list. */
const EXTRA_QUERIES = ["イノベーション", "食品ロス", "フードバンク", "ワク", "防災", "自転車", "プラスチック", "こそだて しえん", "テレワク 推進"];
const ALL_QUERIES = [...QUERY_SET.map((c) => c.q), ...EXTRA_QUERIES];

describe("preparing: the index made ready in steps", () => {
  it("gives what prepare() gives, pausing after every 20 documents and between its three later phases", () => {
    const { index } = real();
    const steps = preparing(index);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(PREPARE_STEP_DOCS).toBe(20);
    expect(index.docs.length).toBeGreaterThan(300);
    expect(pauses).toBe(Math.floor(index.docs.length / 20) + 3);
    expect(step.value).toEqual(prepare(index));
  });
});

describe("search: the query set's first results", () => {
  it.each(QUERY_SET)("$q → $first", ({ q, first, text, tier }) => {
    const [top] = run(q).results;
    expect(top, q).toBeDefined();
    expect(top!.doc.u).toBe(first);
    expect(top!.doc.t).toBe(text);
    expect(top!.tier).toBe(tier);
  });
});

/** Results that contain every word of the query themselves, not through the action or goal above them. */
const ownUrls = (q: string) => run(q).results.filter((r) => r.context.length === 0).map((r) => r.doc.u);

describe("search: several terms must all match", () => {
  it("joins terms with AND, on half- and full-width spaces", () => {
    expect(ownUrls("公共交通 バス")).toEqual(["/directions/1/goals/2/actions/3/#i-5"]);
    expect(ownUrls("公共交通　バス")).toEqual(["/directions/1/goals/2/actions/3/#i-5"]);
    expect(ownUrls("子育て　支援")).toEqual([
      "/directions/3/goals/1/actions/2/#i-8",
      "/directions/3/goals/2/actions/2/#i-5",
      "/directions/3/goals/2/actions/4/#i-1",
    ]);
    // The item with both words comes first; then those that take one from their action.
    expect(urls("公共交通 バス")[0]).toBe("/directions/1/goals/2/actions/3/#i-5");
  });

  it("returns only documents that each term finds on its own or through their action or goal", () => {
    for (const q of ["公共交通 バス", "子育て　支援", "こそだて しえん", "テレワク 推進"]) {
      const results = run(q).results;
      expect(results.length, q).toBeGreaterThan(0);
      const terms = q.split(/\s+/u);
      const alone = terms.map(urls);
      for (const r of results) {
        terms.forEach((term, i) => {
          if (r.context.some((c) => c.word === term)) return;
          expect(alone[i], `${r.doc.u} for ${q}`).toContain(r.doc.u);
        });
        expect(r.missing).toEqual([]);
      }
      // The extra term narrows what the broader one finds alone.
      expect(Math.max(...alone.map((found) => found.length)), q).toBeGreaterThan(results.length);
    }
  });

  it("shows the items with some of the words, marked as partial, when no item has them all", () => {
    expect(urls("公共交通").length).toBeGreaterThan(0);
    const response = run("公共交通 ぱぴぷぺぽ");
    expect(response.partial).toBe(true);
    expect(response.results.map((r) => r.doc.u).sort()).toEqual(urls("公共交通").sort());
    for (const r of response.results) expect(r.missing).toEqual(["ぱぴぷぺぽ"]);
    // Never partial when some item has every word.
    expect(run("公共交通 バス").partial).toBe(false);
  });

  it("highlights every term", () => {
    const [top] = run("公共交通 バス").results;
    expect(highlighted(top!)).toEqual(["バス", "公共交通"]);
  });
});

describe("search: hiragana and katakana", () => {
  it("finds ごみ items for ゴミ, the same ones as for ごみ", () => {
    expect(urls("ゴミ")).toEqual(urls("ごみ"));
    expect(urls("ゴミ")).toHaveLength(5);
    for (const r of run("ゴミ").results) expect(highlighted(r)).toEqual(["ごみ"]);
  });

  it("finds バス for ばす", () => {
    const found = urls("ばす");
    for (const u of urls("バス")) expect(found).toContain(u);
  });

  it("ranks a match in the query's own script above a folded one: every バス before 伸ばす", () => {
    const results = run("バス").results;
    const nobasu = results.findIndex((r) => r.doc.t.includes("伸ばす"));
    const basu = results.flatMap((r, i) => (r.doc.t.includes("バス") ? [i] : []));
    expect(nobasu).toBeGreaterThanOrEqual(0);
    expect(basu).toHaveLength(4);
    for (const i of basu) expect(nobasu).toBeGreaterThan(i);
    expect(results[nobasu]!.tier).toBe(2);
  });

  it("and the other way round: ばす puts 伸ばす before every バス", () => {
    const results = run("ばす").results;
    const nobasu = results.findIndex((r) => r.doc.t.includes("伸ばす"));
    const basu = results.flatMap((r, i) => (r.doc.t.includes("バス") ? [i] : []));
    expect(basu).toHaveLength(4);
    for (const i of basu) expect(nobasu).toBeLessThan(i);
  });
});

describe("search: readings of kanji", () => {
  it("finds every 金沢 item for かなざわ, highlighting the kanji", () => {
    const kana = run("かなざわ").results;
    const kanji = run("金沢").results.filter((r) => r.doc.t.includes("金沢")).map((r) => r.doc.u);
    expect(kanji.length).toBeGreaterThan(20);
    // By reading (tier 2), not as a typo of something else.
    const byReading = kana.filter((r) => r.tier === 2);
    expect(byReading.map((r) => r.doc.u).sort()).toEqual([...kanji].sort());
    for (const r of byReading) expect(highlighted(r)).toContain("金沢");
    // And the other way round: 金沢 finds the item that writes かなざわ.
    expect(urls("金沢")).toContain("/directions/2/goals/1/actions/1/#i-7");
  });

  it("finds every 子育て item for こそだて, highlighting 子育て", () => {
    const folded = run("こそだて").results.filter((r) => r.tier === 2);
    const written = run("子育て").results.filter((r) => r.doc.t.includes("子育て")).map((r) => r.doc.u);
    expect(written).toHaveLength(6);
    expect(folded.map((r) => r.doc.u).sort()).toEqual(written.sort());
    for (const r of folded) expect(highlighted(r)).toEqual(["子育て"]);
  });

  it("finds 防災 for ぼうさい, the highlight covering the kanji", () => {
    const results = run("ぼうさい").results;
    expect(results.map((r) => r.doc.u)).toEqual(urls("防災"));
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.tier).toBe(2);
      for (const [s, e] of r.ranges) expect(r.doc.t.slice(s, e)).toBe("防災");
    }
  });
});

describe("search: width, case and letter spacing", () => {
  it("finds the letter-spaced T A B E T E for tabete in any case", () => {
    for (const q of ["tabete", "TABETE", "ｔａｂｅｔｅ", "T A B E T E"]) {
      const results = run(q).results;
      expect(results.map((r) => r.doc.u), q).toEqual(["/directions/2/goals/2/actions/7/#i-6"]);
      expect(highlighted(results[0]!)).toEqual(["T A B E T E"]);
    }
  });

  it("finds both L G B T and LGBT, whichever way it is typed", () => {
    const expected = [
      "/directions/4/goals/1/actions/2/",
      "/directions/3/goals/1/actions/3/#i-3",
      "/directions/4/goals/1/actions/2/#i-1",
    ];
    for (const q of ["LGBT", "lgbt", "L G B T", "ＬＧＢＴ"]) expect(urls(q).sort(), q).toEqual([...expected].sort());
    const texts = run("LGBT").results.map((r) => r.doc.t);
    expect(texts.some((t) => t.includes("L G B T"))).toBe(true);
    expect(texts.some((t) => t.includes("LGBT"))).toBe(true);
  });

  it("treats full-width ｓｄｇｓ as SDGs", () => {
    expect(urls("ｓｄｇｓ")).toEqual(urls("SDGs"));
    expect(urls("ＳＤＧｓ")).toEqual(urls("SDGs"));
    expect(urls("SDGs").length).toBeGreaterThan(10);
  });
});

describe("search: typos", () => {
  it("asks for typo matching only when a long enough word matches nothing, and uses it once loaded", () => {
    const withoutFuzzy = { ...real().prepared, fuzzy: undefined };
    expect(search(withoutFuzzy, "テレワク")).toMatchObject({ results: [], needsFuzzy: true });
    expect(search(withoutFuzzy, "テレワーク").needsFuzzy).toBe(false);
    expect(search(withoutFuzzy, "ばそ").needsFuzzy).toBe(false); // too short for typos
    const loaded = run("テレワク");
    expect(loaded.needsFuzzy).toBe(false);
    expect(loaded.results.length).toBeGreaterThan(0);
  });

  it("forgives a dropped ー in longer words", () => {
    const tele = run("テレワク").results;
    expect(tele[0]!.doc.t).toContain("テレワーク");
    const reno = run("リノベション").results;
    expect(reno.map((r) => r.doc.u)).toContain("/directions/1/goals/4/actions/3/#i-1");
    expect(reno[0]!.doc.t).toContain("リノベーション");
  });

  it("does not flood short queries with fuzzy matches", () => {
    for (const q of ["バス", "ばす", "ごみ", "防災", "金沢", "テレ", "ワク", "テレワ", "子育て", "こそだ", "エネ", "まちな", "sdg", "lgb"]) {
      expect([...q].length, q).toBeLessThanOrEqual(3);
      const fuzzy = run(q).results.filter((r) => r.tier === 1);
      expect(fuzzy.map((r) => r.doc.t), q).toEqual([]);
    }
  });
});

describe("search: ranking across tiers", () => {
  it("never ranks a weaker match above a stronger one", () => {
    for (const q of ALL_QUERIES) {
      const tiers = run(q).results.map((r) => r.tier);
      expect(tiers, q).toEqual([...tiers].sort((a, b) => b - a));
    }
  });

  it("puts every verbatim result before every folded and fuzzy one, where the query set mixes them", () => {
    const mixed = ALL_QUERIES.filter((q) => new Set(run(q).results.map((r) => r.tier)).size > 1);
    // バス/伸ばす (3, 2) and かなざわ (3, 2) at least.
    expect(mixed).toEqual(expect.arrayContaining(["バス", "ばす", "かなざわ"]));
    for (const q of mixed) {
      const results = run(q).results;
      const lastVerbatim = results.findLastIndex((r) => r.tier === 3);
      const firstWeaker = results.findIndex((r) => r.tier < 3);
      if (lastVerbatim >= 0) expect(lastVerbatim, q).toBeLessThan(firstWeaker);
    }
  });
});

describe("search: fuzzy only as a fallback", () => {
  it.each([
    ["イノベーション", "リノベーション"],
    ["こそだて", "育てる"],
    ["フードバンク", "シードバンク"],
    ["資源循環型社会", "資源循環型農林業"],
  ])("%s, found as typed, brings no near-miss such as %s", (q, nearMiss) => {
    const results = run(q).results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.tier > 1), q).toBe(true);
    expect(results.some((r) => r.doc.t.includes(nearMiss)), q).toBe(false);
  });
});

describe("search: action codes", () => {
  it.each([
    ["1-2-3", "/directions/1/goals/2/actions/3/", "乗りたくなる公共交通にする"],
    ["1-2-③", "/directions/1/goals/2/actions/3/", "乗りたくなる公共交通にする"],
    ["２-１-３", "/directions/2/goals/1/actions/3/", "人と環境にやさしい交通手段を整備する"],
    ["P-1-2", "/directions/partnership/goals/1/actions/2/", "金沢SDGs行動計画のプロセスとアクションに市民や企業が参画する"],
    ["p-1-2", "/directions/partnership/goals/1/actions/2/", "金沢SDGs行動計画のプロセスとアクションに市民や企業が参画する"],
  ])("%s jumps to %s", (q, url, title) => {
    const { jump } = run(q);
    expect(jump?.url).toBe(url);
    expect(jump?.doc.k).toBe("action");
    expect(jump?.doc.t).toBe(title);
  });

  it.each(["9-9-9", "1-9-1", "1-2-9", "P-9-1"])("%s, an action the plan does not have, does not jump", (q) => {
    expect(run(q).jump).toBeNull();
  });
});

describe("search: result links", () => {
  it("links an initiative to its action page and its position there", () => {
    const find = (q: string) => run(q).results[0]!;
    expect(find("心地よいバス停").doc).toMatchObject({
      k: "initiative",
      u: "/directions/1/goals/2/actions/3/#i-2",
    });
    // ⑤プラスチックを削減する: the sixth item, after two ● and three ・.
    expect(find("行楽ごみ").doc).toMatchObject({ k: "initiative", u: "/directions/2/goals/2/actions/5/#i-6" });
  });

  it("links an action to its page and a goal to its page", () => {
    expect(run("乗りたくなる公共交通").results[0]!.doc).toMatchObject({ k: "action", u: "/directions/1/goals/2/actions/3/" });
    expect(run("個性を伸ばす").results[0]!.doc).toMatchObject({ k: "goal", u: "/directions/3/goals/1/" });
    expect(run("資源循環型社会").results[0]!.doc).toMatchObject({ k: "section", u: "/directions/2/" });
  });
});

describe("search: highlights", () => {
  it("keeps every range inside the text, sorted and without overlap", () => {
    for (const q of ALL_QUERIES) {
      for (const r of run(q).results) {
        expect(r.ranges.length, `${q}: ${r.doc.t}`).toBeGreaterThan(0);
        let previousEnd = -1;
        for (const [s, e] of r.ranges) {
          expect(s, `${q}: ${r.doc.t}`).toBeGreaterThan(previousEnd);
          expect(e, `${q}: ${r.doc.t}`).toBeGreaterThan(s);
          expect(e, `${q}: ${r.doc.t}`).toBeLessThanOrEqual(r.doc.t.length);
          previousEnd = e;
        }
      }
    }
  });

  it("highlights exactly the term in verbatim matches", () => {
    for (const q of ALL_QUERIES) {
      const terms = splitQuery(q);
      if (terms.length !== 1) continue;
      const [term] = terms;
      for (const r of run(q).results.filter((r) => r.tier === 3)) {
        // Back-to-back occurrences (ワクワク for ワク) are one highlight.
        for (const text of highlighted(r)) expect(normalize(text), `${q}: ${r.doc.t}`).toMatch(new RegExp(`^(?:${term})+$`, "u"));
      }
    }
  });
});

describe("search: highlights after characters outside the BMP", () => {
  // 𩸽 (ほっけ) is two UTF-16 units: the highlight after it must still cover the word, not one unit to its left.
  it("highlights the word itself when a surrogate pair comes before it", () => {
    const index = prepare({
      v: SEARCH_INDEX_VERSION,
      s: [],
      docs: [{ k: "action", t: "𩸽の料理とバス", u: "/a/", w: "", y: [] }],
    });
    for (const word of ["料理", "バス"]) {
      const [hit] = search(index, word).results;
      expect(hit!.ranges.map(([s, e]) => hit!.doc.t.slice(s, e))).toEqual([word]);
    }
  });
});

describe("search: nothing to find", () => {
  it.each(["ぱぴぷぺぽ", "xyzzy", "", "　 "])("%j gives no results and no jump", (q) => {
    expect(run(q)).toMatchObject({ results: [], jump: null, partial: false });
  });
});
