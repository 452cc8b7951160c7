import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The dictionary forms of the plan's inflected words (使って → 使う), computed
 * once per build by scripts/build-readings.ts with kuromoji, beside the
 * readings, and read by the search index: a query's 使いたい meets the plan's
 * 使って through both being 使う.
 */
export const LemmaSpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(1), z.string().min(1)]);
/** Only texts with at least one inflected word have an entry. */
export const LemmasTableSchema = z.record(z.string(), z.array(LemmaSpanSchema));
export type LemmasTable = z.infer<typeof LemmasTableSchema>;

export const LEMMAS_FILE = path.join(process.cwd(), ".generated", "lemmas.json");

export function loadLemmasTable(file = LEMMAS_FILE): LemmasTable {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file}: missing; run "npm run readings" (npm run build does it) before building the site`);
  }
  const result = LemmasTableSchema.safeParse(JSON.parse(raw));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}
