/**
 * Dictionary forms of an inflected Japanese word, so that a query in the words
 * people type (残したい, 学びたい, 使ってみる, 働ける) meets the plan's words
 * (残す, 学ぶ, 使う, 働く). Build-time kuromoji gives the plan's side (its
 * lemmas, see lib/readings/lemmas.ts); the browser has no dictionary, so the
 * query's side is this small rule table, in the manner of the deinflectors of
 * Japanese pop-up dictionaries: strip an ending, add what the stem needs, repeat.
 *
 * It over-generates on purpose (乗り → 乗る and 乗りる): a candidate is only
 * ever compared with the plan's own lemmas, where a wrong one finds nothing.
 */

/**
 * What a form is: the word as typed, a bare stem (連用形/未然形, what is left
 * after たい, ない, ます…), a て/で form, or a dictionary form.
 */
type Kind = "word" | "stem" | "te" | "dict";

/** [ending, replacement, applies to, gives]. */
type Rule = readonly [ending: string, replacement: string, from: readonly Kind[], to: Kind];

/** Godan verb endings by row: the u-form and its い (連用), あ (未然), え (仮定・可能) and お (意志) forms. */
const GODAN: ReadonlyArray<readonly [u: string, i: string, a: string, e: string, o: string]> = [
  ["う", "い", "わ", "え", "お"],
  ["く", "き", "か", "け", "こ"],
  ["ぐ", "ぎ", "が", "げ", "ご"],
  ["す", "し", "さ", "せ", "そ"],
  ["つ", "ち", "た", "て", "と"],
  ["ぬ", "に", "な", "ね", "の"],
  ["ぶ", "び", "ば", "べ", "ぼ"],
  ["む", "み", "ま", "め", "も"],
  ["る", "り", "ら", "れ", "ろ"],
];

// Endings after a stem: wishes, politeness, negation, passive and causative, "while", "looks like".
const AFTER_STEM = [
  "たい", "たく", "たくて", "たかった", "たくない", "たければ", "ます", "ました", "ません", "ましょう", "ながら", "そう",
  "ない", "なかった", "なくて", "なければ", "ず", "せる", "れる", "させる", "られる",
];
// What may follow a て form: 残していく, 使ってみる, 知っている, 読んでほしい.
const AFTER_TE = ["いる", "いく", "いきたい", "みる", "みたい", "おく", "しまう", "ほしい", "る", "く"];

const WORD: Kind[] = ["word"];
const WORD_OR_STEM: Kind[] = ["word", "stem"];
const WORD_OR_TE: Kind[] = ["word", "te"];
const WORD_OR_DICT: Kind[] = ["word", "dict"];

function buildRules(): Rule[] {
  const rules: Rule[] = [];
  for (const ending of AFTER_STEM) rules.push([ending, "", WORD, "stem"]);
  for (const ending of AFTER_TE) rules.push([`て${ending}`, "て", WORD, "te"], [`で${ending}`, "で", WORD, "te"]);
  for (const [u, i, a, e, o] of GODAN) {
    rules.push([i, u, WORD_OR_STEM, "dict"], [a, u, ["stem"], "dict"]); // 残し(たい), 残さ(ない)
    rules.push([`${e}る`, u, WORD_OR_DICT, "dict"], [`${e}ば`, u, WORD, "dict"], [`${o}う`, u, WORD, "dict"]); // 残せる, 残せば, 残そう
  }
  // て/た with 音便: 使って → 使う, 書いて → 書く, 読んで → 読む, 行って → 行く.
  const onbin: Array<readonly [string, string]> = [["っ", "う"], ["っ", "つ"], ["っ", "る"], ["っ", "く"], ["い", "く"], ["ん", "ぬ"], ["ん", "ぶ"], ["ん", "む"], ["し", "す"]];
  for (const [ending, u] of onbin) {
    const voiced = ending === "ん";
    rules.push([`${ending}${voiced ? "で" : "て"}`, u, WORD_OR_TE, "dict"], [`${ending}${voiced ? "だ" : "た"}`, u, WORD, "dict"]);
  }
  rules.push(["いで", "ぐ", WORD_OR_TE, "dict"], ["いだ", "ぐ", WORD, "dict"]);
  // 一段: the stem plus る (植え → 植える, 育て(たい) → 育てる).
  rules.push(["", "る", ["stem"], "dict"], ["て", "る", WORD_OR_TE, "dict"], ["た", "る", WORD, "dict"]);
  rules.push(["よう", "る", WORD, "dict"], ["れば", "る", WORD, "dict"]);
  // する and する-nouns: 参加したい → 参加する → 参加.
  rules.push(["し", "する", WORD_OR_STEM, "dict"], ["さ", "する", ["stem"], "dict"], ["して", "する", WORD_OR_TE, "dict"]);
  rules.push(["した", "する", WORD, "dict"], ["しよう", "する", WORD, "dict"], ["できる", "する", WORD, "dict"]);
  rules.push(["する", "", WORD_OR_DICT, "dict"]);
  // い-adjectives: 楽しく, 楽しかった, 楽しくない, 楽しさ, 楽し(そう) → 楽しい.
  for (const ending of ["く", "かった", "くて", "ければ", "さ", "くない"]) rules.push([ending, "い", WORD, "dict"]);
  rules.push(["", "い", ["stem"], "dict"]);
  return rules;
}

const RULES = buildRules();

/** Enough steps for 使って|みたい → 使って → 使う, and 働け|ない → 働ける → 働く. */
const MAX_STEPS = 3;

const HIRAGANA_ONLY = /^\p{Script=Hiragana}*$/u;

/**
 * Verbs whose stem is one kana, too short to keep as a form of its own: する and 来る, and the
 * 一段 verbs 見る, いる, 着る. したい → する, みたい → みる, こない → くる.
 */
const ONE_KANA_STEMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["し", ["する"]],
  ["み", ["みる"]],
  ["い", ["いる"]],
  ["き", ["くる", "きる"]],
  ["こ", ["くる"]],
]);

/** The て/た/意志 forms of the same verbs, which the rules cannot take apart (the stem would be empty): してみたい → して → する. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ["して", "する"], ["した", "する"], ["しよう", "する"],
  ["みて", "みる"], ["みた", "みる"], ["みよう", "みる"],
  ["いて", "いる"], ["いた", "いる"], ["いよう", "いる"],
  ["きて", "くる"], ["きた", "くる"], ["こよう", "くる"],
]);

/**
 * The word and every form it may be an inflection of, nearest first. Only
 * endings are replaced, and a stem never shrinks to nothing; a form written
 * all in hiragana keeps at least two characters (なる, not る), except that a
 * one-kana stem gives its verb (したい → する).
 */
export function deinflect(word: string): string[] {
  const seen = new Set([word]);
  let frontier: Array<[string, Kind]> = [[word, "word"]];
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const next: Array<[string, Kind]> = [];
    for (const [form, kind] of frontier) {
      for (const [ending, replacement, from, to] of RULES) {
        if (!from.includes(kind) || !form.endsWith(ending)) continue;
        const stem = form.slice(0, form.length - ending.length);
        const candidate = stem + replacement;
        if (stem === "") continue;
        if (HIRAGANA_ONLY.test(candidate) && candidate.length < 2) {
          // A one-kana stem is not a form to offer, but it names its verb (し(たい) → する).
          if (to !== "stem") continue;
          for (const verb of ONE_KANA_STEMS.get(candidate) ?? []) {
            if (seen.has(verb)) continue;
            seen.add(verb);
            next.push([verb, "dict"]);
          }
          continue;
        }
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        next.push([candidate, to]);
        const verb = SHORT_FORMS.get(candidate);
        if (verb !== undefined && !seen.has(verb)) {
          seen.add(verb);
          next.push([verb, "dict"]);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

const POTENTIAL = new Map(GODAN.map(([u, , , e]) => [`${e}る`, u]));

/**
 * The verb a potential form comes from (学べる → 学ぶ, 働ける → 働く), for the
 * plan's side: its dictionary lists 学べる as a verb of its own. An ichidan
 * verb gives a wrong guess too (育てる → 育つ), which only meets a query of that word.
 */
export function potentialBase(verb: string): string[] {
  const base = POTENTIAL.get(verb.slice(-2));
  return base !== undefined && verb.length > 2 ? [verb.slice(0, -2) + base] : [];
}
