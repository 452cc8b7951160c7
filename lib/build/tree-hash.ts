/**
 * Fingerprints of a folder's files, to tell whether two builds wrote the same bytes.
 * Used by scripts/check-determinism.ts.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under `dir` (POSIX relative path → sha256 hex), in path order. Symlinks are not followed. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (relative: string) => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) hashes.set(child, createHash("sha256").update(readFileSync(path.join(dir, child))).digest("hex"));
    }
  };
  walk("");
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type TreeDiff = { added: string[]; removed: string[]; changed: string[] };

/** What differs between two fingerprints: files only in `after`, only in `before`, and with other bytes. */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): TreeDiff {
  const added = [...after.keys()].filter((file) => !before.has(file));
  const removed = [...before.keys()].filter((file) => !after.has(file));
  const changed = [...before].filter(([file, hash]) => after.has(file) && after.get(file) !== hash).map(([file]) => file);
  return { added, removed, changed };
}

export const isSameTree = (diff: TreeDiff) => diff.added.length + diff.removed.length + diff.changed.length === 0;
