/**
 * The site header and its text size control (文字サイズ): the current size is shown, 小 and 大 are
 * unavailable at the ends, 標準に戻す returns, nothing moves under the pointer, the Tab order is the
 * order the eye reads, and at the largest size a phone's header stays compact.
 */
import { expect, test, type Page } from "@playwright/test";
import { open, openWithPrefs } from "./support/classroom";

const header = (page: Page) => page.locator("body > header");
const larger = (page: Page) => page.getByRole("button", { name: "文字を大きくする" });
const smaller = (page: Page) => page.getByRole("button", { name: "文字を小さくする" });
const reset = (page: Page) => page.getByRole("button", { name: "標準に戻す" });
const control = (page: Page) => page.getByRole("group", { name: "文字サイズ" });
const textSize = (page: Page) => page.evaluate(() => document.documentElement.getAttribute("data-text-size"));

test("the control shows the current size; 小 is unavailable at 標準, 大 at 最大; 標準に戻す returns to 標準", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same control at every width");
  await open(page, "/directions/1/goals/1/actions/1/");
  await expect(control(page)).toContainText("文字サイズ：標準", { useInnerText: true });
  await expect(smaller(page)).toBeDisabled();
  await expect(reset(page)).toBeDisabled();
  await expect(larger(page)).toBeEnabled();

  await larger(page).click();
  await expect(control(page)).toContainText("文字サイズ：大", { useInnerText: true });
  await expect(smaller(page)).toBeEnabled();
  await expect(reset(page)).toBeEnabled();
  await larger(page).click();
  await larger(page).click();
  await expect(control(page)).toContainText("文字サイズ：最大", { useInnerText: true });
  await expect(larger(page)).toBeDisabled();

  // A remembered size is shown from the start on the next page.
  await open(page, "/directions/2/");
  await expect(control(page)).toContainText("文字サイズ：最大", { useInnerText: true });
  await expect(larger(page)).toBeDisabled();

  await reset(page).click();
  expect(await textSize(page)).toBeNull();
  await expect(control(page)).toContainText("文字サイズ：標準", { useInnerText: true });
  await expect(smaller(page)).toBeDisabled();
});

test("three clicks on 大 at the same spot give three steps up: the buttons do not move as the text grows", async ({ page }) => {
  await open(page, "/directions/1/goals/1/actions/1/");
  const box = (await larger(page).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  for (const expected of ["1", "2", "3"]) {
    await page.mouse.click(x, y);
    await expect.poll(() => textSize(page)).toBe(expected);
    expect(await larger(page).boundingBox()).toEqual(box);
  }
  // A fourth click at the end changes nothing.
  await page.mouse.click(x, y);
  await expect(larger(page)).toBeDisabled();
  expect(await textSize(page)).toBe("3");
  // And back down from the same spot on 小.
  const down = (await smaller(page).boundingBox())!;
  for (const expected of ["2", "1", null]) {
    await page.mouse.click(down.x + down.width / 2, down.y + down.height / 2);
    await expect.poll(() => textSize(page)).toBe(expected);
  }
});

test("the header's Tab order follows what the eye sees: left to right, line by line", async ({ page }) => {
  await open(page, "/directions/1/goals/1/actions/1/");
  const stops: { name: string; x: number; y: number; height: number }[] = [];
  await page.locator("body").focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest("body > header")) return null;
      const box = el.getBoundingClientRect();
      const name = el.getAttribute("aria-label") ?? (el instanceof HTMLInputElement ? `input ${el.name}` : el.textContent?.trim() ?? "");
      return { name, x: box.x, y: box.y, height: box.height };
    });
    if (stop) stops.push(stop);
    else if (stops.length > 0) break;
  }
  expect(stops.map((s) => s.name)).toEqual([
    "IMAGINE KANAZAWA 2030金沢SDGs行動計画",
    "文字を小さくする",
    "文字を大きくする",
    "標準に戻す",
    "input q",
    "検索",
    "★マイリスト0件",
  ]);
  // Each stop is to the right of the one before on the same line, or on a line further down.
  for (let i = 1; i < stops.length; i++) {
    const [before, after] = [stops[i - 1]!, stops[i]!];
    const sameLine = after.y < before.y + before.height && before.y < after.y + after.height;
    expect(sameLine ? after.x > before.x : after.y >= before.y + before.height, `${before.name} → ${after.name}`).toBe(true);
  }
});

test.describe("at the largest text size", () => {
  test("a phone's header stays compact and shows the search box's whole example text", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a phone's width (390px)");
    for (const path of ["/", "/directions/1/goals/1/actions/1/"]) {
      await open(page, path);
      const normal = (await header(page).boundingBox())!.height;
      await openWithPrefs(page, path, { textSize: "3" });
      await expect(control(page)).toContainText("文字サイズ：最大", { useInnerText: true });
      const largest = (await header(page).boundingBox())!.height;
      expect(largest, path).toBeLessThanOrEqual(normal + 1);
      expect(largest, path).toBeLessThanOrEqual(150);
      // The example text fits the box: measured in the box's own font.
      const fits = await page.locator("[data-site-search]").evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const probe = document.createElement("span");
        probe.textContent = input.placeholder;
        // Longhands: the computed `font` shorthand can be empty.
        for (const property of ["fontFamily", "fontSize", "fontWeight", "fontStyle", "letterSpacing", "fontFeatureSettings"] as const) {
          probe.style[property] = style[property];
        }
        probe.style.whiteSpace = "pre";
        probe.style.position = "absolute";
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return { width, room };
      });
      expect(fits.width, `placeholder on ${path}`).toBeLessThanOrEqual(fits.room);
      // The page's own text did grow.
      expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(16 * 1.4);
    }
  });
});
