import type { PlanModel } from "@/lib/content/plan";
import { actionCode } from "@/lib/content/codes";
import { refOf } from "@/lib/content/schema";
import type { LemmasTable } from "@/lib/readings/lemmas";
import { segmentsOf, type ReadingsTable, type Segment } from "@/lib/readings/table";
import { actionPath, goalPath, initiativePath, sectionPath } from "@/lib/urls";
import { SearchIndexSchema, type ReadingSpan, type SearchDoc, type SearchIndex } from "./index-schema";
import { SudachiExtractSchema, type SynonymEntry } from "./synonyms";
import { MANUAL_SYNONYMS } from "./synonyms-manual";
import sudachiExtract from "./synonyms-sudachi.json" with { type: "json" };
import { SEARCH_INDEX_VERSION } from "./version";

/** The readings of the kanji runs of a text, as [start, end, reading] spans. */
export function readingSpans(segments: Segment[]): ReadingSpan[] {
  const spans: ReadingSpan[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (segment.reading) spans.push([at, end, segment.reading]);
    at = end;
  }
  return spans;
}

/** What the index is built from besides the plan: build-time readings and lemmas, and the synonyms. */
export type SearchSources = { readings: ReadingsTable; lemmas: LemmasTable; synonyms: readonly SynonymEntry[] };

/**
 * Builds the search index from the plan, in plan order: section, its goals,
 * their actions and initiatives, each pointing at the one it sits under.
 */
export function buildSearchIndex(model: PlanModel, { readings, lemmas, synonyms }: SearchSources): SearchIndex {
  const docs: SearchDoc[] = [];
  // A doc's text is one or more plan texts with literal glue between them (～, （再掲）).
  const add = (k: SearchDoc["k"], parts: string[], u: string, w: string, p?: number): number => {
    const y: ReadingSpan[] = [];
    const l: ReadingSpan[] = [];
    let at = 0;
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        y.push(...readingSpans(segmentsOf(readings, part)).map(([s, e, r]): ReadingSpan => [s + at, e + at, r]));
        l.push(...(lemmas[part] ?? []).map(([s, e, lemma]): ReadingSpan => [s + at, e + at, lemma]));
      }
      at += part.length;
    });
    docs.push({ k, t: parts.join(""), u, w, y, ...(l.length > 0 ? { l } : {}), ...(p === undefined ? {} : { p }) });
    return docs.length - 1;
  };
  for (const section of model.plan.sections) {
    const title = section.tagline ? [section.title, " ～", section.tagline, "～"] : [section.title];
    const s = add("section", title, sectionPath(section.id), section.label);
    for (const goal of section.goals) {
      const g = add("goal", [goal.title], goalPath(section.id, goal.number), `${section.label} · 具体目標${goal.number}`, s);
      for (const action of goal.actions) {
        const where = actionCode(section.label, goal.number, action.number);
        const a = add("action", [action.title], actionPath(section.id, goal.number, action.number), where, g);
        for (const item of action.initiatives) {
          add("initiative", item.repeatOf ? [item.text, "（再掲）"] : [item.text], initiativePath(refOf(section, goal, action, item)), where, a);
        }
      }
    }
  }
  return SearchIndexSchema.parse({ v: SEARCH_INDEX_VERSION, docs, s: synonyms.map((entry) => [entry.words, entry.plan]) });
}

/** Every synonym entry the index carries: the reviewed extract of Sudachi's dictionary, then the manual entries. */
export function searchSynonyms(): SynonymEntry[] {
  const extract = SudachiExtractSchema.parse(sudachiExtract);
  return [...extract.entries.map(({ words, plan }) => ({ words, plan })), ...MANUAL_SYNONYMS];
}
