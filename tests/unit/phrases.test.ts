import { beforeAll, describe, expect, it } from "vitest";
import { phraseBoundaries } from "@/lib/phrases/budoux";
import { layoutPhrases, MAX_PAD, type Phrase, type Piece } from "@/lib/phrases/layout";
import { createReader } from "@/lib/readings";
import { planTexts } from "@/lib/readings/table";
import { getPlan } from "@/lib/content/plan";

const r = (text: string, reading: string): Piece => ({ text, reading });
const t = (text: string): Piece => ({ text });
/** The phrases as a reader sees them: `|` between phrases, readings in brackets. */
const show = (phrases: Phrase[]) => phrases.map((phrase) => phrase.map((p) => (p.reading ? `${p.text}(${p.reading})` : p.text)).join("")).join("|");
const textOf = (phrases: Phrase[]) => phrases.flat().map((p) => p.text).join("");
const pads = (phrases: Phrase[]) =>
  phrases.flat().flatMap((p) => (p.reading ? [`${p.text}:${p.padStart ?? 0}/${p.padEnd ?? 0}`] : []));

/** Every text of the plan, laid out as the pages lay it out (kuromoji's readings, BudouX's phrases). */
let plan: { text: string; phrases: Phrase[] }[] = [];
beforeAll(async () => {
  const reader = await createReader();
  plan = planTexts(getPlan().plan).map((text) => ({ text, phrases: layoutPhrases(reader.segments(text), phraseBoundaries(text)) }));
}, 120_000);

describe("phrase boundaries (BudouX)", () => {
  it("cuts an action title into its phrases", () => {
    const title = "地域と連携して学校外での子供の教育を充実させる";
    expect(phraseBoundaries(title)).toEqual([3, 7, 12, 15, 18]);
  });

  it("gives offsets strictly inside the text, in order", () => {
    expect(phraseBoundaries("学びの機会をつくる")).toEqual([3, 6]);
    expect(phraseBoundaries("つくる")).toEqual([]);
  });
});

describe("layoutPhrases", () => {
  it("splits plain runs at the boundaries and keeps ruby words whole", () => {
    const segments = [r("子供", "こども"), t("の"), r("教育", "きょういく"), t("を"), r("充実", "じゅうじつ"), t("させる")];
    const phrases = layoutPhrases(segments, [3, 6]);
    expect(show(phrases)).toBe("子供(こども)の|教育(きょういく)を|充実(じゅうじつ)させる");
  });

  it("drops a boundary that falls inside a ruby word (BudouX cuts 笑|顔)", () => {
    const segments = [t("安心して"), r("笑顔", "えがお"), t("で")];
    expect(show(layoutPhrases(segments, [5]))).toBe("安心して笑顔(えがお)で");
    expect(show(layoutPhrases(segments, [4, 5, 6]))).toBe("安心して|笑顔(えがお)|で");
  });

  it("gives back the text exactly, for every text of the plan", () => {
    expect(plan.length).toBeGreaterThan(300);
    for (const { text, phrases } of plan) {
      expect(textOf(phrases)).toBe(text);
      expect(phrases.every((phrase) => phrase.length > 0)).toBe(true);
    }
  });
});

describe("room for readings wider than their word", () => {
  it("a reading overhangs the kana beside it rather than widen its word", () => {
    // きょういく is 2.5 em over 2 em: a quarter em each side, taken from の and を.
    expect(pads(layoutPhrases([t("子供の"), r("教育", "きょういく"), t("を")], []))).toEqual(["教育:0/0"]);
  });

  it("never overhangs a kanji, another reading or the start and end of the text", () => {
    expect(pads(layoutPhrases([t("市"), r("教育", "きょういく"), t("会")], []))).toEqual(["教育:1/1"]);
    expect(pads(layoutPhrases([r("教育", "きょういく"), r("提供", "ていきょう")], []))).toEqual(["教育:1/1", "提供:1/1"]);
  });

  it("overhangs the kana of the next phrase too (a gap mid-line is worse than a reading in the margin)", () => {
    expect(pads(layoutPhrases([t("の"), r("教育", "きょういく"), t("を")], [1, 3]))).toEqual(["教育:0/0"]);
  });

  it("overhangs at most one reading character (half an em) on each side", () => {
    // こころざし is 2.5 em over 1 em: 0.75 em each side, of which 0.5 em overhangs.
    expect(pads(layoutPhrases([t("その"), r("志", "こころざし"), t("です")], []))).toEqual(["志:1/1"]);
  });

  it("shares a single kana between the readings on either side of it", () => {
    // Each reading may take half of を; together they cover it and no more.
    const phrase = [r("教育", "きょういく"), t("を"), r("提供", "ていきょう")];
    expect(pads(layoutPhrases(phrase, []))).toEqual(["教育:1/0", "提供:0/1"]);
    const wide = [r("志", "こころざし"), t("を"), r("志", "こころざし")];
    expect(pads(layoutPhrases(wide, []))).toEqual(["志:3/1", "志:1/3"]);
  });

  it("a reading no wider than its word needs no room", () => {
    expect(pads(layoutPhrases([r("金沢", "かなざわ"), t("の"), r("人", "ひと")], []))).toEqual(["金沢:0/0", "人:0/0"]);
  });

  it("the stylesheet has a class for every padding the plan needs", () => {
    const all = plan.flatMap(({ phrases }) => phrases.flat());
    const widest = Math.max(...all.map((p) => Math.max(p.padStart ?? 0, p.padEnd ?? 0)));
    expect(widest).toBeGreaterThan(0);
    expect(widest).toBeLessThanOrEqual(MAX_PAD);
  });
});

