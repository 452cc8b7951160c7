/**
 * writeFileAtomically (used by `npm run deploy:config` for the server configuration): a reader
 * sees the old file or the new one, never half of one, and a failed write leaves no staging
 * file behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomically } from "@/lib/io/atomic-file";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atomic-file-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomically", () => {
  it("writes a new file as UTF-8 and leaves nothing else in its folder", async () => {
    const file = path.join(dir, "site.conf");
    await writeFileAtomically(file, "# 金沢SDGs\n");
    expect(readFileSync(file)).toEqual(Buffer.from("# 金沢SDGs\n", "utf8"));
    expect(readdirSync(dir)).toEqual(["site.conf"]);
  });

  it("replaces an existing file whole", async () => {
    const file = path.join(dir, "site.conf");
    writeFileSync(file, "old content that is longer than the new one\n");
    await writeFileAtomically(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["site.conf"]);
  });

  it("takes a path relative to the working directory", async () => {
    // Relative to process.cwd() without changing it (workers cannot chdir).
    const file = path.join(dir, "relative.txt");
    await writeFileAtomically(path.relative(process.cwd(), file), "x");
    expect(readFileSync(file, "utf8")).toBe("x");
    expect(readdirSync(dir)).toEqual(["relative.txt"]);
  });

  it("fails when the last step fails, leaving the target as it was and no staging file", async () => {
    // The target is a folder that is not empty: the rename onto it fails after the staging file is written.
    const target = path.join(dir, "taken");
    mkdirSync(target);
    writeFileSync(path.join(target, "keep.txt"), "kept");
    await expect(writeFileAtomically(target, "new")).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/u);
    expect(readdirSync(dir)).toEqual(["taken"]);
    expect(readFileSync(path.join(target, "keep.txt"), "utf8")).toBe("kept");
  });

  it("fails when the folder does not exist, creating nothing", async () => {
    await expect(writeFileAtomically(path.join(dir, "missing", "site.conf"), "x")).rejects.toThrow(/ENOENT/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});
