/**
 * After `next build`: every exported page runs the framework's scripts after its first paint
 * (lib/build/paint-first.ts says why and how). Part of `npm run build`.
 *
 *   tsx scripts/paint-first.ts [--dir out]
 *
 * Reads and rewrites every page in memory first: a page in a form it does not know stops it
 * with the file's name before any page is written.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PaintFirstError, paintFirst } from "../lib/build/paint-first";
import { writeFileAtomically } from "../lib/io/atomic-file";

const { values } = parseArgs({ options: { dir: { type: "string", default: "out" } }, strict: true });
const dir = path.resolve(values.dir);

const pages = readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".html"))
  .sort();
let rewritten: Array<{ file: string; html: string }>;
try {
  rewritten = pages.flatMap((name) => {
    const file = path.join(dir, name);
    const html = readFileSync(file, "utf8");
    const next = paintFirst(html, path.relative(process.cwd(), file));
    return next === html ? [] : [{ file, html: next }];
  });
} catch (error) {
  if (!(error instanceof PaintFirstError)) throw error;
  console.error(`paint-first: ${error.message}\nNo page was changed.`);
  process.exit(1);
}
for (const { file, html } of rewritten) await writeFileAtomically(file, html);
console.log(`paint-first: ${rewritten.length} pages now run Next's scripts after their first paint (of ${pages.length}; the others have no scripts or were done already)`);
