import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, readingSpans } from "@/lib/search/build";
import { isSearchIndex } from "@/lib/search/guard";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";
import { SearchIndexSchema, type SearchDoc } from "@/lib/search/index-schema";
import { useRealIndex } from "../fixtures/search/real-index";

const real = useRealIndex();


const byKind = (k: SearchDoc["k"]) => real().index.docs.filter((d) => d.k === k);

describe("search index: shape", () => {
  it("validates against the schema the browser and build share", () => {
    const result = SearchIndexSchema.safeParse(real().index);
    expect(result.success, result.error?.message).toBe(true);
    expect(real().index.v).toBe(SEARCH_INDEX_VERSION);
  });

  it("passes the browser's light check, also after a JSON round trip", () => {
    expect(isSearchIndex(real().index)).toBe(true);
    expect(isSearchIndex(JSON.parse(JSON.stringify(real().index)))).toBe(true);
  });

  it("is refused by the browser check when stale or foreign", () => {
    const { docs, s } = real().index;
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs, s })).toBe(true);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION + 1, docs, s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION - 1, docs, s })).toBe(false);
    expect(isSearchIndex({ docs, s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: {}, s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [null], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: ["バス"], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ u: "/", y: [] }], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: "バス", y: [] }], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: 1, u: "/", y: [] }], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: "バス", u: "/", y: {} }], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: "バス", u: "/", y: [] }], s: {} })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [], s: [] })).toBe(true);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: "バス", u: 1, y: [] }], s })).toBe(false);
    expect(isSearchIndex({ v: SEARCH_INDEX_VERSION, docs: [{ t: "バス", u: "/" }], s })).toBe(false);
    expect(isSearchIndex(null)).toBe(false);
    expect(isSearchIndex("<!doctype html>")).toBe(false);
    expect(isSearchIndex([])).toBe(false);
  });
});

describe("search index: one document per element of the plan", () => {
  it("has 6 sections, 17 goals, 64 actions and 260 initiatives, 347 in all", () => {
    expect(byKind("section")).toHaveLength(6);
    expect(byKind("goal")).toHaveLength(17);
    expect(byKind("action")).toHaveLength(64);
    expect(byKind("initiative")).toHaveLength(260);
    expect(real().index.docs).toHaveLength(347);
    const { sections, goals, actions, initiatives } = real().model.counts;
    expect(sections + goals + actions + initiatives).toBe(347);
  });

  it("gives every document its own URL", () => {
    const urls = real().index.docs.map((d) => d.u);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("links each initiative to its action page and numbers the anchors 1, 2, 3… per action", () => {
    const actions = new Map(byKind("action").map((d) => [d.u, d]));
    const seen = new Map<string, number[]>();
    for (const doc of byKind("initiative")) {
      const match = /^(.*\/actions\/\d+\/)#i-(\d+)$/u.exec(doc.u);
      expect(match, doc.u).not.toBeNull();
      const [, page, n] = match!;
      const action = actions.get(page!);
      expect(action, `${doc.u} has no action page`).toBeDefined();
      expect(doc.w).toBe(action!.w);
      seen.set(page!, [...(seen.get(page!) ?? []), Number(n)]);
    }
    for (const [page, numbers] of seen) expect(numbers, page).toEqual(numbers.map((_, i) => i + 1));
  });

  it("keeps the city's wording verbatim, marking repeated items （再掲） as the source does", () => {
    const texts = real().index.docs.map((d) => d.t);
    expect(texts).toContain("フードシェアリングアプリT A B E T Eを普及する");
    expect(texts).toContain("通勤や業務や私事で、バスや電車に乗る日を増やす（再掲）");
    expect(texts).toContain("環境への負荷を少なくし資源循環型社会をつくる ～“もったいない”がないまち～");
    const repeats = byKind("initiative").filter((d) => d.t.endsWith("（再掲）"));
    expect(repeats).toHaveLength(real().model.counts.repeats);
  });

  it("says where each kind of element sits", () => {
    const find = (u: string) => real().index.docs.find((d) => d.u === u);
    expect(find("/directions/1/goals/2/actions/3/")?.t).toBe("乗りたくなる公共交通にする");
    expect(find("/directions/3/goals/1/")?.t).toBe("子供の多様性を尊重し、個性を伸ばす");
    expect(find("/directions/1/goals/2/actions/3/#i-2")?.t).toBe("心地よいバス停や駅舎をつくる（包摂性が高い、デザインがいい、便利）");
  });
});

describe("search index: readings", () => {
  it("gives each span a kanji run of the text and a hiragana reading, in order without overlap", () => {
    for (const doc of real().index.docs) {
      let previousEnd = 0;
      for (const [start, end, reading] of doc.y) {
        expect(start, doc.t).toBeGreaterThanOrEqual(previousEnd);
        expect(end, doc.t).toBeGreaterThan(start);
        expect(end, doc.t).toBeLessThanOrEqual(doc.t.length);
        expect(doc.t.slice(start, end), doc.t).toMatch(/\p{Script=Han}/u);
        expect(reading, doc.t.slice(start, end)).toMatch(/^[\p{Script=Hiragana}ー]+$/u);
        previousEnd = end;
      }
    }
  });

  it("reads the words people type in kana", () => {
    const spansOf = (text: string) => {
      const doc = real().index.docs.find((d) => d.t === text)!;
      return doc.y.map(([s, e, y]) => [doc.t.slice(s, e), y]);
    };
    expect(spansOf("金沢の強みである文化を知って磨く")).toContainEqual(["金沢", "かなざわ"]);
    expect(spansOf("公共施設や防災拠点等における再生可能エネルギー設備の導入を進める")).toContainEqual(["防災", "ぼうさい"]);
  });

  it("reads a section's tagline too, at its place after the title and the glue", () => {
    const doc = real().index.docs.find((d) => d.u === "/directions/1/")!;
    expect(doc.t).toBe("自然、歴史、文化に立脚したまちづくりをすすめる ～古くて新しくて心地よいまち～");
    const spans = doc.y.map(([s, e, y]) => [doc.t.slice(s, e), y]);
    expect(spans).toEqual(expect.arrayContaining([["自然", "しぜん"], ["古", "ふる"], ["新", "あたら"], ["心地", "ここち"]]));
    expect(doc.l?.map(([s, e, lemma]) => [doc.t.slice(s, e), lemma])).toEqual(expect.arrayContaining([["古く", "古い"], ["新しく", "新しい"]]));
  });

  it("turns segments into spans at the right offsets", () => {
    expect(readingSpans([{ text: "金沢", reading: "かなざわ" }, { text: "の" }, { text: "強", reading: "つよ" }, { text: "み" }])).toEqual([
      [0, 2, "かなざわ"],
      [3, 4, "つよ"],
    ]);
  });
});

describe("search index: where each item sits", () => {
  it("points each initiative at its action, each action at its goal, each goal at its section", () => {
    const parentKind = { initiative: "action", action: "goal", goal: "section" } as const;
    let checked = 0;
    real().index.docs.forEach((doc, i) => {
      if (doc.k === "section") {
        expect(doc.p, doc.u).toBeUndefined();
        return;
      }
      const parent = real().index.docs[doc.p!];
      expect(parent?.k, doc.u).toBe(parentKind[doc.k]);
      expect(doc.p!, doc.u).toBeLessThan(i);
      // The parent's page is the item's page or the folder above it.
      expect(doc.u.startsWith(parent!.u) || doc.u.split("#")[0] === parent!.u, `${doc.u} under ${parent!.u}`).toBe(true);
      checked++;
    });
    expect(checked).toBe(341);
  });

  it("refuses a parent that does not come before its child, naming the document", () => {
    for (const p of [5, 1]) {
      const docs = real().index.docs.map((d, i) => (i === 1 ? { ...d, p } : d));
      const result = SearchIndexSchema.safeParse({ ...real().index, docs });
      expect(result.error?.issues, `p: ${p}`).toEqual([expect.objectContaining({ path: ["docs", 1, "p"], message: `parent ${p} is not before 1` })]);
    }
  });
});

describe("search index: dictionary forms and synonyms", () => {
  it("gives the inflected words of a text with their dictionary forms, inside the text", () => {
    const doc = real().index.docs.find((d) => d.t === "歩くには遠いところへはマイ自転車や「まちのり」を使ってみる")!;
    expect(doc.l?.map(([s, e, lemma]) => [doc.t.slice(s, e), lemma])).toContainEqual(["使っ", "使う"]);
    let spans = 0;
    for (const d of real().index.docs) {
      for (const [s, e] of d.l ?? []) {
        expect(e, d.t).toBeGreaterThan(s);
        expect(e, d.t).toBeLessThanOrEqual(d.t.length);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(200);
  });

  it("leaves the dictionary forms out of a text without inflected words", () => {
    const withForms = real().index.docs.filter((d) => d.l !== undefined);
    expect(withForms.length).toBeGreaterThan(100);
    expect(real().index.docs.length - withForms.length).toBeGreaterThan(100);
    for (const d of withForms) expect(d.l!.length, d.t).toBeGreaterThan(0);
  });

  it("carries every synonym entry, Sudachi's and the manual ones", () => {
    expect(real().index.s.length).toBe(real().sources.synonyms.length);
    expect(real().index.s).toContainEqual([["在宅勤務", "在宅ワーク", "リモート勤務", "テレワーク勤務"], ["テレワーク", "リモートワーク"]]);
    expect(real().index.s.some(([words, plan]) => words.includes("子ども") && plan.includes("子供"))).toBe(true);
  });
});

describe("search index: build", () => {
  it("is deterministic: the same plan gives the same bytes", () => {
    const again = buildSearchIndex(real().model, real().sources);
    expect(JSON.stringify(again)).toBe(JSON.stringify(real().index));
  });

  it("fails loudly, naming the text, when the readings table is stale", () => {
    expect(() => buildSearchIndex(real().model, { ...real().sources, readings: {} })).toThrow(/no readings for ".+": .*stale/u);
  });

  // Size budget from the issue: the browser downloads the whole index on first search.
  it("stays under 60 KB gzipped", () => {
    const gzipped = gzipSync(JSON.stringify(real().index)).length;
    expect(gzipped).toBeLessThan(60 * 1024);
  });
});
