import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.config";

/**
 * The unit tests as StrykerJS runs them for each mutant. Left out:
 * - the CLI tests, which start a child process per test (seconds each, on every mutant they
 *   cover); what they check in-process (parsing, fixtures, the atomic write with injected
 *   faults) has unit tests of its own;
 * - unless lib/search itself is mutated (MUTATION_FOLDER, set by scripts/mutation.ts), the
 *   search and readings tests: they load the whole plan and kuromoji for every mutant of
 *   lib/content or lib/source they import, and test search, not those folders.
 * Leaving tests out can only lower a score, never raise it.
 */
const searchTests = process.env.MUTATION_FOLDER === "lib/search" ? [] : ["tests/unit/search-*.test.ts", "tests/unit/readings.test.ts"];

export default mergeConfig(
  base,
  defineConfig({
    root: fileURLToPath(new URL("../..", import.meta.url)),
    test: { exclude: [...configDefaults.exclude, "tests/unit/import-cli.test.ts", ...searchTests] },
  }),
);
