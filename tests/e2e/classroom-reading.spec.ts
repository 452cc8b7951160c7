/**
 * Reading aids: furigana, text size, "main examples only", and the light and
 * dark colour schemes. Each is remembered across pages where it is a choice.
 */
import { expect, test, type Page } from "@playwright/test";
import { classToolbar, colours, contrast, expectNoAxeViolations, initiatives, itemsOn, open, openWithPrefs } from "./support/classroom";

const furiganaButton = (page: Page) => page.locator("[data-chrome]").getByRole("button", { name: "ふりがな" });
const featuredButton = (page: Page) => page.getByRole("button", { name: "主な取組例（●）だけを表示" });

/** The reading shown over each ruby whose base text is `word`, as a reader sees it. */
async function readingsOf(page: Page, word: string): Promise<string[]> {
  return page.locator("main ruby").evaluateAll(
    (rubies, word) =>
      rubies
        .filter((ruby) => [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("") === word)
        .map((ruby) => ruby.querySelector("rt")!.innerText),
    word,
  );
}

test.describe("furigana (ふりがな)", () => {
  test("off by default; turned on, it shows readings in <ruby> and stays on across pages until turned off", async ({ page }) => {
    await open(page, "/directions/1/goals/1/actions/1/");
    await expect(furiganaButton(page)).toHaveAttribute("aria-pressed", "false");
    const firstReading = page.locator("main [data-initiatives] rt").first();
    await expect(firstReading).toBeHidden();

    await furiganaButton(page).click();
    await expect(furiganaButton(page)).toHaveAttribute("aria-pressed", "true");
    await expect(firstReading).toBeVisible();

    // Follow a link like a reader: the next action, then its goal page.
    await page.locator("a[data-nav=next]").click();
    await page.waitForURL("**/directions/1/goals/1/actions/2/");
    await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
    await expect(furiganaButton(page)).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("main [data-initiatives] rt").first()).toBeVisible();
    await open(page, "/directions/1/goals/1/");
    await expect(page.locator("main h1 rt").first()).toBeVisible();

    await furiganaButton(page).click();
    await expect(page.locator("main h1 rt").first()).toBeHidden();
    await open(page, "/directions/1/goals/1/actions/1/");
    await expect(furiganaButton(page)).toHaveAttribute("aria-pressed", "false");
    await expect(firstReading).toBeHidden();
  });

  const readings: [path: string, word: string, reading: string][] = [
    ["/directions/1/goals/1/actions/1/", "金沢", "かなざわ"],
    ["/directions/1/goals/1/actions/1/", "生業", "なりわい"],
    ["/directions/1/goals/1/actions/1/", "界隈", "かいわい"],
    ["/directions/1/goals/2/actions/1/", "細街路", "さいがいろ"],
    ["/directions/1/goals/1/actions/4/", "町家", "まちや"],
    ["/directions/5/goals/1/actions/3/", "鈴木大拙", "すずきだいせつ"],
    ["/directions/5/goals/1/actions/3/", "西田幾多郎", "にしだきたろう"],
  ];
  for (const [path, word, reading] of readings) {
    test(`${word} reads ${reading} on ${path}`, async ({ page }) => {
      await openWithPrefs(page, path, { furigana: "on" });
      const shown = await readingsOf(page, word);
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set([reading]));
    });
  }

  test("a screen reader reads each word once: the readings are not in the accessibility tree", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { furigana: "on" });
    const item = initiatives(page).first();
    await expect(item.locator("rt").first()).toBeVisible();
    const snapshot = await item.ariaSnapshot();
    expect(snapshot).toContain("金沢");
    expect(snapshot).not.toContain("かなざわ");

    // Chromium's own tree, as a screen reader gets it: no reading anywhere on the page.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // The page's text in reading order, as a screen reader walks the tree.
    const read = (id: string): string => {
      const node = byId.get(id);
      if (!node) return "";
      const own = !node.ignored && node.role?.value === "StaticText" ? String(node.name?.value ?? "") : "";
      return own + (node.childIds ?? []).map(read).join("");
    };
    const spoken = read(nodes[0]!.nodeId);
    expect(spoken).toContain("金沢の生活、生業、界隈性の価値");
    // Chromium puts an exposed <rt> in its ruby node's description, so look there too.
    const described = nodes.filter((n) => !n.ignored).map((n) => String(n.description?.value ?? "")).join("\n");
    for (const reading of ["かなざわ", "なりわい", "かいわい", "せいかつ"]) {
      expect(spoken).not.toContain(reading);
      expect(described).not.toContain(reading);
    }
  });

  test("the class view toolbar has its own ふりがな button, kept in step with the page's", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    const button = classToolbar(page).getByRole("button", { name: "ふりがな" });
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await button.click();
    await expect(page.locator("main [data-initiatives] rt").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(furiganaButton(page)).toHaveAttribute("aria-pressed", "true");
  });

  test("axe finds nothing with furigana on", async ({ page }) => {
    await openWithPrefs(page, "/directions/5/goals/1/actions/3/", { furigana: "on" });
    await expectNoAxeViolations(page);
  });
});

test.describe("text size (文字 小・大)", () => {
  const bodySize = (page: Page) =>
    initiatives(page).first().locator("[data-text]").evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

  test("大 enlarges the text in steps up to a limit, 小 returns to the standard size, and the choice is remembered", async ({ page }) => {
    await open(page, "/directions/1/goals/1/actions/1/");
    const standard = await bodySize(page);
    const larger = page.getByRole("button", { name: "文字を大きくする" });
    const smaller = page.getByRole("button", { name: "文字を小さくする" });
    const status = page.locator("[data-text-size-status]");

    await larger.click();
    await expect.poll(() => bodySize(page)).toBeGreaterThan(standard);
    await expect(status).toHaveText("文字サイズ：大");
    const oneStep = await bodySize(page);

    await open(page, "/directions/2/goals/1/actions/1/");
    expect(await bodySize(page)).toBe(oneStep);

    // Two more steps reach the largest size, where 大 is no longer available.
    await larger.click();
    await larger.click();
    await expect(status).toHaveText("文字サイズ：最大");
    await expect(larger).toBeDisabled();
    expect(await bodySize(page)).toBe(standard * 1.5);

    for (let i = 0; i < 3; i++) await smaller.click();
    await expect(status).toHaveText("文字サイズ：標準");
    await expect(smaller).toBeDisabled();
    expect(await bodySize(page)).toBe(standard);
    await page.reload();
    expect(await bodySize(page)).toBe(standard);
  });

  test("larger text does not push the page sideways", async ({ page }) => {
    await openWithPrefs(page, "/directions/3/goals/1/actions/2/", { textSize: "3" });
    const viewport = page.viewportSize()!;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
});

test.describe("main examples only (主な取組例（●）だけを表示)", () => {
  for (const path of ["/directions/1/", "/directions/1/goals/1/", "/directions/1/goals/1/actions/1/"]) {
    test(`on ${path} it hides the ・ items, says so plainly, and is remembered`, async ({ page }) => {
      await open(page, path);
      const others = page.locator('main [data-featured="false"]');
      const featured = page.locator('main [data-featured="true"]');
      const notice = page.getByText("いまは主な取組例（●）だけを表示しています");
      const listed = itemsOn(path);
      await expect(others).toHaveCount(listed.filter((item) => !item.featured).length);
      await expect(featured).toHaveCount(listed.filter((item) => item.featured).length);
      expect(await others.count()).toBeGreaterThan(0);
      expect(await featured.count()).toBeGreaterThan(0);
      await expect(others.first()).toBeVisible();
      await expect(notice).toBeHidden();

      await featuredButton(page).click();
      await expect(featuredButton(page)).toHaveAttribute("aria-pressed", "true");
      for (const item of await others.all()) await expect(item).toBeHidden();
      for (const item of await featured.all()) await expect(item).toBeVisible();
      await expect(notice).toBeVisible();

      await open(page, "/directions/2/goals/1/actions/1/");
      await expect(page.getByText("いまは主な取組例（●）だけを表示しています")).toBeVisible();
      await expect(page.locator('main [data-featured="false"]').first()).toBeHidden();

      await featuredButton(page).click();
      await expect(page.locator('main [data-featured="false"]').first()).toBeVisible();
      await expect(page.getByText("いまは主な取組例（●）だけを表示しています")).toBeHidden();
    });
  }
});

test.describe("colour schemes", () => {
  const luminanceOf = (css: string) => contrast(css, "rgb(0, 0, 0)");

  test("the page follows the system's light or dark setting, and text keeps its contrast in both", async ({ page }) => {
    await open(page, "/directions/1/goals/1/actions/1/");
    const text = initiatives(page).first().locator("[data-text]");
    const label = page.locator("main header .section-chip").first();

    await page.emulateMedia({ colorScheme: "light" });
    const light = await colours(text);
    expect(luminanceOf(light.bg)).toBeGreaterThan(15);
    expect(contrast(light.fg, light.bg)).toBeGreaterThanOrEqual(7);
    const lightLabel = await colours(label);
    expect(contrast(lightLabel.fg, lightLabel.bg)).toBeGreaterThanOrEqual(4.5);

    // No reload: the page follows the setting as it changes.
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await colours(text);
    expect(luminanceOf(dark.bg)).toBeLessThan(2);
    expect(contrast(dark.fg, dark.bg)).toBeGreaterThanOrEqual(7);
    const darkLabel = await colours(label);
    expect(contrast(darkLabel.fg, darkLabel.bg)).toBeGreaterThanOrEqual(4.5);
  });

  test("class view is black on white in light mode and white on black in dark mode", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    const text = initiatives(page).first().locator("[data-text]");
    await page.emulateMedia({ colorScheme: "light" });
    expect(await colours(text)).toEqual({ fg: "rgb(0, 0, 0)", bg: "rgb(255, 255, 255)" });
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await colours(text)).toEqual({ fg: "rgb(255, 255, 255)", bg: "rgb(0, 0, 0)" });
  });

  test("axe finds nothing in dark mode, on a normal page and in class view", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page, "/directions/1/goals/1/actions/1/");
    await expectNoAxeViolations(page);
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on", furigana: "on" });
    await expectNoAxeViolations(page);
  });
});
