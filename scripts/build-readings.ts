/**
 * npm run readings: computes the readings of every text of the plan with
 * kuromoji and writes .generated/readings.json for the site build.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createReader } from "@/lib/readings";
import { planTexts, READINGS_FILE, ReadingsTableSchema } from "@/lib/readings/table";
import { loadPlanFrom, PLAN_DIR } from "@/lib/content/load";

const started = performance.now();
const { plan } = loadPlanFrom(PLAN_DIR);
const reader = await createReader();
const table = ReadingsTableSchema.parse(Object.fromEntries(planTexts(plan).map((text) => [text, reader.segments(text)])));
await mkdir(path.dirname(READINGS_FILE), { recursive: true });
const temp = `${READINGS_FILE}.tmp`;
await writeFile(temp, `${JSON.stringify(table, null, 1)}\n`, "utf8");
await rename(temp, READINGS_FILE);
console.log(
  `readings: ${Object.keys(table).length} texts → ${path.relative(process.cwd(), READINGS_FILE)} in ${Math.round(performance.now() - started)} ms`,
);
