/**
 * Sharing a page: copying the exact link of an action or an initiative,
 * the plain link without JavaScript, and a printed handout with its QR code.
 */
import { expect, test, type Page } from "@playwright/test";
import {
  colours,
  contrast,
  decodeQr,
  initiatives,
  itemsOn,
  longestAction,
  longestPath,
  open,
  openWithPrefs,
  publicUrl,
  siteChrome,
} from "./support/classroom";

const path = "/directions/1/goals/1/actions/1/";

test.describe("copy link", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test("the button beside the action copies the page's absolute URL, says so, and announces it", async ({ page, baseURL }) => {
    await open(page, path);
    await page.evaluate(() => navigator.clipboard.writeText("something else"));
    const button = page.locator("main header [data-copy]");
    await expect(button).toHaveText(/リンクをコピー/);
    await button.click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}${path}`);
    await expect(button.locator("[data-copy-text]")).toHaveText("コピーしました");
    await expect(page.locator("#live-status")).toHaveText("方向性1 · 具体目標1 · 行動①のリンクをコピーしました");
    // The confirmation goes away again, ready for the next copy.
    await expect(button.locator("[data-copy-text]")).toHaveText("リンクをコピー", { timeout: 5000 });
  });

  test("the link beside an initiative copies the URL of that initiative (#i-n), which opens on it", async ({ page, baseURL }) => {
    await open(page, path);
    const item = page.locator("#i-2");
    await item.getByRole("link", { name: "取組例 1-1-1-2 へのリンク" }).click();
    const copied = `${baseURL}${path}#i-2`;
    await expect.poll(() => clipboard(page)).toBe(copied);
    await expect(page.locator("#live-status")).toHaveText("取組例 1-1-1-2 のリンクをコピーしました");

    await open(page, "/");
    await page.goto(copied);
    await expect(page.locator("li:target")).toHaveAttribute("id", "i-2");
    await expect(page.locator("#i-2")).toBeInViewport();
  });
});

test.describe("copy link where the browser refuses the clipboard API", () => {
  // An http:// address on the school network is not a secure context: navigator.clipboard is
  // missing there, or a browser setting refuses it. The page then copies through a hidden text box.
  const refuseClipboardApi = (page: Page) =>
    page.addInitScript(() => {
      const real = navigator.clipboard;
      const readText = real.readText.bind(real);
      Object.defineProperty(Navigator.prototype, "clipboard", {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new DOMException("refused", "NotAllowedError")), readText }),
      });
    });

  test("the link is still copied, and the page says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await refuseClipboardApi(page);
    await open(page, path);
    await expect(page.evaluate(() => navigator.clipboard.writeText("x"))).rejects.toThrow(/refused/);
    const textBoxes = () => page.evaluate(() => document.querySelectorAll("textarea").length);
    const before = await textBoxes();

    const button = page.locator("main header [data-copy]");
    await button.click();
    await expect(button.locator("[data-copy-text]")).toHaveText("コピーしました");
    await expect(page.locator("#live-status")).toHaveText("方向性1 · 具体目標1 · 行動①のリンクをコピーしました");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
    // The helper text box is gone again.
    expect(await textBoxes()).toBe(before);
  });

  test("when copying fails altogether, the page says how to copy the link by hand", async ({ page }) => {
    await refuseClipboardApi(page);
    await page.addInitScript(() => {
      document.execCommand = () => false;
    });
    await open(page, path);
    const button = page.locator("main header [data-copy]");
    await button.click();
    await expect(button.locator("[data-copy-text]")).toHaveText("コピーできませんでした");
    await expect(page.locator("#live-status")).toHaveText("コピーできませんでした。リンクを長押しまたは右クリックしてコピーしてください");
    // The plain link it points to is right beside the button.
    await expect(page.locator("main header").getByRole("link", { name: "方向性1 · 具体目標1 · 行動①へのリンク" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain links are there to copy by hand, and controls that need a script are not shown", async ({ page }) => {
    await page.goto(path);
    const actionLink = page.locator("main header").getByRole("link", { name: "方向性1 · 具体目標1 · 行動①へのリンク" });
    await expect(actionLink).toBeVisible();
    await expect(actionLink).toHaveAttribute("href", path);
    await expect(page.locator("#i-1").getByRole("link", { name: "取組例 1-1-1-1 へのリンク" })).toHaveAttribute("href", `${path}#i-1`);
    // Whatever buttons the page has need a script, and none is shown.
    for (const button of await page.locator("main button").all()) await expect(button).toBeHidden();
    // Everything is listed, with no furigana and no class layout.
    await expect(initiatives(page)).toHaveCount(itemsOn(path).length);
    for (const item of await initiatives(page).all()) await expect(item).toBeVisible();
    await expect(page.locator("main rt").first()).toBeHidden();
    await expect(siteChrome(page).header).toBeVisible();
  });
});

test.describe("print", () => {
  test("an action prints without site chrome or buttons, with all initiatives, its URL and a QR code of it", async ({ page }) => {
    await open(page, longestPath);
    await page.emulateMedia({ media: "print" });
    const chrome = siteChrome(page);
    await expect(chrome.header).toBeHidden();
    await expect(chrome.footer).toBeHidden();
    await expect(chrome.breadcrumbs).toBeHidden();
    const buttons = page.locator("button");
    expect(await buttons.count()).toBeGreaterThanOrEqual(1 + longestAction.action.initiatives.length);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(page.locator("[data-nav]").first()).toBeHidden();

    await expect(initiatives(page)).toHaveCount(longestAction.action.initiatives.length);
    for (const item of await initiatives(page).all()) await expect(item).toBeVisible();

    const qr = page.locator(".qr-code__image");
    await expect(qr).toBeVisible();
    expect(await decodeQr(qr)).toBe(publicUrl(longestPath));
    await expect(page.locator(".print-url")).toBeVisible();
    await expect(page.locator(".print-url")).toHaveText(`URL：${publicUrl(longestPath)}`);
  });

  test("printing from class view gives the same handout, not the projector layout", async ({ page }) => {
    const layout = async () => {
      await page.emulateMedia({ media: "print" });
      const boxes = await Promise.all(
        [page.locator("h1"), initiatives(page).last(), page.locator(".qr-code__image"), page.locator(".legend")].map(
          (part) => part.boundingBox(),
        ),
      );
      await page.emulateMedia({ media: "screen" });
      return boxes;
    };
    await open(page, longestPath);
    const handout = await layout();
    expect(handout.every(Boolean)).toBe(true);

    await openWithPrefs(page, longestPath, { classView: "on" });
    await expect(page.getByRole("navigation", { name: "授業モードの操作" })).toBeVisible();
    expect(await layout()).toEqual(handout);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "授業モードの操作" })).toBeHidden();
    await expect(page.locator("[data-class-more]")).toBeHidden();
  });

  test("a direction page prints every initiative without chrome or buttons", async ({ page }) => {
    await open(page, "/directions/1/");
    await page.emulateMedia({ media: "print" });
    await expect(siteChrome(page).header).toBeHidden();
    const items = page.locator("main [data-initiatives] > li");
    await expect(items).toHaveCount(itemsOn("/directions/1/").length);
    // Text size, the three page tools and the class toolbar's three, at least.
    const buttons = page.locator("button");
    expect(await buttons.count()).toBeGreaterThanOrEqual(2 + 3 + 3);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    for (const item of await items.all()) await expect(item).toBeVisible();
  });

  test("a handout printed with only the main examples shown says so on paper", async ({ page }) => {
    await openWithPrefs(page, "/directions/1/goals/2/actions/1/", { featuredOnly: "on" });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText("この印刷は主な取組例（●）だけを表示した状態です。")).toBeVisible();
    await expect(page.locator('main [data-featured="false"]').first()).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => localStorage.clear());
    await open(page, "/directions/1/goals/2/actions/1/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText("この印刷は主な取組例（●）だけを表示した状態です。")).toBeHidden();
  });

  for (const classView of [false, true]) {
    test(`a reader whose system is in dark mode still prints dark text on white paper${classView ? ", from class view too" : ""}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await openWithPrefs(page, path, classView ? { classView: "on" } : {});
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      await printedInk(page);
    });
  }
});

/** Every kind of text on an action page is dark ink on a white (or no) background. */
async function printedInk(page: Page) {
  for (const text of [
    initiatives(page).first().locator("[data-text]"),
    page.locator("h1"),
    page.locator("main header .section-chip"),
    page.locator("[data-action-code]"),
  ]) {
    const { fg, bg } = await colours(text);
    expect(contrast(fg, "rgb(255, 255, 255)"), `${fg} on paper`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(bg, "rgb(255, 255, 255)"), `background ${bg}`).toBeLessThan(1.5);
  }
}
