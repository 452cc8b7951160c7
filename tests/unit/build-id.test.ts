import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentBuildId } from "@/lib/build/build-id";
import { diffTrees, hashTree, isSameTree } from "@/lib/build/tree-hash";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway project folder with the given files, written in the given order. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "build-id-"));
  temps.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const inputs = ["app", "content", "package-lock.json"];
const noEnv = {};

describe("contentBuildId", () => {
  const files = { "app/page.tsx": "page", "app/a/b.ts": "b", "content/x.mdx": "x", "package-lock.json": "{}" };

  it("is the same for the same files, whatever order they were written in or where the project lives", () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(contentBuildId(project(files), inputs, noEnv)).toBe(contentBuildId(project(reversed), inputs, noEnv));
  });

  it("is a short hex string usable in a URL path", () => {
    expect(contentBuildId(project(files), inputs, noEnv)).toMatch(/^[0-9a-f]{20}$/u);
  });

  it("changes when a file's bytes, a file's name or SITE_URL change", () => {
    const base = contentBuildId(project(files), inputs, noEnv);
    expect(contentBuildId(project({ ...files, "content/x.mdx": "x2" }), inputs, noEnv)).not.toBe(base);
    const { "content/x.mdx": moved, ...rest } = files;
    expect(contentBuildId(project({ ...rest, "content/y.mdx": moved }), inputs, noEnv)).not.toBe(base);
    expect(contentBuildId(project(files), inputs, { SITE_URL: "https://example.org" })).not.toBe(base);
  });

  it("does not confuse content with the next path (length-prefixed)", () => {
    expect(contentBuildId(project({ "app/a": "bc", "app/d": "" }), inputs, noEnv)).not.toBe(
      contentBuildId(project({ "app/a": "b", "app/d": "c" }), inputs, noEnv),
    );
  });

  it("ignores files outside the inputs and skips missing inputs", () => {
    const base = contentBuildId(project(files), inputs, noEnv);
    expect(contentBuildId(project({ ...files, "notes.txt": "scratch" }), inputs, noEnv)).toBe(base);
    expect(contentBuildId(project(files), [...inputs, ".generated"], noEnv)).toBe(base);
  });
});

describe("hashTree / diffTrees", () => {
  it("lists added, removed and changed files by POSIX path", () => {
    const before = hashTree(project({ "a.html": "1", "x/b.js": "2", "x/c.css": "3" }));
    const after = hashTree(project({ "a.html": "1", "x/b.js": "2!", "x/d.css": "3" }));
    expect([...before.keys()]).toEqual(["a.html", "x/b.js", "x/c.css"]);
    const diff = diffTrees(before, after);
    expect(diff).toEqual({ added: ["x/d.css"], removed: ["x/c.css"], changed: ["x/b.js"] });
    expect(isSameTree(diff)).toBe(false);
    expect(isSameTree(diffTrees(before, before))).toBe(true);
  });
});
