/**
 * deinflect's whole answer for words of each kind of ending, nearest form first. The rule table
 * over-generates on purpose (残しる, 使つ): a candidate is only ever compared with the plan's own
 * lemmas, where a wrong one finds nothing. These lists were read one by one: each holds the
 * dictionary form a reader means, in the order the rules reach it, and nothing shorter than the
 * rules allow. A change to the table (an ending, what it applies to, the step limit) changes them.
 */
import { describe, expect, it } from "vitest";
import { deinflect, potentialBase } from "@/lib/search/deinflect";

describe("deinflect: every form, in the order the rules reach them", () => {
  it.each([
    // たい after a godan stem, then the stem's row: 残し → 残す.
    ["残したい", ["残したい", "残し", "残したう", "残す", "残しる", "残する", "残しい", "残"]],
    // て + みたい: three steps (みたい → みる, て → the verb, 音便 っ → う/つ/る/く).
    ["使ってみたい", ["使ってみたい", "使ってみ", "使って", "使ってみたう", "使ってむ", "使ってみる", "使ってみい", "使う", "使つ", "使る", "使く", "使っる"]],
    // ない after the potential stem, then the potential form: 働け → 働ける → 働く.
    ["働けない", ["働けない", "働け", "働けなう", "働ける", "働けい", "働く"]],
    // い-adjective past.
    ["楽しかった", ["楽しかった", "楽しかう", "楽しかつ", "楽しかる", "楽しかく", "楽しかっる", "楽しい"]],
    // する-noun: 参加したい → 参加する → 参加.
    ["参加したい", ["参加したい", "参加し", "参加したう", "参加す", "参加しる", "参加する", "参加しい", "参加"]],
    // 音便 ん + で: ぬ, ぶ, む.
    ["読んで", ["読んで", "読ぬ", "読ぶ", "読む"]],
    // い + で: ぐ only.
    ["泳いで", ["泳いで", "泳ぐ"]],
    // A bare 一段 stem is a stem only after an ending; as typed it stays itself.
    ["植え", ["植え"]],
    ["書いた", ["書いた", "書く", "書いる"]],
    ["残せば", ["残せば", "残す"]],
    ["残そう", ["残そう", "残", "残す", "残る", "残い"]],
    ["育てよう", ["育てよう", "育てる", "育つ"]],
    ["見れば", ["見れば", "見る"]],
    ["行っていく", ["行っていく", "行って", "行っていい", "行う", "行つ", "行る", "行く", "行っる"]],
    ["学べる", ["学べる", "学ぶ"]],
    // All hiragana: a form keeps at least two characters, but a one-kana stem gives its verb.
    ["しない", ["しない", "する", "しなう"]],
    ["したい", ["したい", "する", "したう"]],
    ["みたい", ["みたい", "みる", "みたう"]],
    ["いたい", ["いたい", "いる", "いたう"]],
    ["きたい", ["きたい", "くる", "きる", "きたう"]],
    ["こない", ["こない", "くる", "こなう"]],
    // Their て forms, which the rules cannot take apart: して → する, きて → くる.
    ["してみたい", ["してみたい", "してみ", "して", "する", "してみたう", "してむ", "してみる", "してみい", "しる"]],
    ["きてほしい", ["きてほしい", "きて", "くる", "きてほしう", "きる"]],
    // …after an ending only: a one-kana word as typed is not a stem.
    ["し", ["し"]],
    // No rule applies.
    ["ながら", ["ながら"]],
    ["金沢", ["金沢"]],
  ])("%s", (word, forms) => {
    expect(deinflect(word)).toEqual(forms);
  });

  it("never returns a repeated form, and the word itself comes first", () => {
    for (const word of ["残したい", "使ってみたい", "行っていく", "参加したい"]) {
      const forms = deinflect(word);
      expect(forms[0]).toBe(word);
      expect(new Set(forms).size).toBe(forms.length);
    }
  });
});

describe("potentialBase: the verb a potential form comes from", () => {
  it.each([
    ["学べる", ["学ぶ"]],
    ["働ける", ["働く"]],
    ["残せる", ["残す"]],
    ["使える", ["使う"]],
    ["待てる", ["待つ"]],
    ["死ねる", ["死ぬ"]],
    ["読める", ["読む"]],
    ["帰れる", ["帰る"]],
    ["泳げる", ["泳ぐ"]],
    // An ichidan verb gives a wrong guess too, which only meets a query of that word.
    ["育てる", ["育つ"]],
  ])("%s → %j", (verb, base) => {
    expect(potentialBase(verb)).toEqual(base);
  });

  it.each(["える", "る", "ける", "見る", "食べた", ""])("%j has no potential base", (verb) => {
    expect(potentialBase(verb)).toEqual([]);
  });
});
