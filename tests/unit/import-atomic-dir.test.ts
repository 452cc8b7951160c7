import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { writeDirAtomically } from "@/lib/io/atomic-dir";
import { snapshotDir } from "@/tests/fixtures/io/snapshot";

// The importer's promise: a failed run leaves content/plan/ exactly as it was.
// Each test below makes one file-system call fail (the n-th mkdtemp, chmod,
// writeFile, rename or rm that writeDirAtomically makes) and looks at what is
// left on disk.

type Op = "mkdtemp" | "chmod" | "writeFile" | "rename" | "rm";
const fault = vi.hoisted(() => ({ failAt: [] as string[], calls: [] as string[], counts: new Map<string, number>() }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const wrap =
    <A extends unknown[], R>(op: Op, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const n = (fault.counts.get(op) ?? 0) + 1;
      fault.counts.set(op, n);
      const step = `${op} #${n}`;
      fault.calls.push(step);
      if (fault.failAt.includes(step)) throw Object.assign(new Error(`injected fault: ${step}`), { code: "EIO" });
      return fn(...args);
    };
  return {
    ...real,
    mkdtemp: wrap("mkdtemp", real.mkdtemp),
    chmod: wrap("chmod", real.chmod),
    writeFile: wrap("writeFile", real.writeFile),
    rename: wrap("rename", real.rename),
    rm: wrap("rm", real.rm),
  };
});

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fault.failAt = [];
  fault.calls = [];
  fault.counts.clear();
});

/** A parent folder holding `plan/` as an earlier import left it: two files and a sub-folder. */
function existingPlan(): { root: string; out: string } {
  const root = mkdtempSync(path.join(tmpdir(), "atomic-dir-"));
  temps.push(root);
  const out = path.join(root, "plan");
  mkdirSync(path.join(out, "notes"), { recursive: true });
  writeFileSync(path.join(out, "1.mdx"), "前回の出力\n");
  writeFileSync(path.join(out, "stale.mdx"), "もう無いはずの節\n");
  writeFileSync(path.join(out, "notes", "keep.txt"), "keep me");
  return { root, out };
}

function emptyRoot(): { root: string; out: string } {
  const root = mkdtempSync(path.join(tmpdir(), "atomic-dir-"));
  temps.push(root);
  return { root, out: path.join(root, "plan") };
}

const FILES = new Map([
  ["1.mdx", "新しい一\n"],
  ["2.mdx", "新しい二\n"],
  ["3.mdx", "新しい三\n"],
]);
const NEW_TREE = [...FILES].map(([name, content]) => [name, Buffer.from(content).toString("base64")]);

/** The file-system calls of a successful run, in order, when the folder exists already. */
const REPLACE_STEPS = ["mkdtemp #1", "chmod #1", "writeFile #1", "writeFile #2", "writeFile #3", "rename #1", "rename #2", "rm #1"];
/** …and when it does not. */
const CREATE_STEPS = ["mkdtemp #1", "chmod #1", "writeFile #1", "writeFile #2", "writeFile #3", "rename #1"];

describe("writeDirAtomically when nothing fails", () => {
  it("replaces the folder with exactly the new files, readable by all, and leaves nothing beside it", async () => {
    const { root, out } = existingPlan();
    await writeDirAtomically(out, FILES);
    expect(snapshotDir(out)).toEqual(NEW_TREE);
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(readdirSync(root)).toEqual(["plan"]);
    expect(fault.calls).toEqual(REPLACE_STEPS);
  });

  it("creates the folder when there is none yet", async () => {
    const { root, out } = emptyRoot();
    await writeDirAtomically(out, FILES);
    expect(snapshotDir(out)).toEqual(NEW_TREE);
    expect(readdirSync(root)).toEqual(["plan"]);
    expect(fault.calls).toEqual(CREATE_STEPS);
  });

  it("accepts a relative path", async () => {
    const { root } = emptyRoot();
    await writeDirAtomically(path.relative(process.cwd(), path.join(root, "plan")), FILES);
    expect(readdirSync(root)).toEqual(["plan"]);
    expect(snapshotDir(path.join(root, "plan"))).toEqual(NEW_TREE);
  });
});

describe("writeDirAtomically when a step fails", () => {
  it.each(REPLACE_STEPS.filter((step) => step !== "rm #1"))(
    "at %s, rejects with that error and leaves the old folder byte-for-byte intact, with no staging folder",
    async (step) => {
      const { root, out } = existingPlan();
      const before = snapshotDir(root);
      fault.failAt = [step];
      await expect(writeDirAtomically(out, FILES)).rejects.toMatchObject({
        message: `could not write ${out}, which is left as it was: injected fault: ${step}`,
        cause: { message: `injected fault: ${step}`, code: "EIO" },
      });
      expect(fault.calls).toContain(step);
      expect(snapshotDir(root)).toEqual(before);
    },
  );

  it.each(CREATE_STEPS)("at %s with no folder yet, creates nothing at all", async (step) => {
    const { root, out } = emptyRoot();
    fault.failAt = [step];
    await expect(writeDirAtomically(out, FILES)).rejects.toMatchObject({
      message: `could not write ${out}, which is left as it was: injected fault: ${step}`,
      cause: { message: `injected fault: ${step}` },
    });
    expect(readdirSync(root)).toEqual([]);
  });

  it("only in removing the previous copy after the swap: the new folder is complete and the error names the copy left behind", async () => {
    const { root, out } = existingPlan();
    fault.failAt = ["rm #1"];
    const error = await writeDirAtomically(out, FILES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const leftover = readdirSync(root).filter((name) => name !== "plan");
    expect(leftover).toHaveLength(1);
    expect((error as Error).message).toBe(
      `${out} was written, but its previous copy ${path.join(root, leftover[0]!)} could not be removed: injected fault: rm #1`,
    );
    expect((error as Error).cause).toMatchObject({ message: "injected fault: rm #1" });
    expect(snapshotDir(out)).toEqual(NEW_TREE);
  });

  it("if even putting the old folder back fails, the error says where its copy is, and the copy is whole", async () => {
    const { root, out } = existingPlan();
    const before = snapshotDir(out);
    fault.failAt = ["rename #2", "rename #3"];
    const error = await writeDirAtomically(out, FILES).catch((e: unknown) => e);
    expect(fault.calls.slice(-3)).toEqual(["rename #2", "rm #1", "rename #3"]);
    const [copy, ...others] = readdirSync(root);
    expect(others).toEqual([]);
    expect(copy).toMatch(/^\.plan\.new-.+\.old$/u);
    expect((error as Error).message).toBe(
      `could not write ${out}, nor put it back: its previous copy is ${path.join(root, copy!)} (injected fault: rename #3)`,
    );
    // The cause is the failure that started it, not the failed repair.
    expect((error as Error).cause).toMatchObject({ message: "injected fault: rename #2" });
    expect(snapshotDir(path.join(root, copy!))).toEqual(before);
  });

  it("when a real write fails midway (a file name too long for the file system), the old folder is intact", async () => {
    const { root, out } = existingPlan();
    const before = snapshotDir(root);
    const files = new Map([...FILES].slice(0, 2));
    files.set(`${"長".repeat(100)}.mdx`, "書けない");
    files.set("4.mdx", "届かない");
    await expect(writeDirAtomically(out, files)).rejects.toMatchObject({
      message: expect.stringMatching(/^could not write .*, which is left as it was: ENAMETOOLONG/u),
      cause: { code: "ENAMETOOLONG" },
    });
    // Two files were written into the staging folder before the failure.
    expect(fault.calls.filter((step) => step.startsWith("writeFile"))).toEqual(["writeFile #1", "writeFile #2", "writeFile #3"]);
    expect(snapshotDir(root)).toEqual(before);
  });

  it("refuses a name that would land outside the folder, and writes nothing", async () => {
    const { root, out } = existingPlan();
    const before = snapshotDir(root);
    const files = new Map([...FILES, ["../escape.mdx", "外"]]);
    await expect(writeDirAtomically(out, files)).rejects.toThrow(
      `could not write ${out}, which is left as it was: refusing to write outside ${out}: ../escape.mdx`,
    );
    expect(snapshotDir(root)).toEqual(before);
  });
});
