/**
 * Figures for マイリスト (issue 10). A measurement, not a test (tests/e2e/budget.spec.ts enforces budgets).
 *
 *   tsx scripts/bench-mylist.ts [--base DIR] [--runs N]
 *
 * Serves out/ (built beforehand) on loopback and prints:
 * 1. the gzipped HTML and JS each content page loads, and with --base (an out/ built from the commit before
 *    マイリスト) what the pages gained;
 * 2. the gzipped JS /my/ loads when empty, and with a list (which also loads the QR code library),
 *    and the size of /my/items.json;
 * 3. the time from clicking an add button to the header count changing, in the page: performance.now()
 *    just before the click, a MutationObserver on the count, and the next animation frame after it
 *    (when the new count can be painted). Median and 90th percentile of --runs clicks.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { BENCH_PAGES, gzipSize, weighPage, type PageWeight } from "../lib/budget/page-weight";
import { chromiumArgs, chromiumPath } from "../lib/server/browser";
import { createStaticServer, fileForPathname, listenOnLoopback } from "../lib/server/static";
import { myListDataPath, myListPath } from "../lib/urls";

const { values } = parseArgs({
  options: { base: { type: "string" }, runs: { type: "string", default: "41" } },
  strict: true,
});

const outDir = path.resolve("out");
const contentPages = BENCH_PAGES.filter((page) => !page.startsWith("/search/"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const signed = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${Math.abs(bytes)} B`;

async function serve(dir: string) {
  const server = createStaticServer({ dir });
  return { server, origin: await listenOnLoopback(server) };
}

async function weigh(browser: Browser, origin: string, dir: string, page: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    return await weighPage(await context.newPage(), origin, dir, page);
  } finally {
    await context.close();
  }
}

/** The gzipped JS /my/ has loaded once it shows a list's QR code (made with a library loaded by import()). */
async function myJsWithList(browser: Browser, origin: string, dir: string): Promise<{ gzip: number; files: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${origin}/`);
    await page.evaluate((value) => localStorage.setItem("ik2030:mylist", value), "1-2-3-4,3-1-2,P-1-1-1");
    await page.goto(`${origin}${myListPath()}`);
    await page.locator("[data-share-qr] svg").first().waitFor();
    const gzip = [...scripts].reduce((sum, pathname) => sum + gzipSize(readFileSync(fileForPathname(dir, pathname)!)), 0);
    return { gzip, files: scripts.size };
  } finally {
    await context.close();
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const current = await serve(outDir);
const base = values.base ? await serve(path.resolve(values.base)) : null;
try {
  console.log("1. Content pages (gzipped; each page weighed once per build, bytes do not vary)\n");
  for (const page of contentPages) {
    const now = await weigh(browser, current.origin, outDir, page);
    const line = `  ${page.padEnd(34)} HTML ${kb(now.totals.html.gzip)}  JS ${kb(now.totals.js.gzip)} (${now.totals.js.files} files)`;
    if (!base) {
      console.log(line);
      continue;
    }
    const before = await weigh(browser, base.origin, path.resolve(values.base!), page);
    console.log(
      `${line}   gained: JS ${signed(now.totals.js.gzip - before.totals.js.gzip)}, HTML ${signed(now.totals.html.gzip - before.totals.html.gzip)}`,
    );
  }

  console.log("\n2. /my/\n");
  const empty = await weigh(browser, current.origin, outDir, myListPath());
  const withList = await myJsWithList(browser, current.origin, outDir);
  const content = await weigh(browser, current.origin, outDir, contentPages.at(-1)!);
  console.log(`  empty list:       JS ${kb(empty.totals.js.gzip)} (${empty.totals.js.files} files), ${signed(empty.totals.js.gzip - content.totals.js.gzip)} over an action page`);
  console.log(`  with a list:      JS ${kb(withList.gzip)} (${withList.files} files; the QR code library, loaded with import(), is the difference)`);
  const dataFile = path.join(outDir, myListDataPath());
  console.log(`  ${myListDataPath()}: ${kb(gzipSize(readFileSync(dataFile)))} gzipped (${kb(readFileSync(dataFile).length)} raw), fetched by /my/ only`);

  console.log("\n3. Click on an add button → header count updated\n");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${current.origin}/directions/1/goals/2/actions/3/`);
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
  const runs = Number(values.runs);
  const timings = await page.evaluate(async (runs) => {
    const button = document.querySelector<HTMLElement>("main [data-mylist]")!;
    const count = document.querySelector("[data-mylist-count]")!;
    const result: Array<{ dom: number; frame: number }> = [];
    for (let i = 0; i < runs; i++) {
      const timing = await new Promise<{ dom: number; frame: number }>((resolve) => {
        let dom = 0;
        let start = 0;
        const observer = new MutationObserver(() => {
          dom = performance.now() - start;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
        start = performance.now();
        button.click();
      });
      result.push(timing);
      // Let the page settle between clicks, as a person would.
      await new Promise((r) => setTimeout(r, 30));
    }
    return result;
  }, runs);
  await context.close();
  for (const key of ["dom", "frame"] as const) {
    const sorted = timings.map((t) => t[key]).sort((a, b) => a - b);
    const label = key === "dom" ? "count changed in the DOM" : "next animation frame    ";
    console.log(`  ${label}  median ${quantile(sorted, 0.5).toFixed(2)} ms, p90 ${quantile(sorted, 0.9).toFixed(2)} ms (${sorted.length} clicks)`);
  }
} finally {
  await browser.close();
  current.server.close();
  base?.server.close();
}
