import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Plan } from "@/lib/content/schema";

/**
 * The readings of every text of the plan, computed once per build by
 * scripts/build-readings.ts (kuromoji runs there, never inside Next or the
 * browser) and read by the pages (furigana) and the search index.
 */
export const SegmentSchema = z.object({ text: z.string().min(1), reading: z.string().min(1).optional() });
export const ReadingsTableSchema = z.record(z.string(), z.array(SegmentSchema));
export type ReadingsTable = z.infer<typeof ReadingsTableSchema>;
export type Segment = z.infer<typeof SegmentSchema>;

export const READINGS_FILE = path.join(process.cwd(), ".generated", "readings.json");

/** Every distinct text of the plan that is shown to a reader, in plan order. */
export function planTexts(plan: Plan): string[] {
  const texts = new Set<string>();
  for (const section of plan.sections) {
    texts.add(section.title);
    if (section.tagline) texts.add(section.tagline);
    for (const goal of section.goals) {
      texts.add(goal.title);
      for (const action of goal.actions) {
        texts.add(action.title);
        for (const item of action.initiatives) texts.add(item.text);
      }
    }
  }
  return [...texts];
}

export function loadReadingsTable(file = READINGS_FILE): ReadingsTable {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file}: missing; run "npm run readings" (npm run build does it) before building the site`);
  }
  const result = ReadingsTableSchema.safeParse(JSON.parse(raw));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

/** The segments of one text; a text the table lacks means the table is stale. */
export function segmentsOf(table: ReadingsTable, text: string): Segment[] {
  const segments = table[text];
  if (!segments) throw new Error(`no readings for "${text}": .generated/readings.json is stale; run "npm run readings"`);
  return segments;
}

let cached: ReadingsTable | undefined;

/** The build's readings table, read once. */
export function getReadings(): ReadingsTable {
  cached ??= loadReadingsTable();
  return cached;
}
