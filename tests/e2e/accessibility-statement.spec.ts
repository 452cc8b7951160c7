/**
 * The accessibility statement (/accessibility/) and the report behind it: the committed
 * report must cover every page of the built site, and the page must state its figures.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { loadReport, REPORT_COMMAND, sitePages, summarize, uncovered } from "../../lib/a11y/report";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");
const report = loadReport(path.join(repoRoot, "lib", "a11y", "report.json"));

test("the committed accessibility report covers every page of the site", ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "reads files, not pages");
  const pages = sitePages(outDir);
  expect(pages.length).toBeGreaterThan(90);
  const missing = uncovered(report, pages);
  expect(
    missing,
    `lib/a11y/report.json has no test results for ${missing.length} page(s) of the site. ` +
      `Run \`${REPORT_COMMAND}\` (it builds the site, tests every page and rewrites the file) and commit lib/a11y/report.json.`,
  ).toEqual([]);
});

test("/accessibility/ states the policy and the figures of the report, and every page links to it", async ({ page }) => {
  const summary = summarize(report);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "ウェブアクセシビリティ方針" }).click();
  await expect(page).toHaveURL("/accessibility/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ウェブアクセシビリティ方針");
  const main = page.getByRole("main");
  await expect(main).toContainText("JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします");
  const [y, m, d] = report.date.split("-").map(Number);
  await expect(main.locator(`time[datetime="${report.date}"]`)).toHaveText(`${y}年${m}月${d}日`);
  await expect(main).toContainText(`すべてのページ（${summary.pages}ページ）`);
  await expect(main).toContainText(`${summary.pages}ページ、${summary.runs}回の検査で、違反は${summary.violations}件でした`);
  await expect(main).toContainText(`axe-core`);
  await expect(main).toContainText(report.tools["axe-core"]!);
  for (const heading of ["目標とする適合レベル", "対象範囲", "試験の方法", "試験結果", "わかっている制限", "お問い合わせ"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await main.getByText("キーボードとスクリーンリーダーの確認の一覧と結果").click();
  await expect(main.getByRole("table").last().locator("tbody tr")).toHaveCount(report.checks.tests.length);
});
