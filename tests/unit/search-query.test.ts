import { describe, expect, it } from "vitest";
import { deinflect, potentialBase } from "@/lib/search/deinflect";
import { GENERIC_NOUNS, isStopWord, phrasesOf, STOP_WORDS } from "@/lib/search/query";
import { CutAtBars, phrases, withSegmenter } from "../fixtures/search/segmenter";


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


const PARTICLES = [
  "を", "が", "は", "に", "で", "と", "の", "も", "へ", "から", "まで", "より", "など", "について", "として", "による",
  "における", "にも", "では", "には", "とは", "でも", "へは", "との", "への", "での", "からの", "って", "とか", "ね", "よ",
];
const ENDINGS = [
  "たい", "たく", "たかった", "たくない", "ない", "なかった", "ます", "ました", "ません", "てる", "ている", "ていく", "てみる",
  "ほしい", "れる", "られる", "せる", "させる", "よう", "たら", "した", "して", "する", "される", "できる", "そう", "みたい",
];

describe("phrasesOf, whatever the browser's segmenter cuts", () => {
  describe("a segmenter that cuts elsewhere", () => {
    withSegmenter(CutAtBars);

    it.each(PARTICLES)("drops the particle %s", (particle) => {
      expect(PARTICLES).toHaveLength(31);
      expect(phrases(`バス|${particle}|乗り|たい`)).toEqual(["バス", "乗りたい"]);
    });

    it.each(ENDINGS)("keeps the ending %s with its word, even a word that ends in kana", (ending) => {
      expect(ENDINGS).toHaveLength(27);
      expect(phrasesOf(`まなび|${ending}`)).toEqual([{ text: `まなび${ending}`, parts: [`まなび${ending}`] }]);
    });

    it("joins fragments of one character, prefixes included, and katakana to katakana", () => {
      expect(phrases("再|エ|ネ")).toEqual(["再エネ"]);
      expect(phrases("お|年寄り")).toEqual(["お年寄り"]);
      expect(phrases("住|みたい")).toEqual(["住みたい"]);
      expect(phrases("テレ|ワーク")).toEqual(["テレワーク"]);
      expect(phrases("ワーク・ライフ|バランス")).toEqual(["ワーク・ライフバランス"]);
    });

    it("starts a new word with kana after a word that ends in kana, and with a lone kanji after kana", () => {
      expect(phrases("暮らせる|まち")).toEqual(["暮らせる+まち"]);
      expect(phrases("まち|や")).toEqual(["まちや"]);
      expect(phrases("ある|人")).toEqual(["ある+人"]);
      expect(phrases("バス|停")).toEqual(["バス停"]);
      expect(phrases("公共|交通")).toEqual(["公共+交通"]);
      expect(phrases("住|み|心地")).toEqual(["住み+心地"]);
    });

    it("leaves out pieces that are not words", () => {
      expect(phrases("町家|、|バス")).toEqual(["町家+バス"]);
      expect(phrases("「|町家|」")).toEqual(["町家"]);
    });
  });

  describe("no segmenter at all", () => {
    withSegmenter(undefined);

    it.each(PARTICLES)("cuts at runs of one script and drops the particle %s", (particle) => {
      expect(phrases(`バス${particle}乗りたい`)).toEqual(["バス", "乗りたい"]);
    });

    it("cuts a sentence into its words", () => {
      expect(phrases("町家を残したい")).toEqual(["町家", "残したい"]);
      expect(phrases("LGBTについて学ぶ")).toEqual(["LGBT", "学ぶ"]);
      expect(phrases("テレワークを推進")).toEqual(["テレワーク", "推進"]);
      expect(phrases("CO2を減らす")).toEqual(["CO2", "減らす"]);
    });

    it("leaves out punctuation, as the segmenter does", () => {
      expect(phrases("町家、バス")).toEqual(["町家+バス"]);
      expect(phrasesOf("、。！")).toEqual([]);
    });
  });
});

describe("isStopWord: words not to require of every result", () => {
  it.each([...STOP_WORDS])("%s", (word) => {
    expect(STOP_WORDS.size).toBe(31);
    expect(isStopWord(word)).toBe(true);
  });

  it.each([...GENERIC_NOUNS])("%s (a generic noun)", (word) => {
    expect(GENERIC_NOUNS.size).toBe(10);
    expect(isStopWord(word)).toBe(true);
  });

  it("in any of their forms, in kana or kanji", () => {
    for (const word of ["なりたい", "できれば", "あった", "やってみたい", "思います", "思った", "欲しかった", "何", "方法"]) expect(isStopWord(word), word).toBe(true);
  });

  it("but not the words that carry the query, nor katakana names that read like a stop word", () => {
    for (const word of ["参加したい", "残したい", "町家", "バス", "人口", "方向", "トキ", "タイ", "モノづくり", "ひとり"]) expect(isStopWord(word), word).toBe(false);
  });
});

/** One example for each rule of lib/search/deinflect.ts, so that a rule lost or mistyped fails by name. */
type Case = [word: string, lemma: string];
const EVERY_RULE: Case[] = [
  // Endings after a stem (連用形 or 未然形).
  ...["たい", "たく", "たくて", "たかった", "たくない", "たければ", "ます", "ました", "ません", "ましょう", "ながら", "そう"].map((e): Case => [`残し${e}`, "残す"]),
  ...["ない", "なかった", "なくて", "なければ", "ず", "せる", "れる"].map((e): Case => [`残さ${e}`, "残す"]),
  ["育てさせる", "育てる"],
  ["育てられる", "育てる"],
  // What follows a て or で form.
  ...["いる", "いく", "いきたい", "みる", "みたい", "おく", "しまう", "ほしい", "る", "く"].flatMap((e): Case[] => [
    [`残して${e}`, "残す"],
    [`読んで${e}`, "読む"],
  ]),
  // Each row of godan verbs: 連用形 + たい, 未然形 + ない, potential, conditional, volitional.
  ...([
    ["買", "う", "い", "わ", "え", "お"],
    ["書", "く", "き", "か", "け", "こ"],
    ["泳", "ぐ", "ぎ", "が", "げ", "ご"],
    ["話", "す", "し", "さ", "せ", "そ"],
    ["待", "つ", "ち", "た", "て", "と"],
    ["死", "ぬ", "に", "な", "ね", "の"],
    ["学", "ぶ", "び", "ば", "べ", "ぼ"],
    ["読", "む", "み", "ま", "め", "も"],
    ["乗", "る", "り", "ら", "れ", "ろ"],
  ] satisfies Array<[string, string, string, string, string, string]>).flatMap(([stem, u, i, a, e, o]) =>
    [`${i}たい`, `${a}ない`, `${e}る`, `${e}ば`, `${o}う`].map((ending): Case => [`${stem}${ending}`, `${stem}${u}`]),
  ),
  // て and た forms with their sound changes (音便).
  ...([
    ["使っ", "使う"],
    ["待っ", "待つ"],
    ["乗っ", "乗る"],
    ["行っ", "行く"],
    ["書い", "書く"],
    ["話し", "話す"],
  ] satisfies Case[]).flatMap(([stem, lemma]): Case[] => [
    [`${stem}て`, lemma],
    [`${stem}た`, lemma],
  ]),
  ...([
    ["死ん", "死ぬ"],
    ["遊ん", "遊ぶ"],
    ["読ん", "読む"],
    ["泳い", "泳ぐ"],
  ] satisfies Case[]).flatMap(([stem, lemma]): Case[] => [
    [`${stem}で`, lemma],
    [`${stem}だ`, lemma],
  ]),
  // 一段 verbs.
  ...["たい", "て", "た", "よう", "れば"].map((e): Case => [`植え${e}`, "植える"]),
  // する and する-nouns.
  ...["したい", "させる", "して", "した", "しよう", "できる"].map((e): Case => [`参加${e}`, "参加する"]),
  ["参加する", "参加"],
  ["参加したい", "参加"],
  // い-adjectives.
  ...["く", "かった", "くて", "ければ", "さ", "くない", "そう"].map((e): Case => [`楽し${e}`, "楽しい"]),
  // A bare stem typed as a word.
  ["残し", "残す"],
  ["働けない", "働く"],
];

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

  it.each(EVERY_RULE)("%s → %s (every rule)", (word, lemma) => {
    expect(EVERY_RULE.length).toBeGreaterThan(100);
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
