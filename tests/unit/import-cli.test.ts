import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { EXPECTED_FILES } from "@/lib/source/import";
import { snapshotDir as snapshot } from "@/tests/fixtures/io/snapshot";

// The CLI as `npm run import` runs it, in a child process, from the repo root.
const TSX = path.resolve("node_modules/.bin/tsx");
const SOURCE = "content/source/kanazawa-sdgs-action-plan.txt";
const TIMEOUT = 30_000;

type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI; `failWrite: n` makes its n-th file write fail as a full disk would (tests/fixtures/io/fail-write.ts). */
async function runImport(source: string, out: string, { failWrite }: { failWrite?: number } = {}): Promise<Run> {
  const preload = failWrite === undefined ? [] : ["--import", "./tests/fixtures/io/fail-write.ts"];
  const env = failWrite === undefined ? process.env : { ...process.env, FAIL_WRITE: String(failWrite) };
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [...preload, "scripts/import-plan.ts", "--source", source, "--out", out], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** An out folder that already holds an earlier import: a sentinel file and a sub-folder. */
function existingOut(): { root: string; out: string } {
  const root = tempDir();
  const out = path.join(root, "plan");
  mkdirSync(path.join(out, "notes"), { recursive: true });
  writeFileSync(path.join(out, "sentinel.mdx"), "前回の出力\n");
  writeFileSync(path.join(out, "notes", "keep.txt"), "keep me");
  return { root, out };
}

describe("npm run import on a bad source", () => {
  it(
    "exits 1 and prints FILE:LINE: reason for the offending line",
    async () => {
      const { out } = existingOut();
      const source = "tests/fixtures/source/bad-duplicate-action.txt";
      const run = await runImport(source, out);
      expect(run.code).toBe(1);
      // Line 8 of the fixture repeats action ② where ③ belongs; one line of output, no stack trace.
      expect(run.stderr).toMatch(/^tests\/fixtures\/source\/bad-duplicate-action\.txt:8: action 2 of goal 1 is a duplicate; expected action 3\n$/);
      expect(run.stdout).toBe("");
    },
    TIMEOUT,
  );

  it(
    "leaves an existing out folder exactly as it was, with no staging folder left beside it",
    async () => {
      const { root, out } = existingOut();
      const before = snapshot(root);
      const run = await runImport("tests/fixtures/source/bad-duplicate-action.txt", out);
      expect(run.code).toBe(1);
      expect(snapshot(root)).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    "rejects a truncated source that lacks sections, naming the file and leaving the out folder alone",
    async () => {
      const { root, out } = existingOut();
      const before = snapshot(root);
      const source = "tests/fixtures/source/only-first-section.txt";
      const run = await runImport(source, out);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `${source}: sections: the plan must have the sections 1, 2, 3, 4, 5, partnership in that order; found 1\n`,
      );
      expect(snapshot(root)).toEqual(before);
    },
    TIMEOUT,
  );
});

describe("npm run import when writing fails midway", () => {
  it(
    "exits 1, says the out folder is left as it was, and leaves it byte for byte so, with no staging folder beside it",
    async () => {
      const { root, out } = existingOut();
      const before = snapshot(root);
      // The source parses; the third of the six section files cannot be written.
      const run = await runImport(SOURCE, out, { failWrite: 3 });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(`^import: could not write ${out}, which is left as it was: ENOSPC: no space left on device, write '.*/3\\.mdx'\n$`, "u"),
      );
      expect(run.stdout).toBe("");
      expect(snapshot(root)).toEqual(before);
    },
    TIMEOUT,
  );
});

describe("npm run import on the real source", () => {
  it(
    "writes the six section files and nothing else",
    async () => {
      const root = tempDir();
      const out = path.join(root, "plan");
      const run = await runImport(SOURCE, out);
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(readdirSync(out).sort()).toEqual([...EXPECTED_FILES].sort());
      expect(readdirSync(root)).toEqual(["plan"]);
    },
    TIMEOUT,
  );

  it(
    "gives byte-identical files when run twice, and replaces stale files in the out folder",
    async () => {
      const { root, out } = existingOut();
      expect((await runImport(SOURCE, out)).code).toBe(0);
      const first = snapshot(out);
      expect((await runImport(SOURCE, out)).code).toBe(0);
      expect(snapshot(out)).toEqual(first);
      // The earlier content is gone: the folder holds exactly this import.
      expect(first.map(([name]) => name)).toEqual([...EXPECTED_FILES].sort());
      expect(readdirSync(root)).toEqual(["plan"]);
    },
    TIMEOUT,
  );

  it(
    "reproduces the committed content/plan/ byte for byte (fails if content/plan was hand-edited or the parser changed without re-running npm run import)",
    async () => {
      const out = path.join(tempDir(), "plan");
      expect((await runImport(SOURCE, out)).code).toBe(0);
      expect(snapshot(out)).toEqual(snapshot("content/plan"));
    },
    TIMEOUT,
  );
});
