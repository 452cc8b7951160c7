/**
 * Class view from the keyboard: entering it puts focus on the class toolbar (not on <body>, where
 * the first Tab does nothing useful), and leaving it gives focus back to the button that opened it.
 */
import { expect, test, type Page } from "@playwright/test";
import { classToolbar, open, openWithPrefs } from "./support/classroom";

const classViewButton = (page: Page) => page.getByRole("button", { name: "授業モード（大きく表示）" });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? null);

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "keyboard focus does not depend on the viewport");
});

test("entering class view with the keyboard puts focus on the class toolbar; the first Tab reaches its first control", async ({ page }) => {
  await open(page, "/directions/1/goals/1/actions/2/");
  await classViewButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(classToolbar(page)).toBeVisible();
  await expect(classToolbar(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(classToolbar(page).getByRole("link", { name: /^前：/ })).toBeFocused();
});

test("Esc returns focus to the button that opened class view", async ({ page }) => {
  await open(page, "/directions/1/goals/1/actions/2/");
  await classViewButton(page).focus();
  await page.keyboard.press("Space");
  await expect(classToolbar(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(classToolbar(page)).toBeHidden();
  await expect(classViewButton(page)).toBeFocused();
  // And from there a press opens it again.
  await page.keyboard.press("Enter");
  await expect(classToolbar(page)).toBeFocused();
});

test("after moving to other screens, Esc returns focus to this page's 授業モード button", async ({ page }) => {
  await open(page, "/directions/1/goals/1/actions/1/");
  await classViewButton(page).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowRight");
  await page.waitForURL("**/directions/1/goals/1/actions/2/");
  // The new screen keeps focus in the toolbar, so Tab and the keys go on working.
  await expect(classToolbar(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(classViewButton(page)).toBeFocused();
  expect(await focused(page)).toContain("data-pref-toggle=\"classView\"");
});

test("the exit button returns focus the same way", async ({ page }) => {
  await openWithPrefs(page, "/directions/1/goals/1/actions/1/", {});
  await classViewButton(page).click();
  const exit = classToolbar(page).getByRole("button", { name: "授業モードを終わる（Esc）" });
  await exit.focus();
  await page.keyboard.press("Enter");
  await expect(classViewButton(page)).toBeFocused();
});
