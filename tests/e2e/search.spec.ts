/**
 * Search as a reader uses it: the header box with its dropdown (mouse and keyboard),
 * the keyboard shortcuts, the plain form without JavaScript, the /search/ page as a
 * shareable deep link, action codes, and queries that find nothing or need every word.
 */
import { expect, test, type Page } from "@playwright/test";
import { searchReady } from "./support";

const headerBox = (page: Page) => page.getByRole("search", { name: "サイト内検索" }).getByRole("searchbox");
const suggestions = (page: Page) => page.getByRole("list", { name: "検索候補" });
const results = (page: Page) => page.locator("#search-results");
const resultCount = (page: Page) => page.locator("[data-result-count]");

/** The path, query and hash of the page, decoded: what the address bar shows. */
const where = (page: Page) => {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search + url.hash);
};

test.describe("the header search box", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/directions/4/goals/1/actions/2/");
    await searchReady(page);
  });

  test("typing shows matching items and a click opens one at its initiative", async ({ page }) => {
    await headerBox(page).click();
    await headerBox(page).pressSequentially("バス");
    const first = suggestions(page).getByRole("link").first();
    await expect(first).toContainText("バス", { useInnerText: true });
    await expect(first.locator("mark").first()).toHaveText("バス");
    const href = (await first.getAttribute("href"))!;
    expect(href).toMatch(/^\/directions\/.+\/#i-\d+$/);

    await first.click();
    await expect(page).toHaveURL(href);
    const target = page.locator(":target");
    await expect(target).toHaveAttribute("id", href.split("#")[1]!);
    await expect(target).toContainText("バス", { useInnerText: true });
    await expect(target).toBeInViewport();
  });

  test("↓ moves into the suggestions and Enter opens the focused one", async ({ page }) => {
    await headerBox(page).focus();
    await page.keyboard.type("バス");
    const first = suggestions(page).getByRole("link").first();
    await expect(first).toBeVisible();
    const href = (await first.getAttribute("href"))!;

    await page.keyboard.press("ArrowDown");
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href);
    await expect(page.locator(":target")).toContainText("バス", { useInnerText: true });
  });

  test("/ and Ctrl+K jump to the box from anywhere on the page", async ({ page }) => {
    await expect(headerBox(page)).not.toBeFocused();
    await page.keyboard.press("/");
    await expect(headerBox(page)).toBeFocused();
    // The key moves focus; it is not typed into the box.
    await expect(headerBox(page)).toHaveValue("");

    await page.getByRole("main").getByRole("link").first().focus();
    await expect(headerBox(page)).not.toBeFocused();
    await page.keyboard.press("Control+k");
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.type("ごみ");
    await expect(headerBox(page)).toHaveValue("ごみ");
  });

  test("Esc clears the box and closes the suggestions", async ({ page }) => {
    await headerBox(page).focus();
    await page.keyboard.type("バス");
    await expect(suggestions(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(headerBox(page)).toHaveValue("");
    await expect(suggestions(page)).toHaveCount(0);
    await expect(headerBox(page)).toBeFocused();
  });

  test("an action code and Enter go straight to that action", async ({ page }) => {
    await headerBox(page).focus();
    await page.keyboard.type("1-2-3");
    await expect(page.getByRole("link", { name: /行動コード 1-2-3 へ移動/ })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/directions/1/goals/2/actions/3/");
    await expect(page.locator("[data-action-code]")).toHaveText("方向性1 · 具体目標2 · 行動③", { useInnerText: true });
  });

  test("words separated by a full-width space find only items with every word", async ({ page }) => {
    await headerBox(page).focus();
    await page.keyboard.type("公共交通　バス");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "公共交通　バス");

    const items = results(page).getByRole("link");
    await expect(items.first()).toBeVisible();
    const texts = await items.allInnerTexts();
    for (const text of texts) {
      expect(text).toContain("公共交通");
      expect(text).toContain("バス");
    }
    // Items with only one of the words are left out.
    await expect(results(page).locator('a[href="/directions/1/goals/2/actions/2/#i-1"]')).toHaveCount(0); // バス only
    await expect(results(page).locator('a[href="/directions/1/goals/2/actions/3/#i-3"]')).toHaveCount(0); // 公共交通 only
    await expect(resultCount(page)).toHaveAttribute("data-result-count", String(texts.length));
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box is a plain form that opens the search page", async ({ page }) => {
    await page.goto("/directions/1/goals/2/actions/3/");
    await headerBox(page).fill("バス");
    await headerBox(page).press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "バス");
    // The page says why there are no results and offers the plan's directions instead.
    await expect(page.getByText("検索結果の表示にはJavaScriptが必要です")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: /^方向性1 / })).toHaveAttribute("href", "/directions/1/");
  });
});

test.describe("the search page", () => {
  test("/search/?q=バス lists the matching items, best first, with the word highlighted", async ({ page }) => {
    await page.goto("/search/?q=バス");
    await expect(page.getByRole("searchbox", { name: "キーワード・行動コード" })).toHaveValue("バス");
    const list = results(page);
    await expect(list).toBeVisible();
    expect(await list.evaluate((el) => el.tagName)).toBe("OL");

    const items = list.locator(":scope > li");
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    await expect(resultCount(page)).toHaveText(`「バス」の検索結果：${n}件`, { useInnerText: true });

    const first = items.first().getByRole("link");
    await expect(first).toHaveAttribute("href", /#i-\d+$/);
    await expect(first).toContainText("バス", { useInnerText: true });
    await expect(first.locator("mark")).toHaveText(["バス"]);
    await expect(page.getByText("検索結果の表示にはJavaScriptが必要です")).toBeHidden();
  });

  test("the back button after opening a result brings the query and results back", async ({ page }) => {
    await page.goto("/search/?q=バス");
    const items = results(page).locator(":scope > li");
    await expect(items.first()).toBeVisible();
    const n = await items.count();
    const first = items.first().getByRole("link");
    const href = (await first.getAttribute("href"))!;

    await first.click();
    await expect(page).toHaveURL(href);
    await page.waitForLoadState();
    await page.goBack();
    await expect.poll(() => where(page)).toBe("/search/?q=バス");
    await expect(page.getByRole("searchbox", { name: "キーワード・行動コード" })).toHaveValue("バス");
    await expect(items).toHaveCount(n);
    await expect(resultCount(page)).toHaveText(`「バス」の検索結果：${n}件`, { useInnerText: true });
  });

  test("an action code in full-width digits redirects to that action, and Back skips the redirect", async ({ page }) => {
    await page.goto("/");
    await page.goto("/search/?q=２-１-３");
    await expect(page).toHaveURL("/directions/2/goals/1/actions/3/");
    await expect(page.locator("[data-action-code]")).toHaveText("方向性2 · 具体目標1 · 行動③", { useInnerText: true });
    await page.goBack();
    await expect(page).toHaveURL("/");
  });

  test("a query that matches nothing says so and suggests words that do", async ({ page }) => {
    await page.goto("/search/?q=xyzzy");
    await expect(page.getByText("「xyzzy」に一致する項目は見つかりませんでした。")).toBeVisible();
    await expect(resultCount(page)).toHaveText("「xyzzy」の検索結果：0件", { useInnerText: true });
    await expect(results(page)).toHaveCount(0);

    const suggestion = page.getByRole("link", { name: "バス", exact: true });
    await expect(suggestion).toHaveAttribute("href", "/search/?q=" + encodeURIComponent("バス"));
    await suggestion.click();
    await expect(results(page).locator(":scope > li").first()).toContainText("バス", { useInnerText: true });
  });
});
