import { answerCode, type CodeAnswer } from "./codes";
import { deinflect, potentialBase } from "./deinflect";
import { fold, foldKana, normalize, splitQuery } from "./normalize";
import { isStopWord, phrasesOf } from "./query";
import type { SearchDoc, SearchIndex, SearchKind } from "./index-schema";

/**
 * Search over the plan, shared by the browser and the benchmark.
 *
 * A query is cut into words: at spaces, and, where a stretch between spaces
 * is not in the plan as typed, at its particles (町家を残したい → 町家, 残したい)
 * and then into the segmenter's words (lib/search/query.ts).
 *
 * Each word is matched against each document in three tiers:
 *   3  verbatim: the normalised word (NFKC, case, spacing) in the normalised
 *      text, in the query's own script — バス finds バス (伸ばす only at tier 2);
 *   2  the same word written another way: after hiragana/katakana folding, in
 *      the text or in the reading of its kanji (ばす finds バス, かなざわ finds
 *      金沢); the query's own kanji read through the plan's readings (子ども
 *      finds 子供, 取り組み finds 取組); another inflection (学びたい finds 学ぶ);
 *      a synonym from the reviewed dictionary (在宅勤務 finds テレワーク);
 *   1  fuzzy: fuse.js within a small edit distance, only for a word of four or
 *      more characters that matches nothing otherwise — テレワク finds テレワーク.
 *
 * An item is found by its own words together with the words of the action and
 * goal it sits under, as documentation search engines index a record with its
 * headings: `自転車 二酸化炭素` finds 2-1-③'s bicycle lanes, whose goal speaks of
 * 二酸化炭素. It must contain at least one of the words itself, so the results
 * point at the most specific items.
 *
 * Ranking, first to last: items that contain every word themselves, then those
 * that inherit some; within each, by the weakest word's tier (every verbatim
 * match before every folded one, and those before every fuzzy one); then
 * titles before initiatives. When no item has every word, the items with the
 * most (and the rarest) of them are shown, marked as partial.
 */

export type Tier = 1 | 2 | 3;

export type Range = [number, number];

/** A document with the forms search compares, and maps back to the verbatim text for highlighting. */
export type PreparedDoc = SearchDoc & {
  index: number;
  /** normalize(t), char by char. */
  norm: string;
  /** foldKana(norm): same length, same map. */
  fold: string;
  /** For each char of norm/fold, the [start, end) range of `t` it came from. */
  normMap: Range[];
  /** The text with kanji runs replaced by their readings, normalised and folded. */
  reading: string;
  readingMap: Range[];
  /** Every pair of neighbouring characters of fold and reading, to skip documents that cannot be a fuzzy match. */
  bigrams: Set<string>;
  /** The action and goal this document sits under, nearest first: their words count for it too. */
  context: number[];
  /** Dictionary forms of its inflected words, folded, with where they stand in `t`. */
  lemmas: Array<[number, number, string]>;
};

type Corpus = {
  norm: string;
  fold: string;
  reading: string;
  /** Start of each document in norm and fold (which have the same length). */
  normStarts: number[];
  readingStarts: number[];
  lemmas: Map<string, Array<[doc: number, start: number, end: number]>>;
};

export type Prepared = {
  docs: PreparedDoc[];
  /**
   * Every document's norm, fold and reading joined (with where each document starts), and
   * where each lemma stands: a form is looked for once in the whole plan, not document by document.
   */
  corpus: Corpus;
  byUrl: Map<string, PreparedDoc>;
  /** fold(word) → the plan's words it stands for, normalised. */
  synonyms: Map<string, string[]>;
  /** A kanji run of the plan → its readings there (folded): the bridge from 子ども to 子供. */
  readings: Map<string, string[]>;
  /**
   * A kanji → the starts and ends of the readings of the two-kanji words it begins or
   * ends (家 → か from 家庭, や from 町家): guesses, for a kanji the plan never writes
   * alone, kept honest by the rule that a match by reading shares a kanji with the query.
   */
  edgeReadings: Map<string, string[]>;
  /** The plan's words, for 「もしかして」: text, and the folded forms to compare with. */
  words: Array<{ text: string; keys: string[] }>;
  /** Typo matching, once loaded (see Fuzzy). */
  fuzzy?: Fuzzy;
};

/** How an item relates to a word of the query it does not contain itself. */
export type ContextWord = { word: string; kind: SearchKind };

export type SearchResult = {
  doc: SearchDoc;
  tier: Tier;
  /** Ranges of `doc.t` to highlight, sorted and merged. */
  ranges: Range[];
  /** Words of the query found in the action or goal this item sits under rather than in the item. */
  context: ContextWord[];
  /** Words of the query this item matches neither itself nor through its context (partial results only). */
  missing: string[];
};

export type SearchResponse = {
  /** The words searched for, after cutting phrases at their particles. */
  terms: string[];
  /** Set when the query is the code of something the plan has (`1-2`, `1-2-3`, `1-2-3-4`, `P-1-1`). */
  jump: { url: string; doc: SearchDoc } | null;
  /** Set when the query is a code the plan does not have: what it has there instead. */
  code: CodeAnswer | null;
  results: SearchResult[];
  /** No item has every word: the results are the items with the most of them. */
  partial: boolean;
  /** Nothing found at all: the plan's words closest to what was typed (「もしかして」). */
  suggestions: string[];
  /** A word matched nothing and typo matching is not loaded yet: load it (lib/search/fuzzy.ts) and search again. */
  needsFuzzy: boolean;
};

/** Fuzzy matching applies to terms at least this long; shorter ones would match noise. */
export const FUZZY_MIN_LENGTH = 4;

/**
 * Typo matching (tier 1), in lib/search/fuzzy.ts with fuse.js: a separate
 * module the browser loads only the first time a word matches nothing
 * otherwise, so that most searches never download it.
 */
export type Fuzzy = (docs: PreparedDoc[], term: string) => Map<number, TermHit>;

/**
 * Normalises a text one character at a time, keeping where each output char came from: one
 * entry per UTF-16 unit of `norm`, as its indices count (𩸽 is two).
 */
export function normalizeWithMap(text: string): { norm: string; map: Range[] } {
  let norm = "";
  const map: Range[] = [];
  let at = 0;
  for (const char of text) {
    const out = normalizeChar(char);
    norm += out;
    for (let i = 0; i < out.length; i++) map.push([at, at + char.length]);
    at += char.length;
  }
  return { norm, map };
}

// normalize() of one character, remembered: preparing the index normalises about 100,000
// characters, of some 2,000 different ones, and NFKC is the slow part of preparing it.
const normalizedChars = new Map<string, string>();
function normalizeChar(char: string): string {
  let out = normalizedChars.get(char);
  if (out === undefined) {
    out = normalize(char);
    normalizedChars.set(char, out);
  }
  return out;
}

/** The text with each kanji run replaced by its reading, folded, mapped back to the text. */
export function readingWithMap(doc: SearchDoc): { reading: string; map: Range[] } {
  let reading = "";
  const map: Range[] = [];
  let at = 0;
  const push = (text: string, range?: Range) => {
    const { norm, map: inner } = normalizeWithMap(text);
    const folded = foldKana(norm);
    for (let i = 0; i < folded.length; i++) {
      reading += folded[i];
      const r = inner[i]!;
      map.push(range ?? [r[0] + at, r[1] + at]);
    }
  };
  for (const [start, end, yomi] of doc.y) {
    push(doc.t.slice(at, start));
    at = start;
    push(yomi, [start, end]);
    at = end;
  }
  push(doc.t.slice(at));
  return { reading, map };
}

const KANJI = /[\p{Script=Han}々ヶ〆]/u;
const KANJI_RUNS = /[\p{Script=Han}々ヶ〆]+|[^\p{Script=Han}々ヶ〆]+/gu;
// A stretch of one kana script only: こども, not the や|サイ of 駐輪場やサイクル.
const KANA_WORD = /^(?:[\p{Script=Hiragana}ー]+|[\p{Script=Katakana}ー]+)$/u;
const KATAKANA_CHAR = /[\p{Script=Katakana}ー]/u;
const CONTEXT_KINDS: ReadonlySet<SearchKind> = new Set(["action", "goal"]);

// Documents are joined with a character no form contains, so nothing matches across two of them.
const SEPARATOR = "\u0000";

function corpusOf(docs: PreparedDoc[]): Corpus {
  const starts = (key: "norm" | "reading") => {
    let at = 0;
    return docs.map((d) => {
      const start = at;
      at += d[key].length + SEPARATOR.length;
      return start;
    });
  };
  const lemmas: Corpus["lemmas"] = new Map();
  for (const doc of docs) for (const [s, e, lemma] of doc.lemmas) addTo(lemmas, lemma, [doc.index, s, e]);
  return {
    norm: docs.map((d) => d.norm).join(SEPARATOR),
    fold: docs.map((d) => d.fold).join(SEPARATOR),
    reading: docs.map((d) => d.reading).join(SEPARATOR),
    normStarts: starts("norm"),
    readingStarts: starts("reading"),
    lemmas,
  };
}

/** The document a position of a joined corpus string falls in (binary search over the starts). */
function docAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function bigramsOf(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** preparing() pauses after this many documents (the index has about 350; each takes 0.1–0.5 ms on a phone). */
export const PREPARE_STEP_DOCS = 20;

/**
 * prepare() as steps: the same work, with a pause after every PREPARE_STEP_DOCS documents and
 * between its phases, so that a browser can run it between other tasks instead of as one long
 * one (on a phone preparing takes a few hundred milliseconds; lib/search/client.ts). Run it to
 * the end: the generator's return value is the prepared index.
 */
export function* preparing(index: SearchIndex): Generator<void, Prepared, void> {
  const docs: PreparedDoc[] = [];
  for (const [i, doc] of index.docs.entries()) {
    docs.push(prepareDoc(doc, i));
    if ((i + 1) % PREPARE_STEP_DOCS === 0) yield;
  }
  for (const doc of docs) {
    for (let p = doc.p; p !== undefined && CONTEXT_KINDS.has(docs[p]!.k); p = docs[p]!.p) doc.context.push(p);
  }
  yield;

  const synonyms = new Map<string, string[]>();
  for (const [words, plan] of index.s) {
    const targets = plan.map(normalize);
    for (const word of [...words, ...plan]) {
      const key = fold(word);
      for (const target of targets) if (foldKana(target) !== key) addTo(synonyms, key, target);
    }
  }
  yield;

  const readings = new Map<string, string[]>();
  const words = new Map<string, string[]>();
  for (const doc of docs) {
    for (const [s, e, yomi] of doc.y) {
      const text = doc.t.slice(s, e);
      addTo(readings, text, yomi);
      if (text.length >= 2) words.set(text, [fold(text), yomi]);
    }
    for (const katakana of doc.t.match(/[\p{Script=Katakana}ー]{2,}/gu) ?? []) words.set(katakana, [fold(katakana)]);
  }
  const edgeReadings = new Map<string, string[]>();
  for (const [run, yomis] of readings) {
    // Two-kanji words only: each kanji then has about half the reading, so one or two kana.
    const chars = [...run];
    if (chars.length !== 2) continue;
    for (const yomi of yomis) {
      for (let n = 1; n <= Math.min(2, yomi.length - 1); n++) {
        addTo(edgeReadings, chars[0]!, yomi.slice(0, n));
        addTo(edgeReadings, chars.at(-1)!, yomi.slice(-n));
      }
    }
  }
  yield;
  return {
    docs,
    edgeReadings,
    corpus: corpusOf(docs),
    byUrl: new Map(docs.map((d) => [d.u, d])),
    synonyms,
    readings,
    words: [...words].map(([text, keys]) => ({ text, keys })),
  };
}

/** The index made ready to search, in one go (see preparing() for the same in steps). */
export function prepare(index: SearchIndex): Prepared {
  const steps = preparing(index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function prepareDoc(doc: SearchDoc, i: number): PreparedDoc {
  const { norm, map } = normalizeWithMap(doc.t);
  const { reading, map: readingMap } = readingWithMap(doc);
  const folded = foldKana(norm);
  return {
    ...doc,
    index: i,
    norm,
    fold: folded,
    normMap: map,
    reading,
    readingMap,
    bigrams: new Set([...bigramsOf(folded), ...bigramsOf(reading)]),
    context: [],
    lemmas: (doc.l ?? []).flatMap(([s, e, lemma]): Array<[number, number, string]> =>
      [fold(lemma), ...potentialBase(fold(lemma))].map((form) => [s, e, form]),
    ),
  };
}

/** At most this many readings are tried for one word of the query. */
const MAX_READINGS = 16;

/**
 * How a query word containing kanji may read, through the plan's own readings
 * of its kanji runs: 子ども → こども, 取り組み → とりくみ. A run the plan does not
 * have as a whole is cut into runs it has (子供達 → 子供 + 達); one it cannot
 * read gives no reading at all.
 */
export function readingsOf(prepared: Prepared, word: string): string[] {
  const memo = new Map<string, string[]>();
  const readRun = (run: string): string[] => {
    const known = memo.get(run);
    if (known) return known;
    // A word the plan has is read as the plan reads it; a single kanji as any word of the
    // plan reads it; only other runs are pieced together.
    const own = prepared.readings.get(run);
    if (own && run.length > 1) return own.slice(0, MAX_READINGS);
    // Guesses from longer words, but never a piece that starts inside a syllable: a small kana,
    // ん, ー, or the う that lengthens a vowel (the ょう and う of 事業, 農業).
    const guesses = (prepared.edgeReadings.get(run) ?? []).filter((g) => !/^[ぁぃぅぇぉゃゅょゎっんーう]/u.test(g));
    const found = new Set([...(own ?? []), ...guesses]);
    for (let cut = 1; cut < run.length && found.size < MAX_READINGS; cut++) {
      const left = readRun(run.slice(0, cut));
      if (left.length === 0) continue;
      for (const right of readRun(run.slice(cut))) for (const l of left) found.add(l + right);
    }
    const result = [...found].slice(0, MAX_READINGS);
    memo.set(run, result);
    return result;
  };
  let results = [""];
  for (const run of word.match(KANJI_RUNS) ?? []) {
    if (KANJI.test(run)) {
      const options = readRun(run);
      if (options.length === 0) return [];
      results = results.flatMap((r) => options.map((o) => r + o));
    } else {
      // Okurigana the word's reading already ends with are not read twice: 取組み is とりくみ, not とりくみみ.
      const kana = foldKana(run);
      results = results.flatMap((r) => {
        const overlaps = [...Array(Math.min(r.length, kana.length)).keys()].map((n) => n + 1).filter((n) => r.endsWith(kana.slice(0, n)));
        return [r + kana, ...overlaps.map((n) => r + kana.slice(n))];
      });
    }
    results = [...new Set(results)].slice(0, MAX_READINGS);
  }
  return results;
}

export type TermHit = { tier: Tier; ranges: Range[]; fuzzyScore: number };

/** Everything a word of the query is compared with, computed once per word. */
type Forms = {
  exact: string;
  folded: string;
  /** Readings of its kanji through the plan's readings, with the kanji they must share. */
  readings: string[];
  /** Other forms of those readings (とりくみ → とりくむ); a match must contain one of the kanji. */
  readingForms: string[];
  kanji: Set<string>;
  /** Dictionary forms it may be an inflection of (folded). */
  lemmas: Set<string>;
  /** Those forms that are safe to look for as substrings: not one kanji, not two kana. */
  stems: string[];
  /** The plan's words it is another name for (folded). */
  synonyms: string[];
};

const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
// Only a word that ends in kana can be inflected.
const ENDS_IN_HIRAGANA = /\p{Script=Hiragana}$/u;

function formsOf(prepared: Prepared, word: string): Forms {
  const exact = normalize(word);
  const folded = foldKana(exact);
  const readings = KANJI.test(exact) ? readingsOf(prepared, exact).filter((r) => r !== folded) : [];
  const inflections = ENDS_IN_HIRAGANA.test(exact) ? deinflect(folded).filter((form) => form !== folded) : [];
  const stems = inflections.filter((form) => [...form].length >= (HIRAGANA_ONLY.test(form) ? 3 : 2));
  const synonyms = new Set<string>();
  for (const form of [folded, ...inflections]) for (const target of prepared.synonyms.get(form) ?? []) synonyms.add(foldKana(target));
  return {
    exact,
    folded,
    readings,
    // Read, then deinflected as read: 取組み → とりくみ → とりくむ finds 取り組む.
    readingForms: ENDS_IN_HIRAGANA.test(exact)
      ? [...new Set(readings.flatMap((r) => deinflect(r).slice(1)))].filter((r) => r.length >= 3 && !readings.includes(r))
      : [],
    kanji: new Set([...exact].filter((c) => KANJI.test(c))),
    // A synonym may be inflected in the plan too: 話しあう → 話し合う → 話し合ったり.
    lemmas: new Set([folded, ...inflections, ...synonyms]),
    stems,
    synonyms: [...synonyms],
  };
}

/** Where a form is found: for each document, the ranges of its text. */
type Found = Map<number, Range[]>;

/**
 * Every occurrence of `needle` in one joined form of the plan (norm, fold or
 * reading), as ranges of the documents' texts, added to `into`.
 */
function scan(
  prepared: Prepared,
  into: Found,
  form: "norm" | "fold" | "reading",
  needle: string,
  keep?: (doc: PreparedDoc, range: Range) => boolean,
): void {
  const { corpus, docs } = prepared;
  const haystack = corpus[form];
  const starts = form === "reading" ? corpus.readingStarts : corpus.normStarts;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    const doc = docs[docAt(starts, at)]!;
    const local = at - starts[doc.index]!;
    const map = form === "reading" ? doc.readingMap : doc.normMap;
    const range: Range = [map[local]![0], map[local + needle.length - 1]![1]];
    if (keep && !keep(doc, range)) continue;
    const list = into.get(doc.index);
    if (list) list.push(range);
    else into.set(doc.index, [range]);
  }
}

function sharesKanji(text: string, [start, end]: Range, kanji: ReadonlySet<string>): boolean {
  for (const c of text.slice(start, end)) if (kanji.has(c)) return true;
  return false;
}

/**
 * A reading alone would find homophones (公園 → こうえん → 講演): a match by
 * reading must share a kanji with the query, or be the word written in kana:
 * three or more of one script (こども for 子供), not the end of one word and
 * the start of the next (や|サイ of 駐輪場やサイクル), nor inside a katakana
 * word (the クシ of アクション).
 */
function anchored(text: string, [start, end]: Range, kanji: ReadonlySet<string>): boolean {
  if (sharesKanji(text, [start, end], kanji)) return true;
  const stretch = text.slice(start, end);
  if (end - start < 3 || !KANA_WORD.test(stretch)) return false;
  return !(KATAKANA_CHAR.test(stretch) && KATAKANA_CHAR.test(text.charAt(start - 1) || " "));
}

/** Matches of a stretch as written only: verbatim, after kana folding in the text or its reading, or as a synonym (まちがえ). */
function literalHits(prepared: Prepared, stretch: string): Map<number, TermHit> {
  const exact = normalize(stretch);
  const folded = foldKana(exact);
  const literal: Forms = {
    exact,
    folded,
    readings: [],
    readingForms: [],
    kanji: new Set(),
    lemmas: new Set(),
    stems: [],
    synonyms: (prepared.synonyms.get(folded) ?? []).map(foldKana),
  };
  return hitsFor(prepared, literal);
}

function hitsOf(prepared: Prepared, word: string): Map<number, TermHit> {
  return hitsFor(prepared, formsOf(prepared, word));
}

/**
 * The documents a word matches: verbatim (3), or written another way (2).
 * A document with a verbatim match keeps only those ranges: its highlight is the word as typed.
 */
function hitsFor(prepared: Prepared, forms: Forms): Map<number, TermHit> {
  const exact: Found = new Map();
  const other: Found = new Map();
  scan(prepared, exact, "norm", forms.exact);
  scan(prepared, other, "fold", forms.folded);
  scan(prepared, other, "reading", forms.folded);
  for (const reading of forms.readings) scan(prepared, other, "reading", reading, (doc, range) => anchored(doc.t, range, forms.kanji));
  for (const reading of forms.readingForms) scan(prepared, other, "reading", reading, (doc, range) => sharesKanji(doc.t, range, forms.kanji));
  for (const lemma of forms.lemmas) {
    for (const [doc, start, end] of prepared.corpus.lemmas.get(lemma) ?? []) {
      const list = other.get(doc);
      if (list) list.push([start, end]);
      else other.set(doc, [[start, end]]);
    }
  }
  for (const stem of forms.stems) {
    scan(prepared, other, "fold", stem);
    // A kana query's other forms meet the plan's kanji through their readings: とりくみ → とりくむ → 取り組む.
    if (forms.kanji.size === 0) scan(prepared, other, "reading", stem);
  }
  for (const target of forms.synonyms) scan(prepared, other, "fold", target);
  const hits = new Map<number, TermHit>();
  for (const [doc, ranges] of other) hits.set(doc, { tier: 2, ranges, fuzzyScore: 0 });
  for (const [doc, ranges] of exact) hits.set(doc, { tier: 3, ranges, fuzzyScore: 0 });
  return hits;
}

type Term = { word: string; hits: Map<number, TermHit> };

/**
 * The words of a query, each with the documents it matches. A stretch between
 * spaces is one word when the plan has it as typed (公共交通, 子育て支援);
 * otherwise its phrases, and a phrase the plan lacks as a whole becomes its
 * words (伝統工芸 → 伝統, 工芸). A word found nowhere falls back to fuzzy matching.
 */
function termsOf(prepared: Prepared, query: string): { terms: Term[]; needsFuzzy: boolean } {
  const terms: Term[] = [];
  const seen = new Set<string>();
  let needsFuzzy = false;
  const push = (word: string, hits: Map<number, TermHit>) => {
    const key = fold(word);
    if (seen.has(key)) return;
    seen.add(key);
    if (hits.size === 0 && [...key].length >= FUZZY_MIN_LENGTH) {
      if (prepared.fuzzy) hits = prepared.fuzzy(prepared.docs, word);
      else needsFuzzy = true;
    }
    terms.push({ word, hits });
  };
  // A name of several words that the synonyms know as one (remote work, social worker) stays one.
  const chunks = prepared.synonyms.has(fold(query)) ? [query] : splitQuery(query);
  for (const chunk of chunks) {
    const phrases = phrasesOf(chunk);
    // A stretch of several phrases is looked for only as written (金沢の強み); its
    // other forms are its phrases' (町家を残したい is 町家 and 残したい).
    const whole = phrases.length > 1 ? literalHits(prepared, chunk) : hitsOf(prepared, chunk);
    if (whole.size > 0) {
      push(chunk, whole);
      continue;
    }
    const words = phrases.filter((phrase) => !isStopWord(phrase.text));
    if (words.length === 0) {
      push(chunk, whole);
      continue;
    }
    for (const phrase of words) {
      const hits = phrase.text === chunk ? whole : hitsOf(prepared, phrase.text);
      const parts = phrase.parts.filter((part) => !isStopWord(part));
      if (hits.size > 0 || phrase.parts.length <= 1) push(phrase.text, hits);
      else for (const part of parts) push(part, hitsOf(prepared, part));
    }
  }
  return { terms, needsFuzzy };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Titles before the items they head: an action title that says バス is the better answer. */
const KIND_RANK: Record<SearchKind, number> = { action: 0, goal: 1, section: 2, initiative: 3 };

type Scored = SearchResult & { key: number[] };

function compareKeys(a: Scored, b: Scored): number {
  for (let i = 0; i < a.key.length; i++) {
    const d = a.key[i]! - b.key[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** The hit of a term for a document: its own, else the nearest one of the action and goal above it. */
function hitFor(term: Term, doc: PreparedDoc): { hit: TermHit; from: number } | undefined {
  const own = term.hits.get(doc.index);
  if (own) return { hit: own, from: doc.index };
  for (const c of doc.context) {
    const hit = term.hits.get(c);
    if (hit) return { hit, from: c };
  }
  return undefined;
}

function score(prepared: Prepared, terms: Term[]): { results: Scored[]; partial: boolean } {
  const candidates = new Set<number>();
  for (const term of terms) for (const index of term.hits.keys()) candidates.add(index);
  // First only count, so that the many items with some of the words are not scored
  // when some item has them all.
  const counts = new Map<number, number>();
  let full = false;
  for (const index of candidates) {
    const doc = prepared.docs[index]!;
    let n = 0;
    for (const term of terms) if (hitFor(term, doc)) n++;
    counts.set(index, n);
    if (n === terms.length) full = true;
  }
  // Rarer words weigh more when only some words match (inverse document frequency).
  const weights = terms.map((t) => Math.log(1 + prepared.docs.length / (1 + t.hits.size)));
  const results: Scored[] = [];
  for (const [index, n] of counts) {
    if (full && n < terms.length) continue;
    const doc = prepared.docs[index]!;
    const context: ContextWord[] = [];
    const missing: string[] = [];
    const ranges: Range[] = [];
    let own = 0;
    let tier: Tier = 3;
    let tierSum = 0;
    let fuzzy = 0;
    let weight = 0;
    terms.forEach((term, i) => {
      const found = hitFor(term, doc);
      if (!found) {
        missing.push(term.word);
        return;
      }
      const { hit, from } = found;
      if (from === index) {
        own++;
        ranges.push(...hit.ranges);
      } else {
        context.push({ word: term.word, kind: prepared.docs[from]!.k });
      }
      if (hit.tier < tier) tier = hit.tier;
      tierSum += hit.tier;
      fuzzy += hit.fuzzyScore;
      weight += weights[i]!;
    });
    const merged = mergeRanges(ranges);
    const key = [-own, -tier, -tierSum, fuzzy, KIND_RANK[doc.k], merged[0]?.[0] ?? 0, doc.t.length, doc.index];
    results.push({ doc, tier, ranges: merged, context, missing, key: full ? key : [-n, -weight, ...key] });
  }
  return { results: results.sort(compareKeys), partial: !full && results.length > 0 };
}

/** Edit distance, for 「もしかして」; small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The plan's words nearest to what was typed, when nothing was found: at most a third of it changed. */
export function suggest(prepared: Prepared, words: string[], limit = 5): string[] {
  const found: Array<{ text: string; d: number }> = [];
  for (const word of words) {
    const keys = [fold(word), ...readingsOf(prepared, normalize(word))];
    const allowed = Math.max(1, Math.floor(keys[0]!.length / 3));
    for (const candidate of prepared.words) {
      let best = Infinity;
      for (const k of keys) {
        for (const c of candidate.keys) if (Math.abs(k.length - c.length) <= allowed) best = Math.min(best, distance(k, c));
      }
      if (best <= allowed) found.push({ text: candidate.text, d: best });
    }
  }
  found.sort((a, b) => a.d - b.d || a.text.length - b.text.length || (a.text < b.text ? -1 : 1));
  return [...new Set(found.map((f) => f.text))].slice(0, limit);
}

export function search(prepared: Prepared, query: string, limit = Infinity): SearchResponse {
  const empty = { terms: [], jump: null, code: null, results: [], partial: false, suggestions: [], needsFuzzy: false };
  if (splitQuery(query).length === 0) return empty;
  const answer = answerCode(prepared, query);
  if (answer) {
    const jump = answer.found ? { url: answer.found.u, doc: answer.found } : null;
    return { ...empty, jump, code: answer.found ? null : answer };
  }
  const { terms, needsFuzzy } = termsOf(prepared, query);
  const { results, partial } = score(prepared, terms);
  const words = terms.map((t) => t.word);
  return {
    terms: words,
    jump: null,
    code: null,
    results: results.slice(0, limit).map(({ doc, tier, ranges, context, missing }) => ({ doc, tier, ranges, context, missing })),
    partial,
    suggestions: results.length === 0 ? suggest(prepared, words) : [],
    needsFuzzy,
  };
}
