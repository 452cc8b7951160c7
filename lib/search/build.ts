import type { PlanModel } from "@/lib/content/plan";
import { actionCode } from "@/lib/content/codes";
import { refOf } from "@/lib/content/schema";
import { segmentsOf, type ReadingsTable, type Segment } from "@/lib/readings/table";
import { actionPath, goalPath, initiativePath, sectionPath } from "@/lib/urls";
import { SEARCH_INDEX_VERSION, SearchIndexSchema, type ReadingSpan, type SearchDoc, type SearchIndex } from "./index-schema";

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

/** Builds the search index from the plan, in plan order: section, its goals, their actions and initiatives. */
export function buildSearchIndex(model: PlanModel, readings: ReadingsTable): SearchIndex {
  const docs: SearchDoc[] = [];
  // A doc's text is one or more plan texts with literal glue between them (～, （再掲）).
  const add = (k: SearchDoc["k"], parts: string[], u: string, w: string) => {
    const segments = parts.flatMap((part, i) => (i % 2 === 0 ? segmentsOf(readings, part) : [{ text: part }]));
    docs.push({ k, t: parts.join(""), u, w, y: readingSpans(segments) });
  };
  for (const section of model.plan.sections) {
    const title = section.tagline ? [section.title, " ～", section.tagline, "～"] : [section.title];
    add("section", title, sectionPath(section.id), section.label);
    for (const goal of section.goals) {
      add("goal", [goal.title], goalPath(section.id, goal.number), `${section.label} · 具体目標${goal.number}`);
      for (const action of goal.actions) {
        const where = actionCode(section.label, goal.number, action.number);
        add("action", [action.title], actionPath(section.id, goal.number, action.number), where);
        for (const item of action.initiatives) {
          add("initiative", item.repeatOf ? [item.text, "（再掲）"] : [item.text], initiativePath(refOf(section, goal, action, item)), where);
        }
      }
    }
  }
  return SearchIndexSchema.parse({ v: SEARCH_INDEX_VERSION, docs });
}
