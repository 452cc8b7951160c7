/**
 * Readings (yomi) of the plan's Japanese text, for search (a hiragana query
 * such as かなざわ finds 金沢) and for furigana (<ruby>). Build time only: this
 * loads kuromoji and its IPADIC dictionary from disk, so never import it from
 * browser code; ship the readings it computes instead.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";
import { foldKana } from "@/lib/search/normalize";
import { READING_OVERRIDES, TOKEN_READING_OVERRIDES } from "./overrides";

/** A run of the text; `reading` (hiragana) is present exactly when the run contains kanji and a reading is known. */
export type Segment = { text: string; reading?: string };

export type Reader = {
  /** The whole text with every kanji word replaced by its hiragana reading; kana, Latin, digits and symbols unchanged. */
  reading(text: string): string;
  /** The text split into runs for <ruby>; joining every `text` gives back the input exactly. */
  segments(text: string): Segment[];
  /** The inflected verbs and adjectives of the text with their dictionary forms, for search (使って → 使う). */
  lemmas(text: string): LemmaSpan[];
  /** The text's words as a dictionary would list them, for matching other dictionaries against the plan. */
  vocabulary(text: string): string[];
};

/** [start, end) of an inflected word in the text, and its dictionary form. */
export type LemmaSpan = [start: number, end: number, lemma: string];

// The repeat mark 々 is already Script=Han; ヶ and 〆 are written inside kanji
// words (霞ヶ関, 締〆) and have no reading of their own.
const KANJI = /[\p{Script=Han}ヶ〆]/u;
const KANJI_OR_NOT = /[\p{Script=Han}ヶ〆]+|[^\p{Script=Han}ヶ〆]+/gu;

export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/**
 * Split a word into kanji runs with their part of the reading and kana runs
 * without, keeping okurigana out of the ruby: 歩いて/あるいて → 歩(ある) いて.
 * Kana in the word must appear in the reading (katakana and hiragana compare
 * equal). When the kana occur in the reading more than once, the split that
 * gives the kanji the most even reading lengths wins (人と環境 → 人(ひと) と
 * 環境(かんきょう), not 人(ひ) と 環境(とかんきょう)). When no split fits, the
 * whole word gets the whole reading.
 */
export function splitOkurigana(word: string, reading: string): Segment[] {
  const runs = word.match(KANJI_OR_NOT) ?? [];
  if (runs.length <= 1) return [{ text: word, reading }];
  const folded = foldKana(reading);
  let best: { parts: string[]; score: number } | undefined;
  for (const parts of alignments(runs, folded, 0, 0)) {
    const score = Math.max(
      ...runs.flatMap((run, i) => (hasKanji(run) ? [(parts[i] ?? "").length / [...run].length] : [])),
    );
    if (best === undefined || score < best.score) best = { parts, score };
  }
  if (best === undefined) return [{ text: word, reading }];
  const parts = best.parts;
  return runs.map((run, i) => (hasKanji(run) ? { text: run, reading: parts[i] ?? "" } : { text: run }));
}

// Every way to cut `reading` (from `at`) so that kana runs match literally and
// each kanji run gets a non-empty piece. Words are short, so enumerating is cheap.
function* alignments(runs: string[], reading: string, index: number, at: number): Generator<string[]> {
  const run = runs[index];
  if (run === undefined) {
    if (at === reading.length) yield [];
    return;
  }
  if (!hasKanji(run)) {
    const literal = foldKana(run);
    if (!reading.startsWith(literal, at)) return;
    for (const rest of alignments(runs, reading, index + 1, at + literal.length)) yield [literal, ...rest];
    return;
  }
  for (let end = at + 1; end <= reading.length; end++) {
    for (const rest of alignments(runs, reading, index + 1, end)) yield [reading.slice(at, end), ...rest];
  }
}

type Token = Pick<IpadicFeatures, "surface_form" | "reading">;
type LemmaToken = Pick<IpadicFeatures, "surface_form" | "pos" | "basic_form">;
type VocabularyToken = LemmaToken & Pick<IpadicFeatures, "pos_detail_1">;

/** Compound nouns up to this many tokens count as words: 再生/可能/エネルギー, 食品/ロス. */
const MAX_COMPOUND = 4;

/**
 * The words of a text: each noun, verb and adjective (and the dictionary form
 * of the inflected ones), and the compounds that runs of nouns make. A word
 * list to look other dictionaries up with, such as the synonym dictionary.
 */
export function vocabularyOf(tokens: VocabularyToken[]): string[] {
  const words = new Set<string>();
  let nouns: string[] = [];
  const flushNouns = () => {
    for (let i = 0; i < nouns.length; i++) {
      for (let n = 2; n <= MAX_COMPOUND && i + n <= nouns.length; n++) words.add(nouns.slice(i, i + n).join(""));
    }
    nouns = [];
  };
  for (const token of tokens) {
    const isNoun = token.pos === "名詞" || token.pos === "接頭詞";
    if (isNoun && token.pos_detail_1 !== "非自立") nouns.push(token.surface_form);
    else flushNouns();
    if (token.pos === "名詞" || INFLECTING.has(token.pos)) {
      words.add(token.surface_form);
      if (token.basic_form !== "*") words.add(token.basic_form);
    }
  }
  flushNouns();
  return [...words];
}

// Verbs and adjectives inflect; nouns, particles and the rest are found as written.
const INFLECTING = new Set(["動詞", "形容詞"]);

// A verb ending in え-row + る may be a potential form that IPADIC lists as a verb of its own (学べる).
const POTENTIAL_LOOKING = /[えけげせてねべめれ]る$/u;

/**
 * The verbs and adjectives of a text that are not written in their dictionary
 * form, as spans with that form: 使っ(て) → 使う, 学び → 学ぶ. A word written
 * in its dictionary form is found by search as written, so it is left out,
 * unless it may be a potential form (学べる), which search maps to its verb.
 */
export function lemmaSpansOf(tokens: LemmaToken[]): LemmaSpan[] {
  const spans: LemmaSpan[] = [];
  let at = 0;
  for (const token of tokens) {
    const end = at + token.surface_form.length;
    const lemma = token.basic_form;
    const inflected = lemma !== token.surface_form || (token.pos === "動詞" && POTENTIAL_LOOKING.test(lemma));
    if (INFLECTING.has(token.pos) && lemma !== "*" && inflected) spans.push([at, end, lemma]);
    at = end;
  }
  return spans;
}
type Word = { text: string; reading?: string };

// Longest override first, so 鈴木大拙 wins over any shorter key inside it.
const OVERRIDE_KEYS = Object.keys(READING_OVERRIDES).sort((a, b) => b.length - a.length);

/**
 * Cut the text into words with hiragana readings: override keys first (longest
 * match on the raw text, so they also decide segmentation), kuromoji for the
 * stretches in between.
 */
export function words(text: string, tokenize: (text: string) => Token[]): Word[] {
  const result: Word[] = [];
  let gapStart = 0;
  const flushGap = (end: number) => {
    if (end > gapStart) result.push(...tokenize(text.slice(gapStart, end)).map(tokenWord));
  };
  for (let i = 0; i < text.length; ) {
    const key = OVERRIDE_KEYS.find((k) => text.startsWith(k, i));
    if (key === undefined) {
      i++;
      continue;
    }
    flushGap(i);
    result.push({ text: key, reading: READING_OVERRIDES[key] });
    i += key.length;
    gapStart = i;
  }
  flushGap(text.length);
  return result;
}

function tokenWord(token: Token): Word {
  const text = token.surface_form;
  if (!hasKanji(text)) return { text };
  const fixed = TOKEN_READING_OVERRIDES[text];
  if (fixed !== undefined) return { text, reading: fixed };
  // Unknown words (word_type UNKNOWN) carry no reading; IPADIC marks some entries "*".
  const reading = token.reading;
  return reading === undefined || reading === "*" ? { text } : { text, reading: foldKana(reading) };
}

/** A Reader over any tokenizer; createReader() supplies kuromoji. */
export function readerFrom(tokenize: (text: string) => Array<Token & Partial<VocabularyToken>>): Reader {
  const full = (text: string): VocabularyToken[] =>
    tokenize(text).map((t) => ({ surface_form: t.surface_form, pos: t.pos ?? "", pos_detail_1: t.pos_detail_1 ?? "", basic_form: t.basic_form ?? "*" }));
  const segments = (text: string) => mergePlain(words(text, tokenize).flatMap(wordSegments));
  return {
    // Built from the segments so the two can never disagree; kana inside a
    // kanji word therefore also stays as written (省エネ → しょうエネ).
    reading: (text) =>
      segments(text)
        .map((segment) => segment.reading ?? segment.text)
        .join(""),
    segments,
    lemmas: (text) => lemmaSpansOf(full(text)),
    vocabulary: (text) => vocabularyOf(full(text)),
  };
}

function wordSegments(word: Word): Segment[] {
  return word.reading !== undefined && hasKanji(word.text)
    ? splitOkurigana(word.text, word.reading)
    : [{ text: word.text }];
}

// Neighbouring runs without a reading become one, so a caller renders plain
// text once instead of token by token.
function mergePlain(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last !== undefined && last.reading === undefined && segment.reading === undefined) {
      last.text += segment.text;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

let tokenizerPromise: Promise<Tokenizer<IpadicFeatures>> | undefined;

// kuromoji reads its gzipped IPADIC from node_modules/kuromoji/dict; resolve
// the package rather than assume where node_modules is.
function buildTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  const require = createRequire(import.meta.url);
  const kuromoji = require("kuromoji") as typeof import("kuromoji");
  const dicPath = path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  });
}

/**
 * The reader over kuromoji. Loading the dictionary takes most of a second, so
 * it happens once per process and every call shares it; a failed load is not
 * cached, so a later call retries.
 */
export async function createReader(): Promise<Reader> {
  tokenizerPromise ??= buildTokenizer().catch((error: unknown) => {
    tokenizerPromise = undefined;
    throw error;
  });
  const tokenizer = await tokenizerPromise;
  return readerFrom((text) => tokenizer.tokenize(text));
}
