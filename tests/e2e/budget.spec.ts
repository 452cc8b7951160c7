/**
 * Byte budgets: the gzipped HTML, CSS and JS that a first visit to each measured page loads
 * (as Chromium fetches it, lib/budget/page-weight.ts) stays within tests/e2e/budgets.json.
 *
 * How the budgets were set: `npm run bench -- --no-lighthouse --write-budgets` measured each
 * page and an empty page of the same Next.js version, and wrote measured + 10 % (rounded up
 * to 256 B), with content pages' JS capped at the empty page's JS + 10 KB (lib/budget/budgets.ts).
 * Rerun it only on purpose, and say in the commit why the pages got heavier.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { BudgetsSchema, JS_OVER_BASELINE, overruns } from "../../lib/budget/budgets";
import { assetsInHtml, BENCH_PAGES, weighPage } from "../../lib/budget/page-weight";
import { fileForPathname } from "../../lib/server/static";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");
const budgets = BudgetsSchema.parse(JSON.parse(readFileSync(new URL("./budgets.json", import.meta.url), "utf8")));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "what a page loads does not depend on the viewport");
});

test("budgets.json covers the measured pages and keeps content pages within the empty page + 10 KB of JS", () => {
  expect(Object.keys(budgets.pages).sort()).toEqual([...BENCH_PAGES].sort());
  for (const page of budgets.contentPages) {
    expect(budgets.pages[page]?.js, page).toBeLessThanOrEqual(budgets.baseline.js + JS_OVER_BASELINE);
  }
});

for (const page of BENCH_PAGES) {
  test(`${page} loads no more than its budget of gzipped HTML, CSS and JS`, async ({ page: browserPage, baseURL }, testInfo) => {
    const weight = await weighPage(browserPage, baseURL!, outDir, page);
    await testInfo.attach("resources.json", { body: JSON.stringify(weight, null, 2), contentType: "application/json" });
    expect(weight.totals.html.files, "one HTML document").toBe(1);
    expect(weight.totals.js.files, "some JS (the measurement saw the scripts)").toBeGreaterThan(0);
    // Cross-check the browser's list against the markup: nothing the HTML asks for was missed.
    const html = readFileSync(fileForPathname(outDir, new URL(page, baseURL).pathname)!, "utf8");
    const loaded = new Set(weight.resources.map((resource) => resource.path));
    const { js, css } = assetsInHtml(html);
    expect([...js, ...css].filter((src) => !loaded.has(new URL(src, baseURL).pathname))).toEqual([]);
    expect(overruns([weight], budgets)).toEqual([]);
  });
}
