/**
 * npm run bench — performance figures for the built site. A measurement, not a test
 * (tests/e2e/budget.spec.ts enforces the byte budgets).
 *
 *   tsx scripts/bench.ts [--no-build] [--no-lighthouse] [--no-baseline] [--csp] [--json FILE] [--write-budgets]
 *
 * 1. Builds (unless --no-build) and serves out/ on loopback (lib/server/static.ts, port 0).
 * 2. Runs Lighthouse (node API, default config = mobile preset with simulated throttling) in
 *    the system Chromium on the home, a direction, an action and the search page with a query,
 *    and prints the four category scores and FCP, LCP, TBT, CLS, Speed Index.
 *    Needs the devDependency `lighthouse@12.2.3` (brings `chrome-launcher`); without it, pass
 *    --no-lighthouse to get the byte figures only.
 * 3. Prints the gzipped HTML, CSS and JS each page loads (lib/budget/page-weight.ts).
 * 4. Builds an empty Next.js app with the same next/react (lib/budget/baseline.ts) and prints
 *    its JS as the baseline; the target is baseline + 10 KB gzipped JS for content pages.
 *    The baseline is cached in .bench/baseline.json per framework version.
 * 5. --write-budgets rewrites tests/e2e/budgets.json from these figures (lib/budget/budgets.ts):
 *    only on purpose, after a change that is meant to make pages heavier or lighter.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { buildEmptyApp, frameworkVersions } from "../lib/budget/baseline";
import { BUDGET_MARGIN, budgetsFrom, JS_OVER_BASELINE } from "../lib/budget/budgets";
import { BENCH_PAGES, formatWeights, weighPages, type PageWeight } from "../lib/budget/page-weight";
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
    json: { type: "string" },
    "write-budgets": { type: "boolean", default: false },
  },
  allowNegative: true,
  strict: true,
});

const root = process.cwd();
const outDir = path.join(root, "out");
const benchDir = path.join(root, ".bench");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

// ── Lighthouse ──────────────────────────────────────────────────────────────────
// Typed by hand so the project typechecks before lighthouse is installed.
type LhAudit = { title: string; score: number | null; numericValue?: number; displayValue?: string };
type LhResult = {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, LhAudit>;
    runWarnings: string[];
  };
};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LhResult | undefined>;
type ChromeLauncher = {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void | Promise<void> }>;
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;

type LighthouseFigures = {
  page: string;
  scores: Record<string, number | null>;
  metrics: Record<string, number | null>;
  /** Scored audits that did not pass in accessibility, best practices and SEO: what to fix for 100. */
  failing: string[];
};

async function importOptional<T>(name: string): Promise<T | null> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return null;
    throw error;
  }
}

async function runLighthouse(origin: string): Promise<LighthouseFigures[]> {
  const lighthouseModule = await importOptional<{ default: Lighthouse }>("lighthouse");
  const launcher = await importOptional<ChromeLauncher>("chrome-launcher");
  if (!lighthouseModule || !launcher) {
    throw new Error("lighthouse is not installed: npm install --save-dev lighthouse@12.2.3, or pass --no-lighthouse");
  }
  const chrome = await launcher.launch({ chromePath: chromiumPath(), chromeFlags: [...chromiumArgs, "--headless=new"] });
  const figures: LighthouseFigures[] = [];
  try {
    for (const page of BENCH_PAGES) {
      const url = new URL(page, origin).href;
      const result = await lighthouseModule.default(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      for (const warning of result.lhr.runWarnings) console.warn(`  ${page}: ${warning}`);
      figures.push({
        page,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, result.lhr.categories[c]?.score ?? null])),
        metrics: Object.fromEntries(METRICS.map(([label, id]) => [label, result.lhr.audits[id]?.numericValue ?? null])),
        failing: CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
          (result.lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id} (${result.lhr.audits[ref.id]!.title})`),
        ),
      });
    }
  } finally {
    await chrome.kill();
  }
  return figures;
}

function formatLighthouse(figures: readonly LighthouseFigures[]): string {
  const header = ["page", "perf", "a11y", "best", "seo", "FCP", "LCP", "TBT", "CLS", "SI"];
  const ms = (value: number | null) => (value === null ? "–" : `${(value / 1000).toFixed(1)} s`);
  const rows = figures.map((f) => [
    f.page,
    ...CATEGORIES.map((c) => (f.scores[c] === null ? "–" : String(Math.round(f.scores[c]! * 100)))),
    ms(f.metrics.FCP ?? null),
    ms(f.metrics.LCP ?? null),
    f.metrics.TBT === null || f.metrics.TBT === undefined ? "–" : `${Math.round(f.metrics.TBT)} ms`,
    f.metrics.CLS === null || f.metrics.CLS === undefined ? "–" : f.metrics.CLS.toFixed(3),
    ms(f.metrics.SI ?? null),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

// ── Baseline ────────────────────────────────────────────────────────────────────
type Baseline = { versions: Record<string, string>; weight: PageWeight };

async function measureBaseline(): Promise<Baseline> {
  const versions = frameworkVersions(root);
  const cacheFile = path.join(benchDir, "baseline.json");
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as Baseline;
    if (JSON.stringify(cached.versions) === JSON.stringify(versions)) return cached;
  }
  console.log(`bench: building an empty Next.js ${versions.next} app for the baseline…`);
  const appDir = buildEmptyApp(root);
  try {
    const [weight] = await weighServed(path.join(appDir, "out"), ["/"]);
    const baseline = { versions, weight: weight! };
    mkdirSync(benchDir, { recursive: true });
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

const server = createStaticServer({ dir: outDir, csp: values.csp });
const origin = await listenOnLoopback(server);
console.log(`bench: serving out/ at ${origin}${values.csp ? " with the CSP headers" : ""}`);

const report: { lighthouse?: LighthouseFigures[]; weights: PageWeight[]; baseline?: Baseline } = { weights: [] };
try {
  if (values.lighthouse) {
    report.lighthouse = await runLighthouse(origin);
    console.log("\nLighthouse (mobile preset, simulated throttling)\n");
    console.log(formatLighthouse(report.lighthouse));
    for (const figures of report.lighthouse) {
      for (const audit of figures.failing) console.log(`  ${figures.page}  ${audit}`);
    }
  }
} finally {
  server.close();
}

report.weights = await weighServed(outDir, BENCH_PAGES);
console.log("\nBytes loaded on first visit (gzipped, zlib level 6)\n");
console.log(formatWeights(report.weights));

if (values.baseline || values["write-budgets"]) {
  report.baseline = await measureBaseline();
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
