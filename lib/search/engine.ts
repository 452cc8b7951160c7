import Fuse, { type IFuseOptions } from "fuse.js";
import { actionPath } from "@/lib/urls";
import { foldKana, normalize, parseActionCode, splitQuery } from "./normalize";
import type { SearchDoc, SearchIndex, SearchKind } from "./index-schema";

/**
 * Search over the plan, shared by the browser and the benchmark.
 *
 * Each term of the query is matched against each document in three tiers:
 *   3  verbatim: the normalised term (NFKC, case, spacing) in the normalised text,
 *      in the query's own script — バス finds バス (伸ばす only at tier 2);
 *   2  folded: after hiragana/katakana folding, in the text or in the reading
 *      of its kanji words — ばす finds バス, かなざわ finds 金沢;
 *   1  fuzzy: fuse.js within a small edit distance, only for a term of four or
 *      more characters that matches nothing otherwise — テレワク finds テレワーク.
 * A document matches when every term matches; it ranks by its weakest term,
 * so every verbatim match comes before every folded one, and those before
 * every fuzzy one.
 */

export type Tier = 1 | 2 | 3;

/** A document with the forms search compares, and maps back to the verbatim text for highlighting. */
export type PreparedDoc = SearchDoc & {
  index: number;
  /** normalize(t), char by char. */
  norm: string;
  /** foldKana(norm): same length, same map. */
  fold: string;
  /** For each char of norm/fold, the [start, end) range of `t` it came from. */
  normMap: Array<[number, number]>;
  /** The text with kanji runs replaced by their readings, normalised and folded. */
  reading: string;
  readingMap: Array<[number, number]>;
  /** Every character of fold and reading, to skip documents that cannot be a fuzzy match. */
  chars: Set<string>;
};

export type Prepared = { docs: PreparedDoc[] };

export type SearchResult = {
  doc: SearchDoc;
  tier: Tier;
  /** Ranges of `doc.t` to highlight, sorted and merged. */
  ranges: Array<[number, number]>;
};

export type SearchResponse = {
  terms: string[];
  /** Set when the query is the code of an existing action (`1-2-3`). */
  jump: { url: string; doc: SearchDoc } | null;
  results: SearchResult[];
};

/** Fuzzy matching applies to terms at least this long; shorter ones would match noise. */
export const FUZZY_MIN_LENGTH = 4;

/*
 * fuse.js tuning, deliberately:
 * - ignoreLocation: plan items are long sentences and the word can be anywhere;
 *   by default Fuse only looks near the start and misses matches far in.
 * - threshold 0.3: Bitap scores errors / pattern length, so one typo is allowed
 *   in 4–6 characters (テレワク, リノベション) and two from 7, never more.
 * - ignoreFieldNorm: a long initiative is not a worse match than a short title.
 * - keys fold and reading, equal weight: the typo can be in kana or kanji.
 * - includeMatches: the indices drive the highlight.
 */
const FUSE_THRESHOLD = 0.3;
const FUSE_OPTIONS: IFuseOptions<PreparedDoc> = {
  keys: ["fold", "reading"],
  ignoreLocation: true,
  threshold: FUSE_THRESHOLD,
  ignoreFieldNorm: true,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  shouldSort: false,
};

/** Normalises a text one character at a time, keeping where each output char came from. */
export function normalizeWithMap(text: string): { norm: string; map: Array<[number, number]> } {
  let norm = "";
  const map: Array<[number, number]> = [];
  let at = 0;
  for (const char of text) {
    const out = normalize(char);
    for (const c of out) {
      norm += c;
      map.push([at, at + char.length]);
    }
    at += char.length;
  }
  return { norm, map };
}

/** The text with each kanji run replaced by its reading, folded, mapped back to the text. */
export function readingWithMap(doc: SearchDoc): { reading: string; map: Array<[number, number]> } {
  let reading = "";
  const map: Array<[number, number]> = [];
  let at = 0;
  const push = (text: string, range?: [number, number]) => {
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

export function prepare(index: SearchIndex): Prepared {
  const docs = index.docs.map((doc, i): PreparedDoc => {
    const { norm, map } = normalizeWithMap(doc.t);
    const { reading, map: readingMap } = readingWithMap(doc);
    const fold = foldKana(norm);
    return { ...doc, index: i, norm, fold, normMap: map, reading, readingMap, chars: new Set([...fold, ...reading]) };
  });
  return { docs };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

function toRanges(map: Array<[number, number]>, starts: number[], length: number): Array<[number, number]> {
  return starts.map((s) => [map[s]![0], map[s + length - 1]![1]]);
}

type TermHit = { tier: Tier; ranges: Array<[number, number]>; fuzzyScore: number };

/** The verbatim (3) or folded (2) match of a term in a document, if any. */
function matchTerm(doc: PreparedDoc, term: string): TermHit | null {
  const exact = occurrences(doc.norm, term);
  if (exact.length > 0) return { tier: 3, ranges: toRanges(doc.normMap, exact, term.length), fuzzyScore: 0 };
  const folded = foldKana(term);
  const inText = occurrences(doc.fold, folded);
  const inReading = occurrences(doc.reading, folded);
  if (inText.length === 0 && inReading.length === 0) return null;
  return {
    tier: 2,
    ranges: [...toRanges(doc.normMap, inText, folded.length), ...toRanges(doc.readingMap, inReading, folded.length)],
    fuzzyScore: 0,
  };
}

/**
 * Fuzzy (1) matches of a term.
 * Bitap is the slow part of a search, so documents lacking more of the term's
 * characters than the threshold allows as errors are skipped first.
 */
function fuzzyHits(docs: PreparedDoc[], term: string): Map<number, TermHit> {
  const folded = foldKana(term);
  const chars = [...folded];
  const hits = new Map<number, TermHit>();
  if (chars.length < FUZZY_MIN_LENGTH) return hits;
  const needed = chars.length - Math.floor(chars.length * FUSE_THRESHOLD);
  const candidates = docs.filter((doc) => chars.filter((c) => doc.chars.has(c)).length >= needed);
  if (candidates.length === 0) return hits;
  for (const result of new Fuse(candidates, FUSE_OPTIONS).search(folded)) {
    const doc = candidates[result.refIndex]!;
    const ranges: Array<[number, number]> = [];
    for (const match of result.matches ?? []) {
      const map = match.key === "reading" ? doc.readingMap : doc.normMap;
      for (const [s, e] of match.indices) {
        if (e - s + 1 >= 2) ranges.push([map[s]![0], map[e]![1]]);
      }
    }
    hits.set(doc.index, { tier: 1, ranges, fuzzyScore: result.score ?? 1 });
  }
  return hits;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Titles before the items they head: an action title that says バス is the better answer. */
const KIND_RANK: Record<SearchKind, number> = { action: 0, goal: 1, section: 2, initiative: 3 };

export function search(prepared: Prepared, query: string, limit = Infinity): SearchResponse {
  const terms = splitQuery(query);
  const code = parseActionCode(query);
  const jumpUrl = code ? actionPath(code.direction, code.goal, code.action) : null;
  const jumpDoc = jumpUrl ? prepared.docs.find((d) => d.k === "action" && d.u === jumpUrl) : undefined;
  const jump = jumpDoc ? { url: jumpDoc.u, doc: jumpDoc } : null;
  if (terms.length === 0 || jump) return { terms, jump, results: [] };

  // Per term: verbatim or folded hits; fuzzy ones only for a term found nowhere
  // else, as a "did you mean". A term that is in the plan as typed (イノベーション)
  // would otherwise drag in near-misses of other words (リノベーション, 育てる).
  const hitsByTerm = terms.map((term) => {
    const hits = new Map<number, TermHit>();
    for (const doc of prepared.docs) {
      const hit = matchTerm(doc, term);
      if (hit) hits.set(doc.index, hit);
    }
    return hits.size > 0 ? hits : fuzzyHits(prepared.docs, term);
  });

  const scored: Array<SearchResult & { key: number[] }> = [];
  for (const doc of prepared.docs) {
    const hits = hitsByTerm.map((byDoc) => byDoc.get(doc.index));
    if (!hits.every((h): h is TermHit => h !== undefined)) continue;
    const tier = hits.reduce<Tier>((weakest, h) => (h.tier < weakest ? h.tier : weakest), 3);
    const ranges = mergeRanges(hits.flatMap((h) => h.ranges));
    scored.push({
      doc,
      tier,
      ranges,
      key: [
        -tier,
        -hits.reduce((n, h) => n + h.tier, 0),
        hits.reduce((n, h) => n + h.fuzzyScore, 0),
        KIND_RANK[doc.k],
        ranges[0]?.[0] ?? 0,
        doc.t.length,
        doc.index,
      ],
    });
  }
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = a.key[i]! - b.key[i]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  return {
    terms,
    jump,
    results: scored.slice(0, limit).map(({ doc, tier, ranges }) => ({ doc, tier, ranges })),
  };
}
