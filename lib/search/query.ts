/**
 * From a phrase or sentence people type (町家を残したい, 子どもの居場所をつくりたい)
 * to the words search should look for (町家 / 残したい, 子ども / 居場所 / つくりたい).
 *
 * The words come from the browser's own word segmenter (Intl.Segmenter, ICU's
 * dictionary: no bytes to ship), mended where it stumbles on words it does not
 * know: it cuts 再エネ into 再|エ|ネ and 住みたい into 住|みたい. Particles
 * (を, の, で…) separate words and are dropped; the endings of an inflected
 * word stay with it, for lib/search/deinflect.ts.
 *
 * Pure and dependency-free; the engine decides which of the words the plan has.
 */

import { deinflect } from "./deinflect";
import { normalize } from "./normalize";

/** A stretch of the query between particles: as typed, and the segmenter's words inside it. */
export type Phrase = {
  /** The content word with its endings: 残したい, 子ども, 在宅勤務. */
  text: string;
  /** The segmenter's words of the phrase (在宅 | 勤務), to try one by one when the whole is not in the plan. */
  parts: string[];
};

// Particles that end a word. や, か and な are left out: they are as often the
// kana of a word (増やす, 生かす, 小さな) as a particle, and a phrase that keeps
// one by mistake still finds its words one by one.
const PARTICLES = new Set([
  "を", "が", "は", "に", "で", "と", "の", "も", "へ", "から", "まで", "より", "など", "について", "として", "による",
  "における", "にも", "では", "には", "とは", "でも", "へは", "との", "への", "での", "からの", "って", "とか", "ね", "よ",
]);

// Endings that always belong to the word before them (まなび|たい, 応援し|て|ほしい). Endings of
// one kana (て, た, ば…) need no entry: a piece of one character always joins (see continues).
const ENDINGS = new Set([
  "たい", "たく", "たかった", "たくない", "ない", "なかった", "ます", "ました", "ません", "てる", "ている",
  "ていく", "てみる", "ほしい", "れる", "られる", "せる", "させる", "よう", "たら", "した", "して", "する",
  "される", "できる", "そう", "みたい",
]);

/**
 * Words that carry no subject of their own (する, なる, こと…), in the
 * dictionary forms deinflect() gives: 参加したい keeps 参加, なりたい goes.
 */
export const STOP_WORDS = new Set([
  "する", "なる", "ある", "いる", "できる", "いく", "くる", "みる", "おく", "やる", "ほしい", "たい", "ない", "思う", "欲しい",
  "こと", "もの", "ため", "よう", "ところ", "とき", "どう", "どこ", "なに", "何", "どんな", "いい", "よい", "方法", "です", "ます",
]);

/**
 * Nouns too general to require of every result: 外国の人と交流したい is about
 * 外国 and 交流; the plan says 外国出身者, not 人.
 */
export const GENERIC_NOUNS = new Set(["人", "者", "方", "物", "事", "人々", "人たち", "こと", "もの", "ひと"]);

/**
 * A word not to require of every result: a generic noun, or a stop word in any
 * of its forms (なりたい is なる, 思います is 思う). Normalised, not kana-folded:
 * katakana words (トキ, タイ) are names, never the stop words とき and たい.
 */
export function isStopWord(word: string): boolean {
  return GENERIC_NOUNS.has(word) || deinflect(normalize(word)).some((form) => STOP_WORDS.has(form));
}

const HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー・]+$/u;
const ENDS_IN_KANA = /[\p{Script=Hiragana}ー]$/u;

function segmentWords(text: string): string[] {
  const pieces =
    typeof Intl === "undefined" || typeof Intl.Segmenter !== "function"
      ? // No segmenter (Firefox before 125, older Safari): runs of one script.
        (text.match(/\p{Script=Han}+|\p{Script=Hiragana}+|[\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu) ?? [])
      : [...new Intl.Segmenter("ja", { granularity: "word" }).segment(text)].map((s) => s.segment);
  // Punctuation and spaces are not words.
  return pieces.filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/**
 * A piece of one character: usually a fragment of a word the segmenter did not know (再|エ|ネ, 住|みたい),
 * or a prefix that leans on the next word (お|年寄り, ご|近所).
 */
const isFragment = (text: string) => [...text].length === 1;

/** Whether `piece` continues the word `last` rather than starting a new one. */
function continues(last: string, piece: string): boolean {
  if (ENDINGS.has(piece) || isFragment(last)) return true;
  // A lone kanji after a word of kana is a word of its own (ある|人); otherwise a fragment joins.
  if (isFragment(piece)) return !(HIRAGANA.test(last) && !HIRAGANA.test(piece));
  if (KATAKANA.test(last) && KATAKANA.test(piece)) return true; // テレ|ワーク
  // Kana right after a kanji or katakana word are its okurigana (住|みたい, 続|けたい);
  // after a word that already ends in kana they start a word of their own (暮らせる|まち).
  return HIRAGANA.test(piece) && !ENDS_IN_KANA.test(last);
}

/**
 * Splits one query chunk (no spaces) into phrases at its particles. The words
 * of a phrase are kept, so that the engine can fall back to them one by one
 * when the plan does not have the phrase as a whole.
 */
export function phrasesOf(chunk: string): Phrase[] {
  const phrases: string[][] = [];
  let current: string[] | undefined;
  for (const piece of segmentWords(chunk)) {
    if (PARTICLES.has(piece)) {
      current = undefined;
      continue;
    }
    if (current === undefined) {
      current = [];
      phrases.push(current);
    }
    const last = current.at(-1);
    if (last !== undefined && continues(last, piece)) current[current.length - 1] = last + piece;
    else current.push(piece);
  }
  return phrases.map((parts) => ({ text: parts.join(""), parts }));
}
