import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPECTED_FILES, planToFiles } from "@/lib/source/import";

// Fixture pairs: tests/fixtures/source/<case>/input.txt and the MDX files the
// importer must make from it, in <case>/expected/. The expected files are
// reviewed by a person; after an intended change to the output, regenerate
// them with `UPDATE_FIXTURES=1 npx vitest run tests/unit/import-fixtures.test.ts`
// and read the diff before committing.
const ROOT = "tests/fixtures/source";
const UPDATE = process.env.UPDATE_FIXTURES === "1";

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("planToFiles on fixture pairs", () => {
  it("has at least one fixture case", () => {
    expect(cases).toContain("mini");
  });

  it("writes one file per section, named as EXPECTED_FILES says (the CLI checks its output against it)", () => {
    expect(EXPECTED_FILES).toEqual(["1.mdx", "2.mdx", "3.mdx", "4.mdx", "5.mdx", "partnership.mdx"]);
    const files = planToFiles(readFileSync(path.join(ROOT, "mini", "input.txt"), "utf8"));
    expect([...files.keys()]).toEqual(EXPECTED_FILES);
  });

  it.each(cases)("turns input.txt of fixture %s into the reviewed files in its expected/ folder", (name) => {
    const dir = path.join(ROOT, name);
    const files = planToFiles(readFileSync(path.join(dir, "input.txt"), "utf8"));
    const expectedDir = path.join(dir, "expected");
    if (UPDATE) {
      mkdirSync(expectedDir, { recursive: true });
      for (const [file, content] of files) writeFileSync(path.join(expectedDir, file), content);
    }
    const expected = readdirSync(expectedDir)
      .sort()
      .map((file) => [file, readFileSync(path.join(expectedDir, file), "utf8")]);
    expect([...files].sort(([a], [b]) => a.localeCompare(b))).toEqual(expected);
  });
});
