/**
 * npm run bench — performance figures for the built site. A measurement, not a test
 * (tests/e2e/budget.spec.ts enforces the byte budgets).
 *
 *   tsx scripts/bench.ts [--no-build] [--no-lighthouse] [--no-baseline] [--runs N]
 *                        [--throttling simulate,devtools] [--pages /,/overview/] [--csp]
 *                        [--json FILE] [--lhr-dir DIR] [--write-budgets]
 *
 * 1. Builds (unless --no-build) and serves out/ on loopback (lib/server/static.ts, port 0).
 * 2. Builds an empty Next.js app with the same next/react (lib/budget/baseline.ts), kept in
 *    .bench/baseline-out/ per framework version, and serves it too.
 * 3. Runs Lighthouse (node API, mobile preset) in the system Chromium on the baseline and on
 *    one page of each kind (BENCH_PAGES), N times each (default 5), interleaved (run 1 of
 *    every page, then run 2 …) so that a busy machine slows all of them alike, and prints
 *    the medians side by side with the targets: LCP within 300 ms of FCP, performance within
 *    3 points of the baseline's (lib/budget/lighthouse.ts). --throttling picks Lighthouse's
 *    method(s): simulate (its default, the estimate from an unthrottled load) and/or devtools
 *    (the page really loaded with the mobile preset's network and 4× CPU slowdown).
 *    Needs the devDependency `lighthouse@12.2.3` (brings `chrome-launcher`); without it, pass
 *    --no-lighthouse to get the byte figures only.
 * 4. Prints the gzipped HTML, CSS and JS each page loads (lib/budget/page-weight.ts), and the
 *    baseline's JS; the target is baseline + 10 KB gzipped JS for content pages.
 * 5. --write-budgets rewrites tests/e2e/budgets.json from these figures (lib/budget/budgets.ts):
 *    only on purpose, after a change that is meant to make pages heavier or lighter.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { buildEmptyApp, frameworkVersions } from "../lib/budget/baseline";
import { BUDGET_MARGIN, budgetsFrom, JS_OVER_BASELINE } from "../lib/budget/budgets";
import { BENCH_PAGES, formatWeights, weighPages, type PageWeight } from "../lib/budget/page-weight";
import { CATEGORIES, formatMedians, mediansOf, METRICS, type LighthouseMedians, type LighthouseRun } from "../lib/budget/lighthouse";
import { chromiumArgs, chromiumPath } from "../lib/server/browser";
import { createStaticServer, listenOnLoopback } from "../lib/server/static";

/** The search page runs the search engine on load; every other measured page is content. */
const CONTENT_PAGES = BENCH_PAGES.filter((page) => !page.startsWith("/search/"));
const BUDGETS_FILE = path.join("tests", "e2e", "budgets.json");

const { values } = parseArgs({
  options: {
    build: { type: "boolean", default: true },
    lighthouse: { type: "boolean", default: true },
    baseline: { type: "boolean", default: true },
    csp: { type: "boolean", default: false },
    runs: { type: "string", default: "5" },
    throttling: { type: "string", default: "simulate,devtools" },
    json: { type: "string" },
    /** Only these pages (comma-separated paths of BENCH_PAGES or any other page of out/). */
    pages: { type: "string" },
    /** Keep every Lighthouse report (JSON) here, to read a run's details. */
    "lhr-dir": { type: "string" },
    "write-budgets": { type: "boolean", default: false },
  },
  allowNegative: true,
  strict: true,
});

const pages: readonly string[] = values.pages ? values.pages.split(",").map((p) => p.trim()).filter(Boolean) : BENCH_PAGES;
if (values["write-budgets"] && values.pages) throw new Error("--write-budgets needs every page kind: leave out --pages");

const root = process.cwd();
const outDir = path.join(root, "out");
const benchDir = path.join(root, ".bench");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

// ── Lighthouse ──────────────────────────────────────────────────────────────────
// Typed by hand so the project typechecks before lighthouse is installed.
type LhAudit = {
  title: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
};
type LhResult = {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, LhAudit>;
    runWarnings: string[];
  };
};
/** The paints the browser timed in the load Lighthouse ran (the `metrics` audit's observed values). */
function observedPaints(audit: LhAudit | undefined): LighthouseRun["observed"] {
  const item = audit?.details?.items?.[0];
  const value = (key: string) => (typeof item?.[key] === "number" ? item[key] : null);
  return { FCP: value("observedFirstContentfulPaint"), LCP: value("observedLargestContentfulPaint") };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LhResult | undefined>;
type ChromeLauncher = {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void | Promise<void> }>;
};

const BASELINE_TARGET = "empty Next.js page";
type Target = { name: string; url: string };

async function importOptional<T>(name: string): Promise<T | null> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  }
}

/**
 * Runs Lighthouse `runs` times on every target with every throttling method, interleaved:
 * round 1 of every target and method, then round 2… Returns each run's figures and the
 * scored audits that failed (accessibility, best practices, SEO) in any run.
 */
async function runLighthouse(targets: readonly Target[], runs: number, methods: readonly string[]) {
  const lighthouseModule = await importOptional<{ default: Lighthouse }>("lighthouse");
  const launcher = await importOptional<ChromeLauncher>("chrome-launcher");
  if (!lighthouseModule || !launcher) {
    throw new Error("lighthouse is not installed: npm install --save-dev lighthouse@12.2.3, or pass --no-lighthouse");
  }
  const chrome = await launcher.launch({ chromePath: chromiumPath(), chromeFlags: [...chromiumArgs, "--headless=new"] });
  const results: LighthouseRun[] = [];
  const failing = new Set<string>();
  try {
    for (let round = 1; round <= runs; round++) {
      for (const method of methods) {
        for (const target of targets) {
          const result = await lighthouseModule.default(target.url, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...CATEGORIES],
            throttlingMethod: method,
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
          if (values["lhr-dir"]) {
            mkdirSync(values["lhr-dir"], { recursive: true });
            const slug = target.name.replace(/[^A-Za-z0-9]+/gu, "_").replace(/^_|_$/gu, "") || "home";
            writeFileSync(path.join(values["lhr-dir"], `${method}-${slug}-${round}.json`), JSON.stringify(result.lhr));
          }
          for (const warning of result.lhr.runWarnings) console.warn(`  ${target.name}: ${warning}`);
          const { categories, audits } = result.lhr;
          results.push({
            target: target.name,
            method,
            scores: Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? null])) as LighthouseRun["scores"],
            metrics: Object.fromEntries(METRICS.map(([label, id]) => [label, audits[id]?.numericValue ?? null])) as LighthouseRun["metrics"],
            observed: observedPaints(audits.metrics),
          });
          for (const c of CATEGORIES.filter((c) => c !== "performance")) {
            for (const ref of categories[c]?.auditRefs ?? []) {
              if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1) failing.add(`${target.name}  ${c}: ${ref.id} (${audits[ref.id]!.title})`);
            }
          }
          const last = results.at(-1)!;
          console.log(
            `bench: Lighthouse ${method} ${round}/${runs} ${target.name}: perf ${Math.round((last.scores.performance ?? 0) * 100)}, ` +
              `FCP ${Math.round(last.metrics.FCP ?? 0)} ms, LCP ${Math.round(last.metrics.LCP ?? 0)} ms, ` +
              `TBT ${Math.round(last.metrics.TBT ?? 0)} ms, SI ${Math.round(last.metrics.SI ?? 0)} ms`,
          );
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return { runs: results, failing: [...failing] };
}

// ── Baseline ────────────────────────────────────────────────────────────────────
type Baseline = { versions: Record<string, string>; weight: PageWeight };
const BASELINE_OUT = path.join(benchDir, "baseline-out");

/**
 * The empty Next.js page: its export (kept in .bench/baseline-out/ for Lighthouse) and what it
 * loads, both cached per framework version.
 */
async function measureBaseline(): Promise<Baseline> {
  const versions = frameworkVersions(root);
  const cacheFile = path.join(benchDir, "baseline.json");
  if (existsSync(cacheFile) && existsSync(path.join(BASELINE_OUT, "index.html"))) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as Baseline;
    if (JSON.stringify(cached.versions) === JSON.stringify(versions)) return cached;
  }
  console.log(`bench: building an empty Next.js ${versions.next} app for the baseline…`);
  const appDir = buildEmptyApp(root);
  try {
    mkdirSync(benchDir, { recursive: true });
    rmSync(BASELINE_OUT, { recursive: true, force: true });
    execFileSync("cp", ["-r", path.join(appDir, "out"), BASELINE_OUT]);
    const [weight] = await weighServed(BASELINE_OUT, ["/"]);
    const baseline = { versions, weight: weight! };
    writeFileSync(cacheFile, `${JSON.stringify(baseline, null, 2)}\n`);
    return baseline;
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}

async function weighServed(dir: string, pages: readonly string[]): Promise<PageWeight[]> {
  const server = createStaticServer({ dir, csp: values.csp });
  const origin = await listenOnLoopback(server);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    return await weighPages(browser, origin, dir, pages);
  } finally {
    await browser.close();
    server.close();
  }
}

// ── Main ────────────────────────────────────────────────────────────────────────
if (values.build) run("npm", ["run", "build"]);

const report: {
  lighthouse?: { runs: LighthouseRun[]; medians: LighthouseMedians[]; failing: string[] };
  weights: PageWeight[];
  baseline?: Baseline;
} = { weights: [] };
if (values.baseline || values["write-budgets"]) report.baseline = await measureBaseline();

if (values.lighthouse) {
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);
  const methods = values.throttling.split(",").map((m) => m.trim());
  for (const method of methods) if (method !== "simulate" && method !== "devtools") throw new Error(`--throttling: unknown method ${method}`);
  const site = createStaticServer({ dir: outDir, csp: values.csp });
  const origin = await listenOnLoopback(site);
  const base = report.baseline ? createStaticServer({ dir: BASELINE_OUT, csp: values.csp }) : null;
  const baseOrigin = base ? await listenOnLoopback(base) : null;
  console.log(`bench: serving out/ at ${origin}${baseOrigin ? ` and the baseline at ${baseOrigin}` : ""}${values.csp ? " with the CSP headers" : ""}`);
  try {
    const targets: Target[] = [
      ...(baseOrigin ? [{ name: BASELINE_TARGET, url: `${baseOrigin}/` }] : []),
      ...pages.map((page) => ({ name: page, url: new URL(page, origin).href })),
    ];
    const measured = await runLighthouse(targets, runs, methods);
    report.lighthouse = { ...measured, medians: mediansOf(measured.runs) };
    console.log(`\nLighthouse, mobile preset: ${runs} runs of each page, interleaved (npm run bench -- --runs ${runs} --throttling ${methods.join(",")})\n`);
    console.log(formatMedians(report.lighthouse.medians, BASELINE_TARGET));
    for (const audit of measured.failing) console.log(`  ${audit}`);
  } finally {
    site.close();
    base?.close();
  }
}

report.weights = await weighServed(outDir, pages);
console.log("\nBytes loaded on first visit (gzipped, zlib level 6)\n");
console.log(formatWeights(report.weights));

if (report.baseline) {
  const baseJs = report.baseline.weight.totals.js.gzip;
  console.log(
    `\nEmpty page of Next.js ${report.baseline.versions.next}: JS ${(baseJs / 1024).toFixed(1)} KB gzipped ` +
      `(${report.baseline.weight.totals.js.files} files); target for content pages ≤ ${((baseJs + JS_OVER_BASELINE) / 1024).toFixed(1)} KB`,
  );
  for (const weight of report.weights) {
    const over = weight.totals.js.gzip - baseJs;
    const verdict = !CONTENT_PAGES.includes(weight.page as never) ? "(not a content page)" : over <= JS_OVER_BASELINE ? "within target" : "OVER target";
    console.log(`  ${weight.page.padEnd(36)} baseline ${over >= 0 ? "+" : "−"}${(Math.abs(over) / 1024).toFixed(1)} KB  ${verdict}`);
  }
}

if (values["write-budgets"]) {
  const budgets = budgetsFrom(
    report.weights,
    { next: report.baseline!.versions.next!, js: report.baseline!.weight.totals.js.gzip },
    CONTENT_PAGES,
    `gzipped bytes a first visit may load; written by \`npm run bench -- --no-lighthouse --write-budgets\`: ` +
      `measured + ${BUDGET_MARGIN * 100}% (rounded up to 256 B); content pages' JS capped at baseline.js + ${JS_OVER_BASELINE / 1024} KB`,
  );
  writeFileSync(BUDGETS_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`\nbench: wrote ${BUDGETS_FILE}`);
}

if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nbench: wrote ${values.json}`);
}
