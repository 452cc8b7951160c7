import { describe, expect, it } from "vitest";
import { deinflect, potentialBase } from "@/lib/search/deinflect";
import { phrasesOf } from "@/lib/search/query";

/** The phrases of a chunk, each as its words joined with "+". */
const phrases = (chunk: string) => phrasesOf(chunk).map((p) => p.parts.join("+"));

describe("phrasesOf: a sentence into the words to look for", () => {
  it.each([
    ["町家を残したい", ["町家", "残したい"]],
    ["歴史を学びたい", ["歴史", "学びたい"]],
    ["自転車で通勤したい", ["自転車", "通勤したい"]],
    ["子どもの居場所をつくりたい", ["子ども", "居場所", "つくりたい"]],
    ["ごみを減らすには", ["ごみ", "減らす"]],
    ["LGBTについて学ぶ", ["LGBT", "学ぶ"]],
    ["バスに乗りたい", ["バス", "乗りたい"]],
  ])("drops the particles of %s", (chunk, expected) => {
    expect(phrases(chunk)).toEqual(expected);
  });

  it.each([
    // The segmenter cuts words it does not know into pieces; they are joined again.
    ["再エネを増やしたい", ["再エネ", "増やしたい"]],
    ["まちなかに住みたい", ["まちなか", "住みたい"]],
    ["祭りを続けたい", ["祭り", "続けたい"]],
    ["地元の野菜を食べたい", ["地元", "野菜", "食べたい"]],
    ["プラごみ", ["プラごみ"]],
    ["お年寄りと話したい", ["お年寄り", "話したい"]],
  ])("mends the segmenter's fragments in %s", (chunk, expected) => {
    expect(phrases(chunk)).toEqual(expected);
  });

  it("keeps the words of a compound, to fall back to one by one", () => {
    expect(phrasesOf("伝統工芸を守りたい")).toEqual([
      { text: "伝統工芸", parts: ["伝統", "工芸"] },
      { text: "守りたい", parts: ["守りたい"] },
    ]);
    expect(phrasesOf("在宅勤務")).toEqual([{ text: "在宅勤務", parts: ["在宅", "勤務"] }]);
  });

  it("does not join a word of kana to the one before it once that one is complete", () => {
    expect(phrases("安心して暮らせるまち")).toEqual(["安心して+暮らせる+まち"]);
    // ある and 人 stand in one phrase (no particle between), as two words.
    expect(phrases("障がいのある人と働く")).toEqual(["障がい", "ある+人", "働く"]);
  });

  it("gives nothing for punctuation alone", () => {
    expect(phrasesOf("、。！")).toEqual([]);
    expect(phrasesOf("")).toEqual([]);
  });
});

describe("deinflect: the dictionary forms a word may come from", () => {
  it.each([
    ["残したい", "残す"],
    ["学びたい", "学ぶ"],
    ["増やしたい", "増やす"],
    ["乗りたくない", "乗る"],
    ["買った", "買う"],
    ["使ってみたい", "使う"],
    ["読んで", "読む"],
    ["書いて", "書く"],
    ["泳いで", "泳ぐ"],
    ["植えたい", "植える"],
    ["育てよう", "育てる"],
    ["働ける", "働く"],
    ["残そう", "残す"],
    ["話せば", "話す"],
    ["楽しかった", "楽しい"],
    ["楽しそう", "楽しい"],
    ["参加したい", "参加"],
    ["応援してほしい", "応援"],
    ["守らない", "守る"],
    ["なりたい", "なる"],
  ])("%s → %s", (word, lemma) => {
    expect(deinflect(word)).toContain(lemma);
  });

  it("starts with the word itself and never returns an empty or one-kana form", () => {
    for (const word of ["残したい", "いる", "たい", "して", "る", "ある"]) {
      const forms = deinflect(word);
      expect(forms[0]).toBe(word);
      for (const form of forms.slice(1)) expect(form === "" || /^\p{Script=Hiragana}$/u.test(form), `${word} → ${form}`).toBe(false);
    }
  });

  it("leaves a noun alone", () => {
    expect(deinflect("公民館")).toEqual(["公民館"]);
    expect(deinflect("バス")).toEqual(["バス"]);
  });

  it("maps a potential verb to its verb, and nothing else", () => {
    expect(potentialBase("学べる")).toEqual(["学ぶ"]);
    expect(potentialBase("働ける")).toEqual(["働く"]);
    expect(potentialBase("つくる")).toEqual([]);
    expect(potentialBase("ける")).toEqual([]);
  });
});
