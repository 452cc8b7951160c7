/**
 * Class view on a phone (390×844): a student follows the lesson on their own screen, or a teacher
 * steps through from a phone. The toolbar must fit the narrow screen and work by touch.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { actionPaths, classToolbar, open, openWithPrefs, siteChrome } from "./support/classroom";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone size runs in the phone project");
});

/** Every visible control of the toolbar, each checked to lie wholly on the screen and to be big enough to tap. */
async function expectTappable(page: Page, controls: Locator, count: number) {
  await expect(controls).toHaveCount(count);
  const width = page.viewportSize()!.width;
  for (const control of await controls.all()) {
    const box = (await control.boundingBox())!;
    const name = (await control.innerText()).trim();
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(width);
    // WCAG 2.2 target size (minimum): 24 × 24 CSS pixels.
    expect(box.height, name).toBeGreaterThanOrEqual(24);
    expect(box.width, name).toBeGreaterThanOrEqual(24);
  }
}

const visibleControls = (page: Page) => classToolbar(page).locator("a, button").filter({ visible: true });

test("the toolbar fits the screen and its links step through the actions by touch", async ({ page }) => {
  const path = "/directions/1/goals/1/actions/2/";
  const index = actionPaths.indexOf(path);
  expect(index).toBe(1);
  await openWithPrefs(page, path, { classView: "on" });
  await expect(classToolbar(page)).toBeVisible();
  await expect(siteChrome(page).header).toBeHidden();
  // ← 前, 次 →, ふりがな, 全画面, 授業モードを終わる
  await expectTappable(page, visibleControls(page), 5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(classToolbar(page)).toContainText(`行動 ${index + 1} / ${actionPaths.length}`);

  await classToolbar(page).getByRole("link", { name: /^次：/ }).tap();
  await page.waitForURL(`**${actionPaths[index + 1]}`);
  await expect(classToolbar(page)).toBeVisible();
  await expect(classToolbar(page)).toContainText(`行動 ${index + 2} / ${actionPaths.length}`);

  await classToolbar(page).getByRole("link", { name: /^前：/ }).tap();
  await page.waitForURL(`**${path}`);
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });

  const furigana = classToolbar(page).getByRole("button", { name: "ふりがな" });
  await furigana.tap();
  await expect(furigana).toHaveAttribute("aria-pressed", "true");
  // The first reading on screen (the print masthead, hidden on screen, holds the title path too).
  await expect(page.locator("main rt").filter({ visible: true }).first()).toBeVisible();

  await classToolbar(page).getByRole("button", { name: "授業モードを終わる（Esc）" }).tap();
  await expect(classToolbar(page)).toBeHidden();
  await expect(siteChrome(page).header).toBeVisible();
});

test("on the first screen the toolbar offers only the way forward, and a direction leads through its goal's title into its first action", async ({ page }) => {
  // The plan's first screen in class view is 方向性1's title: 次 →, ふりがな, 全画面, 授業モードを終わる.
  await openWithPrefs(page, "/directions/1/", { classView: "on" });
  await expectTappable(page, visibleControls(page), 4);
  await expect(classToolbar(page).getByRole("link", { name: /^前：/ })).toHaveCount(0);

  await open(page, "/directions/2/");
  await expect(classToolbar(page)).toBeVisible();
  await classToolbar(page).getByRole("link", { name: /^次：/ }).tap();
  await page.waitForURL("**/directions/2/goals/1/");
  await classToolbar(page).getByRole("link", { name: /^次：/ }).tap();
  await page.waitForURL("**/directions/2/goals/1/actions/1/");
  await expect(classToolbar(page)).toBeVisible();
});
