/**
 * npm run import [-- --source FILE --out DIR]
 * Reads the city's plan text, validates it and writes typed MDX, atomically.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import path from "node:path";
import { z } from "zod";
import { planToFiles } from "@/lib/source/import";
import { SourceError } from "@/lib/source/parse";
import { writeDirAtomically } from "@/lib/io/atomic-dir";

function args() {
  try {
    return parseArgs({
      options: {
        source: { type: "string", default: "content/source/kanazawa-sdgs-action-plan.txt" },
        out: { type: "string", default: "content/plan" },
      },
    }).values;
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
    console.error("usage: npm run import [-- --source FILE --out DIR]");
    process.exit(2);
  }
}
const values = args();
const source = values.source;
const out = values.out;

let files: Map<string, string>;
try {
  files = planToFiles(await readFile(source, "utf8"));
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`${source}:${error.line}: ${error.reason}`);
  } else if (error instanceof z.ZodError) {
    // A plan that parses line by line can still be incomplete (a truncated file): one line per problem, not a JSON dump.
    for (const issue of error.issues) console.error(`${source}: ${issue.path.join(".") || "(plan)"}: ${issue.message}`);
  } else {
    console.error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

try {
  await writeDirAtomically(out, files);
} catch (error) {
  // The message says whether the out folder was left as it was (see writeDirAtomically).
  console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`import: ${files.size} files written to ${path.relative(process.cwd(), path.resolve(out)) || "."}`);
