/**
 * Class view (授業モード): a teacher projects the plan one action at a time and
 * moves through it with a mouse, the keyboard or a presentation clicker
 * (which sends PageDown/PageUp, sometimes ← → or Space).
 */
import { expect, test, type Page } from "@playwright/test";
import {
  actionPaths,
  classToolbar,
  colours,
  contrast,
  decodeQr,
  expectNoAxeViolations,
  fullyVisible,
  initiatives,
  itemsOn,
  longestAction,
  longestPath,
  moreBar,
  open,
  openWithPrefs,
  plan,
  publicUrl,
  siteChrome,
} from "./support/classroom";
import { classSlides } from "../../lib/content/sequence";

/** Every screen of class view in order: each direction's and goal's title screen before its actions. */
const slidePaths = classSlides(plan).map((slide) => slide.path);

const projectors = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const classViewButton = (page: Page) => page.getByRole("button", { name: "授業モード（大きく表示）" });

async function expectClassView(page: Page) {
  const chrome = siteChrome(page);
  await expect(classToolbar(page)).toBeVisible();
  await expect(chrome.header).toBeHidden();
  await expect(chrome.footer).toBeHidden();
  await expect(chrome.breadcrumbs).toBeHidden();
  await expect(classViewButton(page)).toBeHidden();
}

async function expectNormalView(page: Page) {
  const chrome = siteChrome(page);
  await expect(classToolbar(page)).toBeHidden();
  await expect(chrome.header).toBeVisible();
  await expect(chrome.breadcrumbs).toBeVisible();
  await expect(classViewButton(page)).toHaveAttribute("aria-pressed", "false");
}

/** Lets scroll and resize handlers run (they fire before the next frame is drawn). */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Presses a key until the address changes, at most `limit` times; returns how many presses it took. */
async function pressUntilNavigated(page: Page, key: string, limit = 12): Promise<number> {
  const start = page.url();
  const scrollY = () => page.evaluate(() => window.scrollY);
  for (let presses = 1; presses <= limit; presses++) {
    const y = await scrollY();
    await page.keyboard.press(key);
    // Each press either scrolls this screen or moves to the next one (without a reload): wait for whichever it did.
    await expect.poll(async () => page.url() !== start || (await scrollY()) !== y, { message: `${key} did nothing` }).toBe(true);
    if (page.url() !== start) return presses;
  }
  throw new Error(`${key} did not leave ${start} after ${limit} presses`);
}

test.describe("switching class view on and off", () => {
  for (const path of ["/directions/1/", "/directions/1/goals/1/", "/directions/1/goals/1/actions/1/"]) {
    test(`the button on ${path} turns it on, it is remembered on the next page, and Esc leaves`, async ({ page }) => {
      await open(page, path);
      await expectNormalView(page);
      await classViewButton(page).click();
      await expectClassView(page);

      await open(page, "/directions/2/goals/1/actions/1/");
      await expectClassView(page);

      await page.keyboard.press("Escape");
      await expectNormalView(page);
      await page.reload();
      await expectNormalView(page);
    });
  }

  test("the exit button leaves class view with the mouse", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    await expectClassView(page);
    await page.getByRole("button", { name: "授業モードを終わる（Esc）" }).click();
    await expectNormalView(page);
  });

  test("a remembered class view does not change pages that have no class layout", async ({ page }) => {
    await open(page, "/");
    const normal = await page.locator("main").boundingBox();
    await openWithPrefs(page, "/", { classView: "on" });
    expect(await page.locator("main").boundingBox()).toEqual(normal);
    await expect(siteChrome(page).header).toBeVisible();
  });
});

test.describe("projector layout", () => {
  for (const viewport of projectors) {
    test.describe(`${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });
      test.beforeEach(({}, testInfo) => {
        test.skip(testInfo.project.name !== "desktop", "projector sizes run once, in the desktop project");
      });

      test("body text is at least 32px, strongly contrasted, with no site chrome and one action", async ({ page }) => {
        await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
        await expectClassView(page);
        await expect(page.locator("h1")).toHaveCount(1);
        await expect(page.locator("main [data-initiatives]")).toHaveCount(1);
        for (const text of [initiatives(page).first().locator("[data-text]"), page.locator("h1")]) {
          const size = Number.parseFloat(await text.evaluate((el) => getComputedStyle(el).fontSize));
          expect(size).toBeGreaterThanOrEqual(32);
          const { fg, bg } = await colours(text);
          expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
        }
      });

      test(`the longest action (${longestPath}) fits or says more follows, and PageDown shows the rest before moving on`, async ({ page }) => {
        expect(longestAction.action.initiatives.length).toBe(10);
        await openWithPrefs(page, longestPath, { classView: "on" });
        const items = initiatives(page);
        await expect(items).toHaveCount(10);
        const seen = new Set<number>();
        const next = actionPaths[actionPaths.indexOf(longestPath) + 1]!;
        for (let screen = 1; ; screen++) {
          expect(screen, "screens needed for one action").toBeLessThanOrEqual(4);
          for (let i = 0; i < 10; i++) if (await fullyVisible(items.nth(i))) seen.add(i);
          const lastCut = await items.last().evaluate((el) => el.getBoundingClientRect().bottom > window.innerHeight);
          if (lastCut) await expect(moreBar(page)).toBeVisible();
          if (await moreBar(page).isHidden()) break;
          // More follows: PageDown scrolls within this action.
          const y = await page.evaluate(() => window.scrollY);
          await page.keyboard.press("PageDown");
          await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
          await settle(page);
          expect(new URL(page.url()).pathname).toBe(longestPath);
        }
        // Every initiative was shown whole on some screen, none split across two.
        expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        // Nothing more: the next PageDown moves on.
        await page.keyboard.press("PageDown");
        await page.waitForURL(`**${next}`);
      });

      test("Space also scrolls through the longest action, then PageUp scrolls back and leaves for the previous one", async ({ page }) => {
        await openWithPrefs(page, longestPath, { classView: "on" });
        const scrolls = (await pressUntilNavigated(page, "Space")) - 1;
        expect(new URL(page.url()).pathname).toBe(actionPaths[actionPaths.indexOf(longestPath) + 1]);
        await open(page, longestPath);
        for (let i = 0; i < scrolls; i++) await page.keyboard.press("PageDown");
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        expect(await pressUntilNavigated(page, "PageUp")).toBeGreaterThan(1);
        expect(new URL(page.url()).pathname).toBe(actionPaths[actionPaths.indexOf(longestPath) - 1]);
      });

      test("a short action fits on one screen: no 'more' bar, and the first PageDown moves on", async ({ page }) => {
        const path = "/directions/1/goals/1/actions/1/";
        await openWithPrefs(page, path, { classView: "on" });
        const items = initiatives(page);
        // Three short items: they fit beside and under the QR code at projector sizes.
        expect(itemsOn(path)).toHaveLength(3);
        await expect(items).toHaveCount(3);
        const visible = await Promise.all([0, 1, 2].map((i) => fullyVisible(items.nth(i))));
        expect(visible).toEqual([true, true, true]);
        await expect(moreBar(page)).toBeHidden();
        expect(await pressUntilNavigated(page, "PageDown")).toBe(1);
      });

      test("the QR code is large enough to scan from the room and decodes to the page's absolute URL", async ({ page }) => {
        const path = "/directions/1/goals/1/actions/1/";
        await openWithPrefs(page, path, { classView: "on" });
        const qr = page.locator(".qr-code__image");
        await expect(qr).toBeVisible();
        expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(150);
        expect(await decodeQr(qr)).toBe(publicUrl(path));
        await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", publicUrl(path));
        // The short URL under the code reads as the URL without its scheme.
        const caption = page.locator(".qr-code__url");
        expect(await caption.innerText()).toBe(publicUrl(path).replace(/^https?:\/\//u, ""));
        // Students copy it by hand: a line may end after / . or - but never inside a word or number.
        const lineEnds = await caption.evaluate((el) => {
          const chars: { char: string; top: number }[] = [];
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              chars.push({ char: node.textContent![i]!, top: Math.round(range.getBoundingClientRect().top) });
            }
          }
          return chars.filter((c, i) => i + 1 < chars.length && chars[i + 1]!.top > c.top).map((c) => c.char);
        });
        expect(lineEnds.length).toBeGreaterThan(0);
        for (const end of lineEnds) expect("/.-").toContain(end);
      });
    });
  }
});

test.describe("moving between actions", () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "runs once, in the desktop project");
  });

  test("PageDown crosses from the last action of 方向性1 to 方向性2's title, its 具体目標1, then its first action, and PageUp comes back", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/4/actions/4/", { classView: "on" });
    for (const expected of ["/directions/2/", "/directions/2/goals/1/", "/directions/2/goals/1/actions/1/"]) {
      await pressUntilNavigated(page, "PageDown");
      expect(new URL(page.url()).pathname).toBe(expected);
      await expectClassView(page);
    }
    for (const expected of ["/directions/2/goals/1/", "/directions/2/", "/directions/1/goals/4/actions/4/"]) {
      await pressUntilNavigated(page, "PageUp");
      expect(new URL(page.url()).pathname).toBe(expected);
    }
  });

  test("→ walks every screen of the plan in order, each direction's and goal's title before its actions, and ← walks back", async ({ page }) => {
    test.setTimeout(120_000);
    expect(slidePaths).toHaveLength(plan.counts.sections + plan.counts.goals + plan.counts.actions);
    await openWithPrefs(page, slidePaths[0]!, { classView: "on" });
    for (const expected of slidePaths.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await page.waitForURL(`**${expected}`);
    }
    // The last screen has no next: → stays put.
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(slidePaths.at(-1));
    for (const expected of slidePaths.slice(0, -1).reverse().slice(0, 5)) {
      await page.keyboard.press("ArrowLeft");
      await page.waitForURL(`**${expected}`);
    }
  });

  test("the toolbar's links move with the mouse, and the position is shown", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/4/", { classView: "on" });
    const index = actionPaths.indexOf("/directions/1/goals/1/actions/4/");
    await expect(classToolbar(page)).toContainText(`行動 ${index + 1} / ${actionPaths.length}`);
    // After the goal's last action comes the next goal's title screen.
    const next = slidePaths[slidePaths.indexOf(actionPaths[index]!) + 1]!;
    expect(next).toBe("/directions/1/goals/2/");
    await classToolbar(page).getByRole("link", { name: "次：方向性1 · 具体目標2" }).click();
    await page.waitForURL(`**${next}`);
    await classToolbar(page).getByRole("link", { name: "前：方向性1 · 具体目標1 · 行動④" }).click();
    await page.waitForURL(`**${actionPaths[index]}`);
    await expectClassView(page);
  });

  test("after turning class view on with the mouse, the clicker's Space does not turn it off again", async ({ page }) => {
    await open(page, longestPath);
    await classViewButton(page).click();
    await expectClassView(page);
    await page.keyboard.press("Space");
    await expectClassView(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("after pressing ふりがな with the mouse, the clicker's Space pages on instead of pressing it again", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    const furigana = classToolbar(page).getByRole("button", { name: "ふりがな" });
    await furigana.click();
    await expect(furigana).toHaveAttribute("aria-pressed", "true");
    await pressUntilNavigated(page, "Space");
    expect(new URL(page.url()).pathname).toBe("/directions/1/goals/1/actions/2/");
    await expect(classToolbar(page).getByRole("button", { name: "ふりがな" })).toHaveAttribute("aria-pressed", "true");
  });

  test("a keyboard user can Tab to a toolbar button and press it with Space or Enter", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    const furigana = classToolbar(page).getByRole("button", { name: "ふりがな" });
    await furigana.focus();
    await page.keyboard.press("Space");
    await expect(furigana).toHaveAttribute("aria-pressed", "true");
    expect(new URL(page.url()).pathname).toBe("/directions/1/goals/1/actions/1/");
    await page.keyboard.press("Enter");
    await expect(furigana).toHaveAttribute("aria-pressed", "false");
    const exit = classToolbar(page).getByRole("button", { name: "授業モードを終わる（Esc）" });
    await exit.focus();
    await page.keyboard.press("Space");
    await expectNormalView(page);
  });

  test("the fullscreen button enters and leaves fullscreen", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    const fullscreen = classToolbar(page).getByRole("button", { name: "全画面" });
    await fullscreen.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await fullscreen.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test("direction and goal pages are title screens: → opens the first goal, then the goal's first action", async ({ page }) => {
    await openWithPrefs(page, "/directions/2/", { classView: "on" });
    await expectClassView(page);
    await expect(page.locator("main [data-initiatives]").first()).toBeHidden();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL("**/directions/2/goals/1/");
    await expect(page.locator("main [data-initiatives]").first()).toBeHidden();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL("**/directions/2/goals/1/actions/1/");
    await open(page, "/directions/2/goals/2/");
    await expectClassView(page);
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(`**${actionPaths[actionPaths.indexOf("/directions/2/goals/2/actions/1/") - 1]}`);
  });

  test("axe finds nothing in class view", async ({ page }) => {
    await openWithPrefs(page, longestPath, { classView: "on" });
    await expectNoAxeViolations(page);
    await open(page, "/directions/1/goals/1/");
    await expectNoAxeViolations(page);
  });
});

test.describe("class view on a phone (390×844)", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "phone size runs in the phone project");
  });

  test("the action reads in one column: no sideways scrolling and the title uses the screen's width", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/1/actions/1/", { classView: "on" });
    await expectClassView(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.locator("h1").boundingBox())!.width).toBeGreaterThan(390 * 0.75);
    expect((await initiatives(page).first().boundingBox())!.width).toBeGreaterThan(390 * 0.75);
  });
});

test.describe("main examples only, projected", () => {
  test("with only ● items shown, the class view says so too", async ({ page }) => {
    await openWithPrefs(page, longestPath, { classView: "on", featuredOnly: "on" });
    await expectClassView(page);
    await expect(page.locator('main [data-featured="false"]').first()).toBeHidden();
    await expect(classToolbar(page).getByText("主な取組例（●）だけを表示しています")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(classToolbar(page)).toBeHidden();
  });
});
