// StrykerJS settings shared by every run of `npm run test:mutation` (scripts/mutation.ts),
// which runs one folder at a time and sets `mutate`, `incrementalFile` and the report names.
// How to run it and read the result: the comment at the top of scripts/mutation.ts.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  // Every folder `npm run test:mutation` covers; the script runs one folder at a time and keeps
  // the exclusions below that fall inside it. Left out, because they are data, not code:
  mutate: [
    "lib/source/**/*.ts",
    "lib/io/**/*.ts",
    "lib/content/**/*.ts",
    "lib/open-data/**/*.ts",
    "lib/search/**/*.ts",
    // The public query set of the search benchmark (826 mutants): queries, the actions a reader
    // expects and the prose of why. A mutant edits a fixture of the benchmark, not code; the unit
    // tests check its shape (search-bench.test.ts) and the engine's score on it.
    "!lib/search/query-set.ts",
    // The reviewed synonym entries and rejected Sudachi groups (214 mutants): words and, for the
    // rejections, reasons that only people read. Each entry is tested to find what it promises and
    // each rejected group to exist (search-synonyms.test.ts); the code that uses them is mutated.
    "!lib/search/synonyms-manual.ts",
  ],
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // The unit tests minus the CLI tests, which start a child process per test (see that file).
  vitest: { configFile: "tests/mutation/vitest.config.ts" },
  // Only the tests that cover a mutant run for it.
  coverageAnalysis: "perTest",
  // Stryker's tsconfig rewriting needs the TypeScript JS API that TypeScript 7 no longer ships.
  // A path that does not exist makes it skip that step; the tests do not type-check anyway.
  tsconfigFile: "tsconfig.stryker-none.json",
  // Results are kept per folder in .mutation/incremental/ (ignored by git; see scripts/mutation.ts).
  incremental: true,
  // Two cores, shared with other work: one test runner each.
  concurrency: 2,
  // A loaded machine makes slow runs look like endless loops; give them room before calling a timeout.
  timeoutMS: 15000,
  // The sandbox needs the code, the tests, their fixtures and content; not the built site.
  ignorePatterns: ["out", ".next", "test-results", "playwright-report", ".bench", ".mutation", "tests/e2e"],
  tempDirName: ".stryker-tmp",
  reporters: ["progress", "clear-text", "html"],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
