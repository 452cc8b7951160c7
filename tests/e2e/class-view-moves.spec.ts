/**
 * Class view (授業モード) as a teacher uses it at the projector for an hour: moving between screens
 * keeps full screen and every reading setting (no document reload), Back and Forward work, paging
 * back mirrors paging forward, a new direction or goal opens with its title screen, the toolbar
 * stays and the QR code is never cut, long actions fit, and ● and ・ read from the back of the room.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { actionPaths, classToolbar, initiatives, longestPath, moreBar, openWithPrefs } from "./support/classroom";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "projector sizes run once, in the desktop project");
});
test.use({ viewport: { width: 1280, height: 720 } });

const fullscreenButton = (page: Page) => classToolbar(page).getByRole("button", { name: "全画面" });
const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);
/** A mark left on the window: it survives a move without a reload, and is gone after one. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => "__sameDocument" in window);
const path = (page: Page) => new URL(page.url()).pathname;

/** The content on screen is the page at `expected` (its breadcrumb trail, hidden in class view, ends there). */
const expectScreen = (page: Page, expected: string) =>
  expect(page.locator('nav[aria-label="パンくずリスト"] a[aria-current="page"]')).toHaveAttribute("href", expected);

/** Whether an element is whole on screen: below the sticky toolbar and above the bottom edge (or the "more" bar). */
async function wholeOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.querySelector("[data-class-toolbar]")!.getBoundingClientRect().bottom;
    const bar = document.querySelector<HTMLElement>("[data-class-more]");
    const bottom = bar && !bar.hidden ? bar.getBoundingClientRect().top : window.innerHeight;
    return box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
  });
}

test("→ keeps full screen on: the next screen opens in the same document, the address changes, Back and Forward work", async ({ page }) => {
  await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on", furigana: "on", textSize: "2", featuredOnly: "on" });
  await expect(fullscreenButton(page)).toHaveAttribute("aria-pressed", "false");
  await fullscreenButton(page).click();
  await expect.poll(() => isFullscreen(page)).toBe(true);
  await expect(fullscreenButton(page)).toHaveAttribute("aria-pressed", "true");
  await markDocument(page);

  for (const expected of actionPaths.slice(1, 3)) {
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(`**${expected}`);
    await expectScreen(page, expected);
    expect(await isFullscreen(page)).toBe(true);
    // The new screen's own button says so too.
    await expect(fullscreenButton(page)).toHaveAttribute("aria-pressed", "true");
  }
  expect(await sameDocument(page)).toBe(true);
  // Furigana, text size and "main examples only" are as they were, shown on the new screen.
  expect(await page.evaluate(() => ["data-furigana", "data-text-size", "data-featured-only"].map((a) => document.documentElement.getAttribute(a)))).toEqual(["on", "2", "on"]);
  await expect(page.locator("main [data-initiatives] rt").first()).toBeVisible();
  await expect(classToolbar(page).getByRole("button", { name: "ふりがな" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('main [data-featured="false"]').first()).toBeHidden();

  await page.goBack();
  await page.waitForURL(`**${actionPaths[1]}`);
  await expectScreen(page, actionPaths[1]!);
  await page.goForward();
  await page.waitForURL(`**${actionPaths[2]}`);
  await expectScreen(page, actionPaths[2]!);
  expect(await isFullscreen(page)).toBe(true);
  expect(await sameDocument(page)).toBe(true);

  // The button toggles: full screen off, and the button says so.
  await fullscreenButton(page).click();
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(fullscreenButton(page)).toHaveAttribute("aria-pressed", "false");
});

test("a click on the toolbar's 次 → also moves without a reload, and the neighbours are fetched ahead", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await openWithPrefs(page, "/directions/1/goals/1/actions/2/", { classView: "on" });
  // The screens on either side are on their way before anyone presses a key.
  await expect.poll(() => fetched.filter((p) => p.startsWith("/directions/1/goals/1/actions/3/")).length).toBeGreaterThan(0);
  await expect.poll(() => fetched.filter((p) => p.startsWith("/directions/1/goals/1/actions/1/")).length).toBeGreaterThan(0);
  await markDocument(page);
  await classToolbar(page).getByRole("link", { name: /^次：/ }).click();
  await page.waitForURL("**/directions/1/goals/1/actions/3/");
  expect(await sameDocument(page)).toBe(true);
});

test("PageUp from the top of an action opens the previous action at its end, then pages back up through it", async ({ page }) => {
  const longest = actionPaths.indexOf(longestPath);
  await openWithPrefs(page, actionPaths[longest + 1]!, { classView: "on" });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press("PageUp");
  await page.waitForURL(`**${longestPath}`);
  // The end of the previous action: its last initiative is on screen, nothing more follows, and it is not the top.
  await expect.poll(() => wholeOnScreen(initiatives(page).last())).toBe(true);
  await expect(moreBar(page)).toBeHidden();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await wholeOnScreen(initiatives(page).first())).toBe(false);

  // PageUp now scrolls back through this action before it leaves it, and every item is seen whole on the way.
  const count = await initiatives(page).count();
  const seen = new Set<number>();
  for (let presses = 0; path(page) === longestPath; presses++) {
    expect(presses, "PageUp presses through one action").toBeLessThan(8);
    for (let i = 0; i < count; i++) if (await wholeOnScreen(initiatives(page).nth(i))) seen.add(i);
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("PageUp");
    await expect.poll(async () => path(page) !== longestPath || (await page.evaluate(() => window.scrollY)) < y).toBe(true);
  }
  expect(seen.size).toBe(count);
  expect(path(page)).toBe(actionPaths[longest - 1]);
});

test("crossing from 3-3-③ into 方向性4 shows the direction's title, then its 具体目標1's, then 4-1-①; ← comes back the same way", async ({ page }) => {
  await openWithPrefs(page, "/directions/3/goals/3/actions/3/", { classView: "on" });
  const forward = ["/directions/4/", "/directions/4/goals/1/", "/directions/4/goals/1/actions/1/"];
  for (const expected of forward) {
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(`**${expected}`);
  }
  await expectScreen(page, "/directions/4/goals/1/actions/1/");
  for (const expected of ["/directions/4/goals/1/", "/directions/4/", "/directions/3/goals/3/actions/3/"]) {
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(`**${expected}`);
  }
});

test("title screens fit the projector: a direction lists its goals, a goal its actions, with nothing to scroll", async ({ page }) => {
  for (const title of ["/directions/1/", "/directions/1/goals/2/", "/directions/2/goals/2/"]) {
    await openWithPrefs(page, title, { classView: "on" });
    await expect(page.locator("h1")).toBeVisible();
    await expect(moreBar(page)).toBeHidden();
    expect(await page.evaluate(() => document.querySelector("[data-class-page]")!.getBoundingClientRect().bottom), title).toBeLessThanOrEqual(720);
  }
  // A direction's screen names its goals, not each goal's actions (those have their own screens).
  await openWithPrefs(page, "/directions/1/", { classView: "on" });
  await expect(page.locator("main [data-goal-block] h2")).toHaveCount(4);
  await expect(page.locator("main [data-action-block]").first()).toBeHidden();
});

test("the toolbar stays at the top while a long action scrolls, and the QR code is whole or not shown, never cut", async ({ page }) => {
  // 3-1-① (8 items): the first PageDown leaves the QR code half under the toolbar. The longest scrolls it right off.
  let cutOnce = false;
  for (const action of ["/directions/3/goals/1/actions/1/", longestPath]) {
    await openWithPrefs(page, action, { classView: "on" });
    const toolbar = classToolbar(page);
    const qr = page.locator("main .qr-slot");
    await expect(qr).toBeVisible();
    let screens = 0;
    while (await moreBar(page).isVisible()) {
      expect(++screens, "screens in one action").toBeLessThanOrEqual(4);
      const y = await page.evaluate(() => window.scrollY);
      await page.keyboard.press("PageDown");
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
      await expect.poll(async () => (await toolbar.boundingBox())!.y).toBe(0);
      await expect(toolbar.getByRole("button", { name: "授業モードを終わる（Esc）" })).toBeInViewport({ ratio: 1 });
      const state = await qr.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const top = document.querySelector("[data-class-toolbar]")!.getBoundingClientRect().bottom;
        return {
          shown: getComputedStyle(el).visibility === "visible" && box.bottom > top && box.top < window.innerHeight,
          whole: box.top >= top - 1 && box.bottom <= window.innerHeight,
          underToolbar: box.top < top && box.bottom > top,
        };
      });
      cutOnce ||= state.underToolbar;
      if (state.shown) expect(state.whole, `${action}: a QR code on screen is whole, caption included`).toBe(true);
    }
    expect(screens, action).toBeGreaterThan(0);
  }
  expect(cutOnce, "some screen scrolled the QR code partly under the toolbar").toBe(true);
});

for (const { action, viewport, items } of [
  { action: "/directions/1/goals/1/actions/4/", viewport: { width: 1280, height: 720 }, items: 5 },
  { action: "/directions/3/goals/2/actions/1/", viewport: { width: 1920, height: 1080 }, items: 4 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test(`${action} (${items} initiatives) fits on one screen with its QR code: no "more" bar`, async ({ page }) => {
      await openWithPrefs(page, action, { classView: "on" });
      await expect(initiatives(page)).toHaveCount(items);
      for (let i = 0; i < items; i++) expect(await wholeOnScreen(initiatives(page).nth(i)), `initiative ${i + 1}`).toBe(true);
      expect(await wholeOnScreen(page.locator("main .qr-slot"))).toBe(true);
      expect(await wholeOnScreen(page.locator("h1"))).toBe(true);
      await expect(moreBar(page)).toBeHidden();
      // Still projector-sized text.
      const size = await initiatives(page).first().locator("[data-text]").evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(32);
    });
  });
}

/** The size of what is drawn inside an element (pixels that differ clearly from its background). */
async function inkSize(locator: Locator): Promise<{ width: number; height: number }> {
  const png = PNG.sync.read(await locator.screenshot());
  const at = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
  };
  const background = at(0, 0);
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (Math.abs(at(x, y) - background) < 80) continue;
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    }
  }
  return maxX < 0 ? { width: 0, height: 0 } : { width: maxX - minX + 1, height: maxY - minY + 1 };
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`● and ・ are both big enough to see from the back of the room, and clearly different (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWithPrefs(page, "/directions/1/goals/1/actions/4/", { classView: "on" });
    const main = await inkSize(page.locator('main [data-featured="true"] [data-marker]').first());
    const other = await inkSize(page.locator('main [data-featured="false"] [data-marker]').first());
    // At 1280×720 the text is 32px: the ・ is a dot of at least a third of that, the ● more than half again as big.
    expect(Math.min(other.width, other.height)).toBeGreaterThanOrEqual(10);
    expect(Math.min(main.width, main.height)).toBeGreaterThanOrEqual(other.width * 1.5);
  });
}

test("without JavaScript the toolbar's neighbours are plain links (class view itself needs a script)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/directions/3/goals/3/actions/3/");
  await expect(page.locator('a[data-class-nav="next"]')).toHaveAttribute("href", "/directions/4/");
  await expect(page.locator('a[data-class-nav="prev"]')).toHaveAttribute("href", "/directions/3/goals/3/actions/2/");
  await context.close();
});
