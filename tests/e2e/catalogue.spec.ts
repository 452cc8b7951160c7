/**
 * The plan catalogue as a reader meets it: home → direction → goal → action and back,
 * what an action page shows, moving between actions, the links between repeated items,
 * page titles, the pages without JavaScript, and layouts that fit a phone.
 *
 * Expected values come from the city's document (content/source), not from the site's code.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { rubyName } from "./support";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const breadcrumb = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "パンくずリスト" }).getByRole("link", { name, exact: true });
const initiatives = (page: Page) => page.locator("[data-initiatives] > li");
const prevNext = (page: Page) => page.getByRole("navigation", { name: "前後の行動" });

/** The visible text, as a sighted reader sees it (furigana hidden). */
const seen = async (locator: Locator) => (await locator.innerText()).trim();

test.describe("browsing the plan", () => {
  test("a reader clicks down from the home page to an action and back up by the breadcrumbs", async ({ page }) => {
    await page.goto("/");
    await expect(h1(page)).toHaveText("金沢SDGs行動計画", { useInnerText: true });

    await page.getByRole("link", { name: "自然、歴史、文化に立脚したまちづくりをすすめる", exact: true }).click();
    await expect(page).toHaveURL("/directions/1/");
    await expect(h1(page)).toHaveText("自然、歴史、文化に立脚したまちづくりをすすめる", { useInnerText: true });

    await page.getByRole("heading", { level: 2, name: rubyName("歩いてまちの魅力を感じる") }).getByRole("link").click();
    await expect(page).toHaveURL("/directions/1/goals/2/");
    await expect(h1(page)).toHaveText("歩いてまちの魅力を感じる", { useInnerText: true });

    await page.getByRole("link", { name: rubyName("行動3：乗りたくなる公共交通にする") }).click();
    await expect(page).toHaveURL("/directions/1/goals/2/actions/3/");
    // A screen reader hears the action number in words, not the circled digit.
    await expect(h1(page)).toHaveAccessibleName(rubyName("行動3：乗りたくなる公共交通にする"));
    await expect(breadcrumb(page, "行動③")).toHaveAttribute("aria-current", "page");

    await breadcrumb(page, "具体目標2").click();
    await expect(page).toHaveURL("/directions/1/goals/2/");
    await expect(h1(page)).toHaveText("歩いてまちの魅力を感じる", { useInnerText: true });

    await breadcrumb(page, "方向性1").click();
    await expect(page).toHaveURL("/directions/1/");
    await expect(h1(page)).toHaveText("自然、歴史、文化に立脚したまちづくりをすすめる", { useInnerText: true });

    await breadcrumb(page, "トップ").click();
    await expect(page).toHaveURL("/");
    await expect(h1(page)).toHaveText("金沢SDGs行動計画", { useInnerText: true });
  });

  test("an action page shows its code, the title and where it sits", async ({ page }) => {
    await page.goto("/directions/1/goals/2/actions/3/");
    await expect(page.locator("[data-action-code]")).toHaveText("方向性1 · 具体目標2 · 行動③", { useInnerText: true });
    await expect(h1(page)).toContainText("乗りたくなる公共交通にする", { useInnerText: true });
    await expect(page.getByRole("link", { name: "具体目標2. 歩いてまちの魅力を感じる" })).toHaveAttribute("href", "/directions/1/goals/2/");
  });

  test("an action page lists every initiative of the plan, ● main examples marked as such, with a legend", async ({ page }) => {
    // 方向性1 具体目標2 行動①: ●●● then ・×5 in the source.
    await page.goto("/directions/1/goals/2/actions/1/");
    await expect(page.getByRole("heading", { level: 2, name: "取組例（8件）" })).toBeVisible();
    const items = initiatives(page);
    await expect(items).toHaveCount(8);
    for (let n = 1; n <= 8; n++) {
      const item = items.nth(n - 1);
      await expect(item).toHaveAttribute("id", `i-${n}`);
      const featured = n <= 3;
      await expect(item).toHaveAttribute("data-featured", String(featured));
      // The marker a sighted reader sees and the words a screen reader hears say the same thing.
      expect((await seen(item)).charAt(0)).toBe(featured ? "●" : "・");
      const spoken = item.getByText("主な取組例：");
      await expect(spoken).toHaveCount(featured ? 1 : 0);
      // Read out, not shown: the ● already says it on screen.
      if (featured) expect((await spoken.boundingBox())?.width).toBeLessThanOrEqual(1);
    }
    await expect(page.locator("#i-1 [data-text]")).toHaveText("歴史的遺構や庭園を活かして気持ちよく歩ける連続した空間をつくる", {
      useInnerText: true,
    });
    await expect(page.locator("#i-8 [data-text]")).toHaveText("まちなかに駐輪場やサイクルスタンドを増やす", { useInnerText: true });

    const legend = page.getByRole("note", { name: "記号の説明" });
    await expect(legend).toBeVisible();
    await expect(legend).toContainText("● 主な取組例", { useInnerText: true });
    await expect(legend).toContainText("・ その他の取組例", { useInnerText: true });
  });

  test("next and previous actions run on across goal and direction boundaries", async ({ page }) => {
    // Last action of 具体目標1 → first of 具体目標2.
    await page.goto("/directions/1/goals/1/actions/4/");
    await prevNext(page).locator("a[rel=next]").click();
    await expect(page).toHaveURL("/directions/1/goals/2/actions/1/");

    // Last action of 方向性1 (具体目標4 行動④) → first of 方向性2, and back.
    await page.goto("/directions/1/goals/4/actions/4/");
    await expect(h1(page)).toContainText("新しい場所をつくる", { useInnerText: true });
    await prevNext(page).locator("a[rel=next]").click();
    await expect(page).toHaveURL("/directions/2/goals/1/actions/1/");
    await expect(h1(page)).toContainText("みんなが参加しやすい省エネを進める", { useInnerText: true });
    await expect(page.locator("[data-action-code]")).toHaveText("方向性2 · 具体目標1 · 行動①", { useInnerText: true });

    await prevNext(page).locator("a[rel=prev]").click();
    await expect(page).toHaveURL("/directions/1/goals/4/actions/4/");
  });

  test("the first action has no previous link and the last has no next link", async ({ page }) => {
    await page.goto("/directions/1/goals/1/actions/1/");
    await expect(prevNext(page).locator("a[rel=prev]")).toHaveCount(0);
    await expect(prevNext(page).locator("a[rel=next]")).toHaveAttribute("href", "/directions/1/goals/1/actions/2/");

    await page.goto("/directions/partnership/goals/2/actions/3/");
    await expect(prevNext(page).locator("a[rel=next]")).toHaveCount(0);
    await expect(prevNext(page).locator("a[rel=prev]")).toHaveAttribute("href", "/directions/partnership/goals/2/actions/2/");
  });
});

test.describe("repeated initiatives", () => {
  const expectTargeted = async (page: Page, id: string) => {
    await expect(page.locator(":target")).toHaveAttribute("id", id);
    await expect(page.locator(`#${id}`)).toBeInViewport();
  };

  test("a （再掲） item links to its original and the original links back", async ({ page }) => {
    await page.goto("/directions/2/goals/1/actions/3/");
    const repeat = page.locator("#i-1");
    await expect(repeat).toContainText("通勤や業務や私事で、バスや電車に乗る日を増やす（再掲）", { useInnerText: true });
    const toOriginal = repeat.getByRole("link", { name: /方向性1 · 具体目標2 · 行動②/ });
    await expect(toOriginal).toHaveAttribute("href", "/directions/1/goals/2/actions/2/#i-1");
    await expect(repeat).toContainText("再掲元：", { useInnerText: true });

    await toOriginal.click();
    await expect(page).toHaveURL("/directions/1/goals/2/actions/2/#i-1");
    await expectTargeted(page, "i-1");
    const original = page.locator("#i-1");
    await expect(original).not.toContainText("（再掲）", { useInnerText: true });
    await expect(original).toContainText("再掲先：", { useInnerText: true });

    const back = original.getByRole("link", { name: /方向性2 · 具体目標1 · 行動③/ });
    await expect(back).toHaveAttribute("href", "/directions/2/goals/1/actions/3/#i-1");
    await back.click();
    await expect(page).toHaveURL("/directions/2/goals/1/actions/3/#i-1");
    await expectTargeted(page, "i-1");
  });

  test("identical items the plan lists twice without （再掲） link to each other", async ({ page }) => {
    await page.goto("/directions/3/goals/2/actions/2/#i-5");
    await expectTargeted(page, "i-5");
    const first = page.locator("#i-5");
    const text = await seen(first.locator("[data-text]"));
    await expect(first).not.toContainText("（再掲）", { useInnerText: true });
    const toSecond = first.getByRole("link", { name: /方向性3 · 具体目標2 · 行動④/ });
    await expect(toSecond).toHaveAttribute("href", "/directions/3/goals/2/actions/4/#i-1");

    await toSecond.click();
    await expect(page).toHaveURL("/directions/3/goals/2/actions/4/#i-1");
    await expectTargeted(page, "i-1");
    const second = page.locator("#i-1");
    await expect(second.locator("[data-text]")).toHaveText(text, { useInnerText: true });
    await expect(second.getByRole("link", { name: /方向性3 · 具体目標2 · 行動②/ })).toHaveAttribute(
      "href",
      "/directions/3/goals/2/actions/2/#i-5",
    );
  });
});

test.describe("titles and descriptions", () => {
  test("every kind of page has its own title and description, in Japanese", async ({ page }) => {
    const pages: Array<{ path: string; title: string }> = [
      { path: "/", title: "金沢SDGs行動計画" },
      { path: "/directions/1/", title: "方向性1 自然、歴史、文化に立脚したまちづくりをすすめる" },
      { path: "/directions/partnership/", title: "パートナーシップ" },
      { path: "/directions/1/goals/2/", title: "具体目標2 歩いてまちの魅力を感じる" },
      { path: "/directions/1/goals/2/actions/3/", title: "乗りたくなる公共交通にする（方向性1 · 具体目標2 · 行動③）" },
      { path: "/directions/1/goals/2/actions/1/", title: "つい歩きたくなるまちをつくる" },
      { path: "/search/", title: "検索" },
      { path: "/data/", title: "オープンデータ" },
      { path: "/no-such-page/", title: "ページが見つかりません" },
    ];
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const { path, title } of pages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      const actualTitle = await page.title();
      expect(actualTitle, path).toContain(title);
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description?.length ?? 0, `${path} has a meta description`).toBeGreaterThan(20);
      titles.set(path, actualTitle);
      descriptions.set(path, description!);
    }
    expect(new Set(titles.values()).size, [...titles].join("\n")).toBe(pages.length);
    expect(new Set(descriptions.values()).size, [...descriptions].join("\n")).toBe(pages.length);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an action page shows all its initiatives with a permalink to each", async ({ page }) => {
    await page.goto("/directions/1/goals/2/actions/1/");
    const items = initiatives(page);
    await expect(items).toHaveCount(8);
    for (let n = 1; n <= 8; n++) {
      const item = page.locator(`#i-${n}`);
      await expect(item).toBeVisible();
      const permalink = item.getByRole("link", { name: `取組例 1-2-1-${n} へのリンク` });
      await expect(permalink).toBeVisible();
      await expect(permalink).toHaveAttribute("href", `/directions/1/goals/2/actions/1/#i-${n}`);
    }
    // Buttons that would do nothing without JavaScript are not offered.
    await expect(page.getByRole("button", { name: /リンクをコピー/ })).toHaveCount(0);
  });

  test("an unknown page is a Japanese 404 with a way back to the top", async ({ page }) => {
    const response = await page.goto("/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(h1(page)).toHaveText("ページが見つかりません", { useInnerText: true });
    await page.getByRole("main").getByRole("link", { name: "トップページへ戻る" }).click();
    await expect(page).toHaveURL("/");
    await expect(h1(page)).toHaveText("金沢SDGs行動計画", { useInnerText: true });
  });

  test("an action number the plan does not have is a 404", async ({ page }) => {
    const response = await page.goto("/directions/1/goals/1/actions/99/");
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText("ページが見つかりません", { useInnerText: true });
  });
});

test.describe("fits the screen", () => {
  for (const path of [
    "/",
    "/directions/1/",
    "/directions/1/goals/2/",
    "/directions/1/goals/2/actions/1/",
    "/directions/5/goals/2/actions/6/",
    "/search/?q=バス",
  ]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith("/search/")) await expect(page.locator("#search-results > li").first()).toBeVisible();
      const width = page.viewportSize()!.width;
      const scrollWidth = await page.evaluate(() =>
        Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      );
      expect(scrollWidth, `page is ${scrollWidth}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
    });
  }
});
