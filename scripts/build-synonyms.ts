/**
 * npm run synonyms: extracts from Sudachi's synonym dictionary (the npm
 * package sudachi-synonyms-dictionary, a devDependency) the groups that
 * contain a word of the plan, into lib/search/synonyms-sudachi.json, which is
 * committed. Run it after importing a new version of the plan;
 * tests/unit/search-synonyms.test.ts fails while the extract is stale.
 */
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadPlanFrom, PLAN_DIR } from "@/lib/content/load";
import { buildSudachiExtract, SUDACHI_EXTRACT_FILE } from "@/lib/search/synonyms-build";

const started = performance.now();
const { plan } = loadPlanFrom(PLAN_DIR);
const extract = await buildSudachiExtract(plan);
const temp = `${SUDACHI_EXTRACT_FILE}.tmp`;
await writeFile(temp, `${JSON.stringify(extract, null, 1)}\n`, "utf8");
await rename(temp, SUDACHI_EXTRACT_FILE);
console.log(
  `synonyms: ${extract.entries.length} Sudachi groups → ${path.relative(process.cwd(), SUDACHI_EXTRACT_FILE)} in ${Math.round(performance.now() - started)} ms`,
);
