/**
 * Where BudouX (Google's phrase segmenter) ends the phrases (文節) of a text.
 * Build time only: server components call this while the site is rendered, and
 * the pages carry the result as <wbr> and glue classes. Never import it from
 * browser code (tests/e2e/reading-layout.spec.ts checks that no client chunk carries the model).
 */
import { loadDefaultJapaneseParser } from "budoux";

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
const cache = new Map<string, number[]>();

/** Offsets strictly inside `text` (0 < offset < length) at which a phrase ends. */
export function phraseBoundaries(text: string): number[] {
  const known = cache.get(text);
  if (known) return known;
  parser ??= loadDefaultJapaneseParser();
  const boundaries: number[] = [];
  let at = 0;
  for (const chunk of parser.parse(text)) {
    at += chunk.length;
    if (at < text.length) boundaries.push(at);
  }
  cache.set(text, boundaries);
  return boundaries;
}
