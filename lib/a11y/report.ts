/**
 * The accessibility test report behind /accessibility/ (ウェブアクセシビリティ方針):
 * what was tested, with which tools, where, and what came out. Written by
 * `npm run a11y:report` (scripts/a11y-report.ts) from an actual run, committed as
 * lib/a11y/report.json, and read here by the page and the tests. Nothing in it is
 * typed by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const REPORT_FILE = path.join(process.cwd(), "lib", "a11y", "report.json");
export const REPORT_COMMAND = "npm run a11y:report";

/** The axe rule sets run: WCAG 2.0 and 2.1, levels A and AA (JIS X 8341-3:2016 is WCAG 2.0). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/**
 * Which tests of the suite are keyboard checks: key names and words in the test's
 * title (with its describe blocks), or the tag @keyboard. Case matters: "Space" is
 * the key, "space" a full-width space in a search test. No flags, so Playwright's
 * --grep takes it as it is (`/…/`).
 */
export const KEYBOARD_CHECK = /\b(keyboard|Tab|Esc|Enter|Space|PageDown|PageUp|Ctrl\+K)\b|[←→↓]|@keyboard/;
/** Which tests check what a screen reader gets: words in the title, or the tag @screen-reader. */
export const SCREEN_READER_CHECK = /[Ss]creen reader|skip link|headings?\b|announce|accessible name|live region|@screen-reader/;

/** The kinds of check a test's full title makes it. */
export function checkKinds(title: string): ("keyboard" | "screen reader")[] {
  return [...(KEYBOARD_CHECK.test(title) ? ["keyboard" as const] : []), ...(SCREEN_READER_CHECK.test(title) ? ["screen reader" as const] : [])];
}

/** The not-found page: Next writes it as 404.html, 404/index.html and _not-found/index.html; hosts serve 404.html. */
export const NOT_FOUND_PAGE = "/404.html";

const ViolationSchema = z.object({
  id: z.string(),
  impact: z.string().nullable(),
  help: z.string(),
  /** CSS selectors of the elements concerned. */
  targets: z.array(z.string()),
});

export const RunSchema = z.object({
  page: z.string(),
  /** What the reader had switched on ("" for nothing), e.g. "furigana" or "classView+furigana". */
  state: z.string(),
  /** The URL loaded, when it is not the page's own path (a search query, a missing path for the 404 page). */
  url: z.string(),
  viewport: z.string(),
  scheme: z.enum(["light", "dark"]),
  violations: z.array(ViolationSchema),
  /** Rules axe could not decide by itself ("needs review"), by id. */
  incomplete: z.array(z.string()),
  passes: z.number().int().nonnegative(),
});
export type Run = z.infer<typeof RunSchema>;

export const CheckSchema = z.object({
  /** The test's describe blocks and title, as Playwright lists it. */
  title: z.string(),
  file: z.string(),
  kinds: z.array(z.enum(["keyboard", "screen reader"])).min(1),
  /** Outcome in each browser project (desktop, phone): passed, failed, skipped… */
  results: z.record(z.string(), z.string()),
});
export type Check = z.infer<typeof CheckSchema>;

export const ReportSchema = z.object({
  $comment: z.string(),
  /** The day the tests ran (Asia/Tokyo), YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  command: z.string(),
  tools: z.record(z.string(), z.string()),
  axe: z.object({ tags: z.array(z.string()), rules: z.number().int().positive() }),
  viewports: z.array(z.object({ name: z.string(), width: z.number().int(), height: z.number().int() })).min(1),
  schemes: z.array(z.object({ scheme: z.enum(["light", "dark"]), viewports: z.array(z.string()).min(1) })).min(1),
  pages: z.array(z.object({ path: z.string(), title: z.string() })).min(1),
  runs: z.array(RunSchema).min(1),
  checks: z.object({ grep: z.string(), tests: z.array(CheckSchema) }),
});
export type Report = z.infer<typeof ReportSchema>;

export function loadReport(file = REPORT_FILE): Report {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file}: missing; run "${REPORT_COMMAND}" and commit it`);
  }
  const result = ReportSchema.safeParse(JSON.parse(raw));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}; run "${REPORT_COMMAND}"`);
  }
  return result.data;
}

/**
 * Every page of a built site (an `out/` folder): the path of each index.html, and
 * the not-found page once.
 */
export function sitePages(outDir: string): string[] {
  const pages = new Set<string>();
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (url === "/" && entry.name === "_next") continue;
        walk(path.join(dir, entry.name), `${url}${entry.name}/`);
      } else if (entry.name === "index.html") {
        pages.add(url === "/404/" || url === "/_not-found/" ? NOT_FOUND_PAGE : url);
      } else if (url === "/" && entry.name === "404.html") {
        pages.add(NOT_FOUND_PAGE);
      }
    }
  };
  walk(outDir, "/");
  return [...pages].sort();
}

/** Pages of the site that the report has no run for. */
export function uncovered(report: Pick<Report, "runs">, pages: readonly string[]): string[] {
  const tested = new Set(report.runs.map((run) => run.page));
  return pages.filter((page) => !tested.has(page));
}

export type Summary = {
  pages: number;
  runs: number;
  violations: number;
  /** Runs in which axe found nothing to report. */
  clean: number;
  incomplete: Map<string, number>;
  checks: { total: number; keyboard: number; screenReader: number; passed: number; failed: number };
};

/** The figures the page states, counted from the report. */
export function summarize(report: Report): Summary {
  const incomplete = new Map<string, number>();
  for (const run of report.runs) for (const id of run.incomplete) incomplete.set(id, (incomplete.get(id) ?? 0) + 1);
  const results = report.checks.tests.flatMap((test) => Object.values(test.results));
  return {
    pages: new Set(report.runs.map((run) => run.page)).size,
    runs: report.runs.length,
    violations: report.runs.reduce((sum, run) => sum + run.violations.reduce((n, v) => n + v.targets.length, 0), 0),
    clean: report.runs.filter((run) => run.violations.length === 0).length,
    incomplete,
    checks: {
      total: report.checks.tests.length,
      keyboard: report.checks.tests.filter((test) => test.kinds.includes("keyboard")).length,
      screenReader: report.checks.tests.filter((test) => test.kinds.includes("screen reader")).length,
      passed: results.filter((status) => status === "passed").length,
      failed: results.filter((status) => status === "failed" || status === "timedOut" || status === "interrupted").length,
    },
  };
}
