import Fuse, { type IFuseOptions } from "fuse.js/basic";
import { bigramsOf, type Fuzzy, type PreparedDoc, type Range, type TermHit } from "./engine";
import { fold } from "./normalize";

/**
 * Typo matching (tier 1) with fuse.js, for a word of the query that matches
 * nothing otherwise: テレワク finds テレワーク. A module of its own, which the
 * browser imports the first time a search needs it (lib/search/client.ts):
 * most searches never do, and fuse.js is half the bytes of search.
 */

/*
 * fuse.js tuning, deliberately (the basic build: no extended search needed):
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

/**
 * Fuzzy (1) matches of a term. Bitap is the slow part of a search, so
 * documents are filtered first: each edit destroys at most two of the term's
 * character pairs (the q-gram lemma), so a document within the allowed edits
 * has the rest of them. Pairs are counted where they stand in the term, a
 * repeated pair each time (ひとり|ひとり), or the count falls short of the bound.
 */
export const fuzzyHits: Fuzzy = (docs, term) => {
  const folded = fold(term);
  const length = [...folded].length;
  const hits = new Map<number, TermHit>();
  const pairs = bigramsOf(folded);
  const needed = Math.max(1, length - 1 - 2 * Math.floor(length * FUSE_THRESHOLD));
  const candidates = docs.filter((doc) => pairs.filter((pair) => doc.bigrams.has(pair)).length >= needed);
  if (candidates.length === 0) return hits;
  for (const result of new Fuse(candidates, FUSE_OPTIONS).search(folded)) {
    const doc = candidates[result.refIndex]!;
    const ranges: Range[] = [];
    for (const match of result.matches ?? []) {
      const map = match.key === "reading" ? doc.readingMap : doc.normMap;
      for (const [s, e] of match.indices) {
        if (e - s + 1 >= 2) ranges.push([map[s]![0], map[e]![1]]);
      }
    }
    hits.set(doc.index, { tier: 1, ranges, fuzzyScore: result.score ?? 1 });
  }
  return hits;
};
