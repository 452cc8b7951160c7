/**
 * npm run test:mutation [-- [--force] [FOLDER…]]
 *
 * Mutation testing with StrykerJS (stryker.config.mjs), one folder at a time, each with its own
 * incremental file, so a run re-tests only the mutants whose code or covering tests changed.
 * Prints the score of each folder, counting the reviewed equivalent mutants of
 * tests/mutation/equivalent-mutants.ts as neither killed nor survived, and exits 1 when a folder
 * is under 90 % or an entry of that list no longer matches a surviving mutant.
 * Not part of `npm test`: a full run of every folder takes an hour or more on two shared cores.
 *
 * The incremental files (.mutation/incremental/<folder>.json) are a cache and are not committed:
 * each holds the absolute project root, sandbox paths in its messages and a copy of every mutated
 * and test file, so every run in every worktree rewrites it and every branch would conflict on it.
 * Stryker also cannot see changes outside the mutated and test files (fixtures, content, a library
 * they call), so results carried between branches could be stale. Within one worktree the cache
 * turns a re-run after a small change into seconds; after pulling others' work, or before
 * resolving an issue, run once with --force.
 *
 * Files that are data rather than code are left out in stryker.config.mjs (`mutate`, with the reason
 * for each); this script keeps the exclusions that fall inside the folder it runs.
 *
 * Reports: .mutation/<folder>.html (ignored by git), and the table printed at the end.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Stryker } from "@stryker-mutator/core";
import type { MutantResult } from "@stryker-mutator/api/core";
import { z } from "zod";
import { EQUIVALENT_MUTANTS, type EquivalentMutant } from "@/tests/mutation/equivalent-mutants";

const FOLDERS = ["lib/source", "lib/io", "lib/content", "lib/open-data", "lib/search"] as const;
const TARGET = 90;
const INCREMENTAL_DIR = ".mutation/incremental";
const REPORT_DIR = ".mutation";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
const folders = positionals.length > 0 ? positionals.map((f) => f.replace(/\/+$/u, "")) : [...FOLDERS];
for (const folder of folders) {
  if (!(FOLDERS as readonly string[]).includes(folder)) {
    console.error(`mutation: unknown folder ${folder}; expected one of ${FOLDERS.join(", ")}`);
    process.exit(2);
  }
}

/** The code a mutant replaces, cut from the file by its location (lines and columns from 1). */
function originalOf(mutant: MutantResult, lines: string[]): string {
  const { start, end } = mutant.location;
  if (start.line === end.line) return lines[start.line - 1]!.slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1]!.slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1]!.slice(0, end.column - 1),
  ].join("\n");
}

const matches = (entry: EquivalentMutant, mutant: MutantResult, original: string) =>
  // Stryker reports absolute file names; the list holds them relative to the project root.
  entry.file === path.relative(process.cwd(), mutant.fileName).split(path.sep).join("/") &&
  entry.mutator === mutant.mutatorName &&
  entry.original === original &&
  entry.replacement === mutant.replacement;

type Row = { folder: string; killed: number; survived: number; noCoverage: number; timeout: number; equivalent: number; errors: number };

// The files the config leaves out (data, each with its reason there), as `!path` patterns.
const { mutate: configured } = z
  .object({ mutate: z.array(z.string()) })
  .parse((await import(pathToFileURL(path.resolve("stryker.config.mjs")).href)).default);
const exclusions = configured.filter((pattern) => pattern.startsWith("!"));

mkdirSync(INCREMENTAL_DIR, { recursive: true });
const rows: Row[] = [];
const survivors: string[] = [];
const used = new Set<EquivalentMutant>();

for (const folder of folders) {
  const name = path.basename(folder);
  console.log(`\nmutation: ${folder}`);
  // Read by tests/mutation/vitest.config.ts in Stryker's test-runner processes.
  process.env.MUTATION_FOLDER = folder;
  const results = await new Stryker({
    configFile: "stryker.config.mjs",
    mutate: [`${folder}/**/*.ts`, ...exclusions.filter((pattern) => pattern.startsWith(`!${folder}/`))],
    incrementalFile: `${INCREMENTAL_DIR}/${name}.json`,
    force: values.force,
    htmlReporter: { fileName: `${REPORT_DIR}/${name}.html` },
  }).runMutationTest();

  const row: Row = { folder, killed: 0, survived: 0, noCoverage: 0, timeout: 0, equivalent: 0, errors: 0 };
  const sources = new Map<string, string[]>();
  for (const mutant of results) {
    if (mutant.status === "Killed") row.killed++;
    else if (mutant.status === "Timeout") row.timeout++;
    else if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
      if (!sources.has(mutant.fileName)) sources.set(mutant.fileName, readFileSync(mutant.fileName, "utf8").split("\n"));
      const original = originalOf(mutant, sources.get(mutant.fileName)!);
      const entry = EQUIVALENT_MUTANTS.find((e) => matches(e, mutant, original));
      if (entry) {
        used.add(entry);
        row.equivalent++;
      } else {
        row[mutant.status === "Survived" ? "survived" : "noCoverage"]++;
        const where = `${mutant.fileName}:${mutant.location.start.line}:${mutant.location.start.column}`;
        survivors.push(`${where} ${mutant.status} ${mutant.mutatorName}: ${JSON.stringify(original)} → ${JSON.stringify(mutant.replacement)}`);
      }
    } else row.errors++; // CompileError, RuntimeError, Ignored, Pending: not part of the score
  }
  rows.push(row);
}

const score = (r: Row) => {
  const counted = r.killed + r.timeout + r.survived + r.noCoverage;
  return counted === 0 ? 100 : (100 * (r.killed + r.timeout)) / counted;
};

if (survivors.length > 0) console.log(`\nmutation: surviving mutants\n${survivors.map((s) => `  ${s}`).join("\n")}`);
console.log("\nmutation: score = (killed + timeout) / (killed + timeout + survived + no coverage); equivalent mutants left out");
console.log(["folder", "score", "killed", "timeout", "survived", "no cov.", "equivalent", "errors"].join("\t"));
for (const r of rows) {
  console.log([r.folder, `${score(r).toFixed(2)} %`, r.killed, r.timeout, r.survived, r.noCoverage, r.equivalent, r.errors].join("\t"));
}

let failed = false;
for (const r of rows) {
  if (score(r) < TARGET) {
    console.error(`mutation: ${r.folder} scores ${score(r).toFixed(2)} %, under the target of ${TARGET} %`);
    failed = true;
  }
}
// A listed mutant that no longer survives (killed now, or the code changed) must leave the list.
for (const entry of EQUIVALENT_MUTANTS) {
  if (folders.some((folder) => entry.file.startsWith(`${folder}/`)) && !used.has(entry)) {
    console.error(`mutation: equivalent-mutants.ts lists a mutant that no longer survives: ${entry.file} ${entry.mutator} ${JSON.stringify(entry.original)} → ${JSON.stringify(entry.replacement)}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
