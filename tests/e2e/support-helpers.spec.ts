/**
 * The shared browser-test helpers can fail: each is shown a case where the answer must be "no".
 * A helper that always says yes would make every test built on it pass for nothing.
 */
import { expect, test } from "@playwright/test";
import { fullyVisible, initiatives, itemsOn, openWithPrefs } from "./support/classroom";
import { control } from "./support/tour";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the helpers do not depend on the screen");
});

test("fullyVisible says no for a hidden item, an item off screen and an item under the 'more' bar", async ({ page }) => {
  const path = "/directions/1/goals/2/actions/1/";
  const listed = itemsOn(path);
  expect(listed.map((item) => item.featured)).toEqual([true, true, true, false, false, false, false, false]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWithPrefs(page, path, { classView: "on", featuredOnly: "on" });
  const items = initiatives(page);
  await expect(items).toHaveCount(8);
  // A ・ item is display:none here: its empty box sits at 0,0, on screen.
  await expect(items.nth(3)).toBeHidden();
  expect(await fullyVisible(items.nth(3))).toBe(false);
  expect(await fullyVisible(items.nth(0))).toBe(true);

  await page.evaluate(() => localStorage.clear());
  await page.setViewportSize({ width: 1280, height: 360 });
  await openWithPrefs(page, path, { classView: "on" });
  await expect(items.nth(3)).toBeVisible();
  await expect(page.locator("[data-class-more]")).toBeVisible();
  // With a short screen the last item is below the bar, or off screen.
  expect(await fullyVisible(items.last())).toBe(false);
});

test("a tour's control() fails on a page that lacks the control instead of skipping it", async ({ page }) => {
  await page.goto("/");
  await expect(control(page, '[data-pref-toggle="furigana"]', { timeout: 1000 })).rejects.toThrow(/a visible \[data-pref-toggle="furigana"\]/);
  await expect(control(page, '[data-text-step="1"]', { timeout: 1000 })).resolves.toBeTruthy();
});
