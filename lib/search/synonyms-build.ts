/**
 * Build-time side of the synonyms (Node only: reads the Sudachi dictionary
 * from node_modules and runs kuromoji over the plan). The browser gets the
 * entries inside the search index.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import type { Plan } from "@/lib/content/schema";
import { createReader } from "@/lib/readings";
import { planTexts } from "@/lib/readings/table";
import { SUDACHI_REJECTED, SUDACHI_REJECTED_FIELDS } from "./synonyms-manual";
import { extractSudachi, SudachiExtractSchema, SudachiGroupSchema, type SudachiExtract } from "./synonyms";

export const SUDACHI_EXTRACT_FILE = path.join(process.cwd(), "lib", "search", "synonyms-sudachi.json");

const PACKAGE = "sudachi-synonyms-dictionary";

/** The whole dictionary; the package's `exports` hide the JSON file, so it is read by path. */
export function readSudachiDictionary() {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve(PACKAGE)), "sudachi-synonyms-dictionary.json");
  const version = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path.join(path.dirname(file), "package.json"), "utf8"))).version;
  const groups = z.array(SudachiGroupSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  return { version, groups };
}

/** Every word of the plan, as vocabularyOf gives them, NFKC-normalised like Sudachi's headwords. */
export async function planVocabulary(plan: Plan): Promise<Set<string>> {
  const reader = await createReader();
  return new Set(planTexts(plan).flatMap((text) => reader.vocabulary(text).map((word) => word.normalize("NFKC"))));
}

export async function buildSudachiExtract(plan: Plan): Promise<SudachiExtract> {
  const { version, groups } = readSudachiDictionary();
  return SudachiExtractSchema.parse({
    source: `Sudachi synonym dictionary (${PACKAGE}@${version}), https://github.com/WorksApplications/SudachiDict`,
    license: "Apache License 2.0 (http://www.apache.org/licenses/LICENSE-2.0). SudachiDict: Copyright (c) 2017 Works Applications Co., Ltd.; npm packaging: Copyright 2019 azu",
    entries: extractSudachi(groups, await planVocabulary(plan), { rejected: SUDACHI_REJECTED, rejectedFields: SUDACHI_REJECTED_FIELDS }),
  });
}
