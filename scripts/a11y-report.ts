/**
 * npm run a11y:report — tests the accessibility of every page of the site and writes
 * lib/a11y/report.json, which /accessibility/ renders. Commit the file it writes.
 *
 *   tsx scripts/a11y-report.ts [--no-build] [--no-checks] [--pages REGEX] [--workers N] [--out FILE]
 *
 * 1. Builds the site (unless --no-build) and serves out/ on loopback.
 * 2. Runs axe (WCAG 2.0/2.1 A and AA) on every built page at the sizes of the browser
 *    tests' projects (playwright.config.ts), in the light scheme at every size and in the
 *    dark scheme at the first (as tests/e2e/a11y.spec.ts does), plus the states the
 *    tests open: a search with results, furigana, class view.
 * 3. Runs the suite's keyboard and screen-reader tests (picked from their titles, see
 *    lib/a11y/report.ts) and records each one's outcome (skip with --no-checks).
 * 4. Writes the report atomically; exits non-zero when axe found a violation or a check failed.
 *
 * --pages REGEX tests only the pages whose path matches, to try a change out quickly; such a
 * report covers only those pages, and the coverage test says so until the full run is done.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContextOptions } from "playwright-core";
import config from "../playwright.config";
import {
  AXE_TAGS,
  checkKinds,
  KEYBOARD_CHECK,
  NOT_FOUND_PAGE,
  REPORT_COMMAND,
  REPORT_FILE,
  ReportSchema,
  SCREEN_READER_CHECK,
  sitePages,
  summarize,
  type Check,
  type Report,
  type Run,
} from "../lib/a11y/report";
import { PREFS, type PrefName } from "../lib/prefs";
import { chromiumArgs, chromiumPath } from "../lib/server/browser";
import { createStaticServer, listenOnLoopback } from "../lib/server/static";

const { values } = parseArgs({
  options: {
    build: { type: "boolean", default: true },
    checks: { type: "boolean", default: true },
    out: { type: "string", default: REPORT_FILE },
    pages: { type: "string" },
    workers: { type: "string", default: "2" },
  },
  allowNegative: true,
  strict: true,
});

const root = process.cwd();
const outDir = path.join(root, "out");
const version = (pkg: string) =>
  (JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

/** A page in a state the browser tests also open it in. */
type Visit = { page: string; url: string; state: string; prefs?: Partial<Record<PrefName, string>>; ready?: string };

const EXAMPLE_ACTION = "/directions/1/goals/1/actions/1/";
const STATES: Visit[] = [
  { page: "/search/", url: "/search/?q=バス", state: "query", ready: "#search-results > li" },
  { page: EXAMPLE_ACTION, url: EXAMPLE_ACTION, state: "furigana", prefs: { furigana: "on" } },
  { page: EXAMPLE_ACTION, url: EXAMPLE_ACTION, state: "classView", prefs: { classView: "on" } },
  { page: EXAMPLE_ACTION, url: EXAMPLE_ACTION, state: "classView+furigana", prefs: { classView: "on", furigana: "on" } },
];

// ── The sizes and schemes, from the test configuration ─────────────────────────────
type Viewport = { name: string; options: BrowserContextOptions };
const viewports: Viewport[] = (config.projects ?? []).map((project) => {
  const use = project.use ?? {};
  return {
    name: project.name ?? "default",
    options: {
      viewport: use.viewport,
      deviceScaleFactor: use.deviceScaleFactor,
      isMobile: use.isMobile,
      hasTouch: use.hasTouch,
      userAgent: use.userAgent,
      locale: config.use?.locale,
      timezoneId: config.use?.timezoneId,
    },
  };
});
if (viewports.length === 0) throw new Error("playwright.config.ts has no projects");
const schemes = [
  { scheme: "light" as const, viewports: viewports.map((v) => v.name) },
  { scheme: "dark" as const, viewports: [viewports[0]!.name] },
];

// ── 1. Build and serve ─────────────────────────────────────────────────────────────────
if (values.build) {
  const built = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error(`npm run build failed (exit ${built.status})`);
}
const only = values.pages === undefined ? null : new RegExp(values.pages, "u");
const pages = sitePages(outDir).filter((page) => only === null || only.test(page));
const visits: Visit[] = [
  ...pages.map((page) => ({ page, url: page === NOT_FOUND_PAGE ? "/no-such-page/" : page, state: "" })),
  ...STATES.filter((visit) => pages.includes(visit.page)),
];
const server = createStaticServer({ dir: outDir });
const origin = await listenOnLoopback(server);
console.log(`a11y-report: ${pages.length} pages, ${visits.length} visits × ${schemes.reduce((n, s) => n + s.viewports.length, 0)} sizes and schemes, at ${origin}`);

// ── 2. axe over every page ────────────────────────────────────────────────────────────
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const titles = new Map<string, string>();
let axeVersion = "";
let ruleCount = 0;

async function axeRun(b: Browser, visit: Visit, viewport: Viewport, scheme: "light" | "dark"): Promise<Run> {
  const context = await b.newContext({ ...viewport.options, colorScheme: scheme });
  try {
    if (visit.prefs) {
      const entries = Object.entries(visit.prefs).map(([name, value]) => [PREFS[name as PrefName].storageKey, value!]);
      await context.addInitScript((pairs) => pairs.forEach(([key, value]) => localStorage.setItem(key!, value!)), entries);
    }
    const page = await context.newPage();
    // Generous waits: on a shared, busy machine a page can take a while to hydrate.
    await page.goto(new URL(visit.url, origin).href, { timeout: 180_000 });
    // A page of the site runs its small client layer, which marks <html> when it is ready; an embeddable
    // card (/embed/…) is plain HTML with no framework script, so there is nothing to wait for.
    const hydrates = await page.locator('script[src*="/_next/"]').count();
    if (hydrates > 0) await page.locator("html[data-enhanced]").waitFor({ state: "attached", timeout: 180_000 });
    if (visit.ready) await page.locator(visit.ready).first().waitFor({ timeout: 180_000 });
    if (!visit.state) titles.set(visit.page, await page.title());
    const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
    axeVersion = results.testEngine.version;
    ruleCount = Math.max(ruleCount, results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length);
    return {
      page: visit.page,
      state: visit.state,
      url: visit.url === visit.page ? "" : visit.url,
      viewport: viewport.name,
      scheme,
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      })),
      incomplete: results.incomplete.map((r) => r.id).sort(),
      passes: results.passes.length,
    };
  } finally {
    await context.close();
  }
}

const jobs = visits.flatMap((visit) =>
  schemes.flatMap(({ scheme, viewports: names }) =>
    viewports.filter((v) => names.includes(v.name)).map((viewport) => () => axeRun(browser, visit, viewport, scheme)),
  ),
);
const runs: Run[] = [];
let done = 0;
// Two at a time by default: the machines this runs on have two cores.
await Promise.all(
  Array.from({ length: Math.max(1, Number(values.workers) || 2) }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      runs.push(await job());
      if (++done % 25 === 0) console.log(`a11y-report: ${done} runs`);
    }
  }),
);
const chromiumVersion = browser.version();
await browser.close();
server.close();

// ── 3. The suite's keyboard and screen-reader tests ────────────────────────────────
type PwSpec = { title: string; file: string; tests: { projectName: string; results: { status: string }[] }[] };
type PwSuite = { title: string; file?: string; specs?: PwSpec[]; suites?: PwSuite[] };

function checksFrom(report: { suites: PwSuite[] }): Check[] {
  const checks: Check[] = [];
  const walk = (suite: PwSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      const title = [...titles, spec.title].join(" › ");
      const kinds = checkKinds(title);
      if (kinds.length === 0) continue;
      const results = Object.fromEntries(spec.tests.map((t) => [t.projectName, t.results.at(-1)?.status ?? "skipped"]));
      checks.push({ title, file: path.posix.join("tests/e2e", spec.file), kinds, results });
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are files; their titles are not part of a test's name.
  for (const file of report.suites) walk(file, []);
  return checks.sort((a, b) => a.file.localeCompare(b.file) || a.title.localeCompare(b.title));
}

const grep = `(${KEYBOARD_CHECK.source})|(${SCREEN_READER_CHECK.source})`;
let checks: Check[] = [];
if (values.checks) {
  console.log("a11y-report: running the keyboard and screen-reader tests…");
  const run = spawnSync("npx", ["playwright", "test", "--grep", `/${grep}/`, "--reporter=json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  checks = checksFrom(JSON.parse(run.stdout) as { suites: PwSuite[] });
  if (checks.length === 0) throw new Error(`no test title matched ${grep}:\n${run.stderr}`);
}

// ── 4. The report ───────────────────────────────────────────────────────────────────────
const order = (run: Run) => [run.page, run.state, run.url, run.viewport, run.scheme].join("\u0000");
runs.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
const report: Report = ReportSchema.parse({
  $comment: `Written by \`${REPORT_COMMAND}\` (scripts/a11y-report.ts) from an actual run; rendered at /accessibility/. Do not edit by hand.`,
  date: new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date()),
  command: REPORT_COMMAND,
  tools: {
    "axe-core": axeVersion,
    "@axe-core/playwright": version("@axe-core/playwright"),
    "@playwright/test": version("@playwright/test"),
    Chromium: chromiumVersion,
    "Node.js": process.versions.node,
  },
  axe: { tags: [...AXE_TAGS], rules: ruleCount },
  viewports: viewports.map((v) => ({ name: v.name, width: v.options.viewport?.width ?? 0, height: v.options.viewport?.height ?? 0 })),
  schemes,
  pages: pages.map((page) => ({ path: page, title: titles.get(page) ?? "" })),
  runs,
  checks: { grep, tests: checks },
});
const file = path.resolve(values.out);
writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
renameSync(`${file}.tmp`, file);

const summary = summarize(report);
console.log(
  `a11y-report: wrote ${path.relative(root, file)}: ${summary.pages} pages, ${summary.runs} axe runs, ` +
    `${summary.violations} violations; ${summary.checks.total} keyboard / screen-reader tests, ${summary.checks.failed} failed`,
);
if (summary.violations > 0 || summary.checks.failed > 0) process.exit(1);
