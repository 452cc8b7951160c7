import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.config";

/**
 * The unit tests as StrykerJS runs them for each mutant: all of them but the CLI tests, which
 * start a child process per test (seconds each, on every mutant they cover). What they check
 * in-process (parsing, fixtures, the atomic write with injected faults) has unit tests of its own.
 */
export default mergeConfig(
  base,
  defineConfig({
    root: fileURLToPath(new URL("../..", import.meta.url)),
    test: { exclude: [...configDefaults.exclude, "tests/unit/import-cli.test.ts"] },
  }),
);
