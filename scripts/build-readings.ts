/**
 * npm run readings: computes the readings of every text of the plan with
 * kuromoji and writes .generated/readings.json for the site build (furigana
 * and search), and the dictionary forms of its inflected words to
 * .generated/lemmas.json (search).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createReader } from "@/lib/readings";
import { LEMMAS_FILE, LemmasTableSchema } from "@/lib/readings/lemmas";
import { planTexts, READINGS_FILE, ReadingsTableSchema } from "@/lib/readings/table";
import { loadPlanFrom, PLAN_DIR } from "@/lib/content/load";

const started = performance.now();
const { plan } = loadPlanFrom(PLAN_DIR);
const reader = await createReader();
const texts = planTexts(plan);
const table = ReadingsTableSchema.parse(Object.fromEntries(texts.map((text) => [text, reader.segments(text)])));
const lemmas = LemmasTableSchema.parse(
  Object.fromEntries(texts.flatMap((text) => {
    const spans = reader.lemmas(text);
    return spans.length > 0 ? [[text, spans]] : [];
  })),
);

async function writeAtomically(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  await writeFile(temp, `${JSON.stringify(data, null, 1)}\n`, "utf8");
  await rename(temp, file);
}

await writeAtomically(READINGS_FILE, table);
await writeAtomically(LEMMAS_FILE, lemmas);
console.log(
  `readings: ${Object.keys(table).length} texts → ${path.relative(process.cwd(), READINGS_FILE)}, ` +
    `${Object.keys(lemmas).length} with inflected words → ${path.relative(process.cwd(), LEMMAS_FILE)} in ${Math.round(performance.now() - started)} ms`,
);
