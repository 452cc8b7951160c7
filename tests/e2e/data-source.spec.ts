/**
 * Where the text comes from and on what terms: /data/ states each file's size and the date of the
 * data, the source as the metadata file gives it, and (while the city's terms are not filled in)
 * that the terms are the city's and whom to ask, never a licence of our own. The footer says it too.
 */
import { expect, test } from "@playwright/test";
import { getSourceMeta } from "../../lib/source/meta";
import { open } from "./support/classroom";

const meta = getSourceMeta();

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "text, not layout");
});

test("/data/ states each file's size, which is the size of the file served, and the date of the data", async ({ page, request }) => {
  await open(page, "/data/");
  const facts = page.locator("[data-file-facts]");
  await expect(facts).toHaveCount(3);
  for (const name of ["plan.json", "plan.schema.json", "initiatives.csv"]) {
    const served = (await (await request.get(`/data/${name}`)).body()).length;
    const text = await page.locator(`[data-file-facts="${name}"]`).innerText();
    expect(text, name).toContain(`（${served.toLocaleString("en-US")} バイト）`);
    expect(text, name).toContain(`${(served / 1024).toFixed(1)} KB`);
    expect(text, name).toContain(`原文の取り込み ${meta.copiedOn}`);
  }
});

test("/data/ names the source, and says whose terms apply and whom to ask instead of inventing a licence", async ({ page }) => {
  test.skip(meta.terms !== "", "the city's terms are filled in; they are then shown word for word");
  await open(page, "/data/#terms");
  const facts = page.locator("[data-source-facts]");
  await expect(facts).toContainText("金沢SDGs行動計画（IMAGINE KANAZAWA 2030）");
  await expect(facts).toContainText("金沢市");
  const terms = page.locator("[data-source-terms]");
  await expect(terms).toContainText("計画を作成・公表した金沢市が定めるもの");
  await expect(terms).toContainText("金沢市にお問い合わせください");
  const text = await page.locator("main").innerText();
  for (const invented of ["CC BY", "クリエイティブ・コモンズ", "自由にお使い", "自由に利用"]) expect(text).not.toContain(invented);
});

test("plan.json carries the same source and terms (null where unknown)", async ({ request }) => {
  const data = await (await request.get("/data/plan.json")).json();
  expect(data.source).toEqual({
    title: "金沢SDGs行動計画（IMAGINE KANAZAWA 2030）",
    publisher: "金沢市",
    url: meta.publicationUrl || null,
    version: meta.planVersion || null,
    terms: meta.terms || null,
    termsUrl: meta.termsUrl || null,
    contact: meta.contact || null,
    copiedOn: meta.copiedOn || null,
  });
});

test("every page's footer names the source and links to its terms", async ({ page }) => {
  for (const path of ["/", "/directions/2/goals/1/actions/1/"]) {
    await open(page, path);
    const credit = page.locator("body > footer [data-source-credit]");
    await expect(credit).toContainText("出典：金沢市「金沢SDGs行動計画（IMAGINE KANAZAWA 2030）」");
    await credit.getByRole("link", { name: "出典と利用条件" }).click();
    await page.waitForURL("**/data/#terms");
    await expect(page.locator("#terms")).toBeInViewport();
  }
});
