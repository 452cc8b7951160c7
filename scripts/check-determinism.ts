/**
 * Two builds of the same commit must produce byte-identical out/.
 *
 *   tsx scripts/check-determinism.ts [--reuse-out] [--timeout 300]
 *
 * Builds (`npm run build`), fingerprints out/, builds again and compares, listing every
 * file that differs. --reuse-out skips the first build and takes out/ as it is: `npm test`
 * passes it because it has just built out/ from this checkout. Rebuilds out/ in place, so
 * nothing else may be reading out/ meanwhile (in `npm test` it runs after Playwright).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { diffTrees, hashTree, isSameTree } from "../lib/build/tree-hash";

const { values } = parseArgs({
  options: {
    "reuse-out": { type: "boolean", default: false },
    timeout: { type: "string", default: "300" },
  },
  strict: true,
});

const outDir = path.resolve("out");
const timeoutMs = Number(values.timeout) * 1000;

/** `npm run build` with its output captured; kills the whole process group on timeout. */
function build(label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn("npm", ["run", "build"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk));
    const timer = setTimeout(() => {
      process.kill(-child.pid!, "SIGKILL");
      reject(new Error(`${label} build took longer than ${values.timeout} s\n${log}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) {
        console.log(`determinism: ${label} build in ${((Date.now() - started) / 1000).toFixed(0)} s`);
        resolve();
      } else {
        reject(new Error(`${label} build failed (exit ${code})\n${log}`));
      }
    });
  });
}

/** Where two versions of a text file first part, for the report. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 40), i + 40).toString("utf8"));
  return `at byte ${i}: ${around(a)} vs ${around(b)}`;
}

if (!values["reuse-out"]) await build("first");
const before = hashTree(outDir);
const snapshot = new Map([...before.keys()].map((file) => [file, readFileSync(path.join(outDir, file))]));
await build("second");
const after = hashTree(outDir);
const diff = diffTrees(before, after);

if (isSameTree(diff)) {
  console.log(`determinism: ok, ${after.size} files in out/ byte-identical across two builds`);
} else {
  console.error("determinism: two builds of the same checkout differ");
  for (const file of diff.added) console.error(`  only in the second build: ${file}`);
  for (const file of diff.removed) console.error(`  only in the first build:  ${file}`);
  for (const file of diff.changed.slice(0, 50)) {
    console.error(`  changed: ${file} ${firstDifference(snapshot.get(file)!, readFileSync(path.join(outDir, file)))}`);
  }
  if (diff.changed.length > 50) console.error(`  … and ${diff.changed.length - 50} more changed files`);
  process.exit(1);
}
