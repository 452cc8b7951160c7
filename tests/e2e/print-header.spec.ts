/**
 * A printed page names the plan and the city, where in the plan it is, its URL and QR code, and
 * the day it was printed (under print emulation; the date is the browser's, not the build's).
 */
import { expect, test, type Page } from "@playwright/test";
import { decodeQr, open, publicUrl } from "./support/classroom";

const masthead = (page: Page) => page.locator("main [data-print-masthead]");

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "paper does not depend on the viewport");
  await page.clock.setFixedTime(new Date("2027-04-01T09:00:00+09:00"));
});

const pages = [
  {
    path: "/directions/1/goals/2/actions/3/",
    trail: "方向性1 自然、歴史、文化に立脚したまちづくりをすすめる › 具体目標2. 歩いてまちの魅力を感じる › 行動③ 乗りたくなる公共交通にする",
  },
  { path: "/directions/1/goals/2/", trail: "方向性1 自然、歴史、文化に立脚したまちづくりをすすめる › 具体目標2. 歩いてまちの魅力を感じる" },
  { path: "/directions/partnership/", trail: "パートナーシップ 方向性1～5をすすめるパートナーシップ" },
  { path: "/actions/", trail: "行動の一覧" },
];

for (const { path, trail } of pages) {
  test(`${path} prints the plan and the city, its place in the plan, its URL and QR code, and the print date`, async ({ page }) => {
    await open(page, path);
    await expect(masthead(page)).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(masthead(page)).toBeVisible();
    const lines = (await masthead(page).innerText()).split("\n").filter((line) => line.trim() !== "");
    expect(lines[0]).toBe("金沢SDGs行動計画（金沢市）");
    expect(lines[1]).toBe(trail);
    expect(lines[2]).toBe(`URL：${publicUrl(path)}`);
    expect(lines[3]).toBe("印刷日：2027年4月1日");
    const qr = page.locator("main .qr-code__image");
    await expect(qr).toHaveCount(1);
    await expect(qr).toBeVisible();
    expect(await decodeQr(qr)).toBe(publicUrl(path));
    // The header sits at the top of the printout, above the page's own title.
    expect((await masthead(page).boundingBox())!.y).toBeLessThan((await page.locator("h1").boundingBox())!.y);
  });
}
