/**
 * Search as a reader uses it: the header box with its dropdown (mouse and keyboard),
 * the keyboard shortcuts, the plain form without JavaScript, the /search/ page as a
 * shareable deep link, action codes, and queries that find nothing or need every word.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { getPlan } from "../../lib/content/plan";
import { buildSearchIndex } from "../../lib/search/build";
import { realSources } from "../fixtures/search/real-index";
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

  test("words separated by a full-width space find only items with every word, theirs or their action's", async ({ page }) => {
    await headerBox(page).focus();
    await page.keyboard.type("公共交通　バス");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "公共交通　バス");

    const items = results(page).getByRole("link");
    await expect(items.first()).toBeVisible();
    const texts = await items.allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const text of texts) {
      expect(text).toContain("バス");
      // Either the item says 公共交通 itself, or it says where the word is: its action's title.
      expect(text.includes("公共交通")).toBe(true);
    }
    // The item with both words itself comes first; バス停 follows, under 「乗りたくなる公共交通にする」.
    await expect(items.first()).toHaveAttribute("href", "/directions/1/goals/2/actions/3/#i-5");
    await expect(results(page).locator('a[href="/directions/1/goals/2/actions/3/#i-2"]')).toContainText("「公共交通」は行動に一致");
    // Items with only one of the words, and no action or goal with the other, are left out.
    await expect(results(page).locator('a[href="/directions/1/goals/2/actions/2/#i-1"]')).toHaveCount(0); // バス only
    await expect(results(page).locator('a[href="/directions/1/goals/2/actions/3/#i-3"]')).toHaveCount(0); // 公共交通 only
    await expect(resultCount(page)).toHaveAttribute("data-result-count", String(texts.length));
  });
});

test.describe("on a phone", () => {
  test("a phrase typed into the header box opens the right action", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the phone layout");
    await page.goto("/");
    await searchReady(page);
    await headerBox(page).tap();
    await headerBox(page).pressSequentially("町家を残したい");
    const first = suggestions(page).getByRole("link").first();
    await expect(first).toHaveAttribute("href", "/directions/1/goals/1/actions/4/#i-4");
    await expect(first.locator("mark")).toHaveText(["町家", "保全", "継承"]);
    await first.tap();
    await expect(page).toHaveURL("/directions/1/goals/1/actions/4/#i-4");
    await expect(page.locator(":target")).toContainText("町家を保全活用して継承する", { useInnerText: true });
    await expect(page.locator(":target")).toBeInViewport();
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

  test("a query that matches nothing says so, offers the closest words and the sections to browse", async ({ page }) => {
    await page.goto("/search/?q=ばそ");
    await expect(page.getByText("「ばそ」に一致する項目は見つかりませんでした。")).toBeVisible();
    await expect(resultCount(page)).toHaveText("「ばそ」の検索結果：0件", { useInnerText: true });
    await expect(results(page)).toHaveCount(0);
    await expect(page.locator("[data-did-you-mean]")).toContainText("もしかして：");
    await expect(page.getByRole("main").getByRole("link", { name: /^方向性1 / }).first()).toHaveAttribute("href", "/directions/1/");

    const suggestion = page.locator("[data-did-you-mean]").getByRole("link", { name: "バス", exact: true });
    await expect(suggestion).toHaveAttribute("href", "/search/?q=" + encodeURIComponent("バス"));
    await suggestion.click();
    await expect(results(page).locator(":scope > li").first()).toContainText("バス", { useInnerText: true });
  });

  test("a query with only partial matches shows them, each labelled as partial", async ({ page }) => {
    await page.goto("/search/?q=" + encodeURIComponent("伝統工芸を守りたい"));
    await expect(page.locator("p[data-partial]")).toHaveText(/すべての言葉を含む項目はありませんでした/);
    const items = results(page).locator(":scope > li");
    await expect(items.first()).toBeVisible();
    const n = await items.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) await expect(items.nth(i)).toContainText("一部の言葉に一致");
    // The rarer word's items first: 工芸.
    await expect(items.first().locator("mark").first()).toHaveText("工芸");
    await expect(page.locator("[data-searched-terms]")).toHaveText("検索した言葉：伝統工芸、守りたい");
  });

  test("a reading and a typo find the plan's words, the typo labelled 似た表記 and counted", async ({ page }) => {
    await page.goto("/search/?q=" + encodeURIComponent("ぼうさい"));
    const items = results(page).locator(":scope > li");
    await expect(items).toHaveCount(2);
    for (const mark of await results(page).locator("mark").allInnerTexts()) expect(mark).toBe("防災");
    await expect(resultCount(page)).toHaveText("「ぼうさい」の検索結果：2件", { useInnerText: true });

    await page.goto("/search/?q=" + encodeURIComponent("リノベション"));
    await expect(items.first()).toContainText("リノベーション", { useInnerText: true });
    await expect(items.first()).toContainText("似た表記");
    await expect(items.first()).toHaveAttribute("data-tier", "1");
    const n = await items.count();
    // Every result is a typo match here, so the count does not split them.
    await expect(resultCount(page)).toHaveText(`「リノベション」の検索結果：${n}件`, { useInnerText: true });

    // Where verbatim and typo matches mix, the count says how many are typos.
    await page.goto("/search/?q=" + encodeURIComponent("ばす テレワク"));
    await expect(page.locator("#search-results > li").first()).toBeVisible();
    const tiers = await results(page).locator(":scope > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-tier")));
    const typos = tiers.filter((t) => t === "1").length;
    if (typos > 0 && typos < tiers.length) await expect(resultCount(page)).toContainText(`うち${typos}件は似た表記`);
  });

  test("a synonym finds the plan's word: 在宅勤務 → テレワーク", async ({ page }) => {
    await page.goto("/search/?q=" + encodeURIComponent("在宅勤務"));
    const first = results(page).locator(":scope > li").first();
    await expect(first.getByRole("link")).toHaveAttribute("href", "/directions/4/goals/4/actions/2/#i-1");
    await expect(first.locator("mark").first()).toHaveText("テレワーク");
  });

  test("an initiative code opens the action at that initiative, highlighted", async ({ page }) => {
    await page.goto("/search/?q=2-2-6-3");
    await expect(page).toHaveURL("/directions/2/goals/2/actions/6/#i-3");
    const target = page.locator(":target");
    await expect(target).toHaveAttribute("id", "i-3");
    await expect(target).toBeInViewport();
    // The :target rule marks the item with the accent outline.
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  });

  test("goal and partnership codes open their pages", async ({ page }) => {
    await page.goto("/search/?q=1-2");
    await expect(page).toHaveURL("/directions/1/goals/2/");
    await page.goto("/search/?q=P-1-1");
    await expect(page).toHaveURL("/directions/partnership/goals/1/actions/1/");
  });

  test("a code the plan does not have says what it has there instead, with links", async ({ page }) => {
    await page.goto("/search/?q=1-2-9");
    const answer = page.locator("[data-code-answer]");
    await expect(answer).toContainText("「1-2-9」という行動はありません。具体目標1-2 の行動は ①〜③ です。");
    const links = answer.getByRole("link");
    await expect(links).toHaveCount(3);
    await expect(links.first()).toHaveAttribute("href", "/directions/1/goals/2/actions/1/");
    await expect(resultCount(page)).toHaveCount(0);
  });

  test("says so when the search data cannot be loaded", async ({ page }) => {
    await page.route("**/search-index.json", (route) => route.fulfill({ status: 500, body: "" }));
    await page.goto("/search/?q=バス");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("検索データを読み込めませんでした。ページを再読み込みしてください。");
    await expect(results(page)).toHaveCount(0);
  });

  test("shows one search box above the results, not two", async ({ page }) => {
    await page.goto("/search/?q=バス");
    await expect(results(page).locator(":scope > li").first()).toBeVisible();
    // Only the page's own box shows; the header's is there but hidden (the ARIA query sees visible boxes only).
    await expect(page.getByRole("searchbox")).toHaveCount(1);
    await expect(page.locator("input[type=search]")).toHaveCount(2);
    await expect(page.locator("[data-site-search]")).toBeHidden();
    await expect(page.getByRole("searchbox", { name: "キーワード・行動コード" })).toBeVisible();
    // The keyboard shortcut goes to the page's own box.
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "キーワード・行動コード" })).toBeFocused();
  });
});

test.describe("the built index", () => {
  test("out/search-index.json is what buildSearchIndex gives for the committed plan", async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "a file check, once");
    const model = getPlan();
    const expected = buildSearchIndex(model, await realSources(model));
    const built: unknown = JSON.parse(readFileSync(path.join(process.env.OUT_DIR ?? "out", "search-index.json"), "utf8"));
    expect(built).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
