/**
 * マイリスト (issue 10): adding from an action page and from search, the list surviving pages and reloads,
 * /my/ by keyboard, share links opened on another device (a fresh browser context), the lesson deck, the
 * printed worksheet, the page without JavaScript, and axe on all of it at both sizes.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { MYLIST_STORAGE_KEY } from "../../lib/mylist/store";
import { PREFS } from "../../lib/prefs";
import { decodeQr, longestAction, open, plan } from "./support/classroom";

const actionPage = "/directions/1/goals/2/actions/3/";
const entry = plan.actions.find((e) => e.section.id === "1" && e.goal.number === 2 && e.action.number === 3)!;

/** Compare the text as shown: furigana (<rt>) are in the markup but hidden until turned on. */
const shown = { useInnerText: true };
const count = (page: Page) => page.locator("[data-mylist-count]");
const toggle = (page: Page, code: string) => page.locator(`main [data-mylist="${code}"]`);
const listItems = (page: Page) => page.locator("[data-list] > li");
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), MYLIST_STORAGE_KEY);

/** Presses a control the way the project's person would: a tap on the phone, a click on the desktop. */
async function press(locator: Locator, isMobile: boolean) {
  if (isMobile) await locator.tap();
  else await locator.click();
}

/** Opens a page and waits until its controls respond and, on /my/, until its data has loaded. */
async function openMy(page: Page, path = "/my/") {
  await open(page, path);
  await expect(page.locator("main [aria-busy]")).toHaveCount(0);
}

/** Saves a list on the device as an earlier visit would have, then opens `path`. */
async function openWithList(page: Page, codes: string[], path = "/my/") {
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [MYLIST_STORAGE_KEY, codes.join(",")] as const);
  await openMy(page, path);
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const report = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}`).join("\n")}`);
  expect(report, report.join("\n")).toEqual([]);
}

test.describe("adding", () => {
  test("from an action page and from the search page; /my/ shows them in that order, with where they sit", async ({ page, isMobile }) => {
    await open(page, actionPage);
    await expect(count(page)).toHaveText("0");

    const item = toggle(page, "1-2-3-2");
    await expect(item).toHaveAttribute("aria-pressed", "false");
    await expect(item).toHaveAccessibleName("取組例 1-2-3-2 をマイリストに入れる");
    // A target a finger can hit, on the item's own line.
    const box = (await item.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const line = (await page.locator("#i-2 p").first().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(line.y + line.height + 1);

    await press(item, isMobile);
    await expect(item).toHaveAttribute("aria-pressed", "true");
    await expect(count(page)).toHaveText("1");
    await expect(page.locator("#live-status")).toHaveText("取組例 1-2-3-2 をマイリストに入れました（1件）");

    const action = toggle(page, "1-2-3");
    await expect(action).toHaveAccessibleName("行動 1-2-3 をマイリストに入れる");
    await press(action, isMobile);
    await expect(action).toHaveAttribute("aria-pressed", "true");
    await expect(count(page)).toHaveText("2");

    await open(page, "/search/?q=" + encodeURIComponent("まちのり"));
    const hit = page.locator("#search-results > li").filter({ has: page.locator("[data-mylist]") }).first();
    await expect(hit).toBeVisible();
    const hitToggle = hit.locator("[data-mylist]");
    const hitCode = (await hitToggle.getAttribute("data-mylist"))!;
    const hitUrl = (await hit.locator("a").first().getAttribute("href"))!;
    await press(hitToggle, isMobile);
    await expect(hitToggle).toHaveAttribute("aria-pressed", "true");
    await expect(count(page)).toHaveText("3");

    await page.getByRole("link", { name: /マイリスト/ }).click();
    await expect(page).toHaveURL(/\/my\/$/);
    await expect(listItems(page)).toHaveCount(3);
    await expect(listItems(page).nth(0)).toContainText("取組例 1-2-3-2");
    await expect(listItems(page).nth(0)).toContainText("方向性1 · 具体目標2 · 行動③");
    await expect(listItems(page).nth(0).getByRole("link")).toHaveAttribute("href", `${actionPage}#i-2`);
    await expect(listItems(page).nth(0)).toContainText(entry.action.initiatives[1]!.text, shown);
    await expect(listItems(page).nth(1)).toContainText("行動 1-2-3");
    await expect(listItems(page).nth(1).getByRole("link")).toHaveAttribute("href", actionPage);
    await expect(listItems(page).nth(2)).toContainText(hitCode);
    await expect(listItems(page).nth(2).getByRole("link")).toHaveAttribute("href", hitUrl);
  });

  test("the list survives other pages and reloads, and every page's buttons show it", async ({ page }) => {
    await open(page, actionPage);
    await toggle(page, "1-2-3-4").click();
    await expect(count(page)).toHaveText("1");
    await page.reload();
    await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
    await expect(toggle(page, "1-2-3-4")).toHaveAttribute("aria-pressed", "true");
    await expect(count(page)).toHaveText("1");

    // The goal page has a button per action: adding the action there is seen on the action page.
    await open(page, "/directions/1/goals/2/");
    await expect(count(page)).toHaveText("1");
    await expect(toggle(page, "1-2-3")).toHaveAttribute("aria-pressed", "false");
    await toggle(page, "1-2-3").click();
    await expect(count(page)).toHaveText("2");
    await open(page, actionPage);
    await expect(toggle(page, "1-2-3")).toHaveAttribute("aria-pressed", "true");
    await toggle(page, "1-2-3-4").click();
    await toggle(page, "1-2-3").click();
    await expect(count(page)).toHaveText("0");
    await page.reload();
    await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
    await expect(toggle(page, "1-2-3-4")).toHaveAttribute("aria-pressed", "false");
    expect(await stored(page)).toBeNull();
  });

  test("a change in another tab shows at once", async ({ page, context }) => {
    await open(page, actionPage);
    const other = await context.newPage();
    await open(other, "/");
    await toggle(page, "1-2-3-1").click();
    await expect(count(other)).toHaveText("1");
    await other.close();
  });
});

test.describe("/my/ by keyboard", () => {
  const codes = ["1-2-3-1", "3-1-2", "P-1-1-1"];

  test("reorders and removes; focus stays with the item and each change is announced", async ({ page }) => {
    await openWithList(page, codes);
    await expect(listItems(page)).toHaveCount(3);
    const down = page.getByRole("button", { name: "取組例 1-2-3-1 を下へ移す" });
    await down.focus();
    await page.keyboard.press("Enter");
    await expect(listItems(page).nth(1)).toHaveAttribute("data-item", "1-2-3-1");
    await expect(down).toBeFocused();
    await expect(page.locator("#live-status")).toHaveText("取組例 1-2-3-1 を2番目に移しました");
    await page.keyboard.press("Space");
    await expect(listItems(page).nth(2)).toHaveAttribute("data-item", "1-2-3-1");
    // At the end it stays, and says it cannot go further by being marked unavailable.
    await expect(down).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("Enter");
    await expect(listItems(page).nth(2)).toHaveAttribute("data-item", "1-2-3-1");

    const up = page.getByRole("button", { name: "行動 3-1-2 を上へ移す" });
    await up.focus();
    await page.keyboard.press("Enter");
    expect(await stored(page)).toBe("3-1-2,P-1-1-1,1-2-3-1");

    // Remove by keyboard: focus moves on to the next item's remove button.
    await page.getByRole("button", { name: "行動 3-1-2 を外す" }).focus();
    await page.keyboard.press("Enter");
    await expect(listItems(page)).toHaveCount(2);
    await expect(page.getByRole("button", { name: "取組例 P-1-1-1 を外す" })).toBeFocused();
    await expect(page.locator("#live-status")).toHaveText("行動 3-1-2 をマイリストから外しました（残り2件）");
    await expect(count(page)).toHaveText("2");
    expect(await stored(page)).toBe("P-1-1-1,1-2-3-1");
  });

  test("clearing asks first, and only then empties the list", async ({ page }) => {
    await openWithList(page, codes);
    await page.locator("[data-clear]").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("マイリストの3件をすべて消しますか？");
    await expect(dialog.getByRole("button", { name: "やめる" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(listItems(page)).toHaveCount(3);

    await page.locator("[data-clear]").click();
    await page.getByRole("dialog").getByRole("button", { name: "すべて消す" }).click();
    await expect(listItems(page)).toHaveCount(0);
    await expect(page.locator("[data-empty]")).toBeVisible();
    await expect(count(page)).toHaveText("0");
    expect(await stored(page)).toBeNull();
  });
});

test.describe("sharing", () => {
  const codes = ["1-2-3-4", "3-1-2", "P-1-1-1"];

  /** A browser context as on another device: nothing stored, or its own list. */
  async function freshDevice(browser: Browser, baseURL: string, saved?: string) {
    const context = await browser.newContext({ baseURL, locale: "ja-JP" });
    const page = await context.newPage();
    if (saved) {
      await page.goto("/");
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [MYLIST_STORAGE_KEY, saved] as const);
    }
    return { context, page };
  }

  test("the share link and its QR code hold the list; opened elsewhere it shows the list and saves nothing until asked", async ({ page, browser, baseURL }) => {
    await openWithList(page, codes);
    const url = await page.locator("[data-share-url]").inputValue();
    expect(url).toBe(`${baseURL}/my/?items=1-2-3-4,3-1-2,P-1-1-1`);
    await expect(page.locator("[data-share] [data-share-qr] svg")).toBeVisible();
    expect(await decodeQr(page.locator("[data-share] [data-share-qr]"))).toBe(url);

    const { context, page: other } = await freshDevice(browser, baseURL!);
    await openMy(other, url);
    await expect(other.locator("[data-shared] h2")).toHaveText("共有されたリスト（3件）");
    await expect(listItems(other)).toHaveCount(3);
    await expect(listItems(other).nth(2)).toContainText("取組例 P-1-1-1");
    await expect(other.locator("[data-skipped]")).toHaveCount(0);
    expect(await stored(other)).toBeNull();
    // The device had no list: keeping it asks nothing.
    await other.locator("[data-keep]").click();
    await expect(other).toHaveURL(/\/my\/$/);
    expect(await stored(other)).toBe("1-2-3-4,3-1-2,P-1-1-1");
    await expect(count(other)).toHaveText("3");
    await context.close();
  });

  test("a link with bad codes shows what it could read and names each code it skipped, with the reason", async ({ browser, baseURL }) => {
    const { context, page } = await freshDevice(browser, baseURL!, "2-1-1");
    await openMy(page, "/my/?items=1-2-3-4,9-9-9,1-2,1-2-3-4,abc,3-1-99,3-1-2");
    await expect(page.locator("[data-shared] h2")).toHaveText("共有されたリスト（2件）");
    await expect(listItems(page)).toHaveCount(2);
    const skipped = page.locator("[data-skipped] li");
    await expect(skipped).toHaveCount(5);
    await expect(skipped.nth(0)).toHaveText("「9-9-9」：計画にないコードです");
    await expect(skipped.nth(1)).toContainText("「1-2」：具体目標や方向性のコードです");
    await expect(skipped.nth(2)).toHaveText("「1-2-3-4」：同じコードがすでにあります");
    await expect(skipped.nth(3)).toContainText("「abc」：コードの形ではありません");
    await expect(skipped.nth(4)).toHaveText("「3-1-99」：計画にないコードです");
    // The saved list is untouched until the reader chooses.
    expect(await stored(page)).toBe("2-1-1");
    await expect(count(page)).toHaveText("1");
    await context.close();
  });

  test("over a saved list: merging adds only what is new; keeping asks before it replaces", async ({ browser, baseURL }) => {
    const { context, page } = await freshDevice(browser, baseURL!, "3-1-2,2-1-1");
    await openMy(page, "/my/?items=1-2-3-4,3-1-2");
    await page.locator("[data-merge]").click();
    expect(await stored(page)).toBe("3-1-2,2-1-1,1-2-3-4");
    await expect(page.locator("#live-status")).toHaveText("マイリストに1件を加えました（3件）");
    await expect(listItems(page)).toHaveCount(3);

    await openMy(page, "/my/?items=P-1-1-1");
    await page.locator("[data-keep]").click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("いまのマイリスト（3件）を、共有されたリスト（1件）に置き換えますか？");
    await dialog.getByRole("button", { name: "やめる" }).click();
    expect(await stored(page)).toBe("3-1-2,2-1-1,1-2-3-4");
    await page.locator("[data-keep]").click();
    await page.getByRole("dialog").getByRole("button", { name: "置き換える" }).click();
    expect(await stored(page)).toBe("P-1-1-1");
    await expect(page).toHaveURL(/\/my\/$/);
    await context.close();
  });
});

test.describe("lesson deck", () => {
  const deck = (page: Page) => page.locator("[data-deck]");
  const position = (page: Page) => page.locator("[data-deck-position]");
  const title = (page: Page) => page.locator("#deck-title");
  const picked = (page: Page) => page.locator("[data-deck-pick]");
  const titleOf = (code: string) => {
    const [section, goal, action] = code.split("-");
    const e = plan.actions.find((a) => (section === "P" ? "partnership" : section) === a.section.id && a.goal.number === Number(goal) && a.action.number === Number(action))!;
    return e.action;
  };

  test("shows the items in the list's order, one per screen; clicker keys and arrows move, Esc leaves", async ({ page }) => {
    const codes = ["3-1-2-1", "1-2-3", "P-1-1-2"];
    await openWithList(page, codes);
    await page.locator("[data-present]").click();
    await expect(deck(page)).toBeVisible();
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("[data-list]")).toHaveCount(0);

    const expectScreen = async (index: number) => {
      const code = codes[index]!;
      const action = titleOf(code);
      await expect(position(page)).toHaveText(`${index + 1} / ${codes.length}`);
      await expect(title(page)).toContainText(action.title, shown);
      // An initiative inside its action, highlighted; an action alone has nothing highlighted.
      const which = code.split("-").length === 4 ? Number(code.split("-")[3]) : null;
      await expect(picked(page)).toHaveCount(which ? 1 : 0);
      if (which) {
        await expect(picked(page)).toContainText(action.initiatives[which - 1]!.text, shown);
        await expect(picked(page)).toBeInViewport();
      }
      await expect(deck(page).locator("[data-initiatives] > li")).toHaveCount(action.initiatives.length);
    };

    // A clicker's PageDown and Space first show the rest of a screen taller than the window (at 32 px text
    // many are), then move on: press until the position changes, a bounded number of times.
    const pressUntilMoved = async (key: string) => {
      const before = await position(page).textContent();
      for (let i = 0; i < 20 && (await position(page).textContent()) === before; i++) await page.keyboard.press(key);
    };

    await expectScreen(0);
    await page.keyboard.press("ArrowRight");
    await expectScreen(1);
    await pressUntilMoved("PageDown");
    await expectScreen(2);
    await page.keyboard.press("ArrowRight"); // stays at the end
    await expectScreen(2);
    await page.keyboard.press("ArrowLeft");
    await expectScreen(1);
    await pressUntilMoved("PageUp");
    await expectScreen(0);
    await page.keyboard.press("End");
    await expectScreen(2);
    await page.keyboard.press("Home");
    await expectScreen(0);
    await pressUntilMoved("Space");
    await expectScreen(1);

    await page.keyboard.press("Escape");
    await expect(deck(page)).toHaveCount(0);
    await expect(listItems(page)).toHaveCount(3);
    await expect(page.locator("[data-present]")).toBeFocused();
    await expect(page.locator("html")).not.toHaveAttribute(PREFS.classView.attribute, /.*/);
  });

  test("a shared link with present=1 opens straight into the deck; a remembered class view stays remembered", async ({ page }) => {
    await page.goto("/");
    await page.evaluate((key) => localStorage.setItem(key, "on"), PREFS.classView.storageKey);
    await openMy(page, "/my/?items=P-1-1-1,1-2-3-4&present=1");
    await expect(deck(page)).toBeVisible();
    await expect(position(page)).toHaveText("1 / 2");
    await expect(title(page)).toContainText(titleOf("P-1-1-1").title, shown);
    await page.getByRole("button", { name: "次の項目" }).click();
    await expect(position(page)).toHaveText("2 / 2");
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-shared]")).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFS.classView.storageKey)).toBe("on");
    expect(await stored(page)).toBeNull();
  });

  test("PageDown first shows the rest of a screen taller than the window, then moves on", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a long action overflows the phone's screen");
    const { section, goal, action } = longestAction;
    const code = `${section.id === "partnership" ? "P" : section.id}-${goal.number}-${action.number}`;
    await openWithList(page, [code, "1-2-3-4"]);
    await page.locator("[data-present]").click();
    await expect(position(page)).toHaveText("1 / 2");
    await page.keyboard.press("PageDown");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(position(page)).toHaveText("1 / 2");
    for (let i = 0; i < 30 && (await position(page).textContent()) === "1 / 2"; i++) await page.keyboard.press("PageDown");
    await expect(position(page)).toHaveText("2 / 2");
  });
});

test.describe("worksheet", () => {
  test("prints an A4 sheet: items with codes and ●/・, lined space for both prompts, name and date, the list's QR code", async ({ page, baseURL }) => {
    const codes = ["1-1-1-1", "1-2-3", "1-2-3-4"];
    await openWithList(page, codes);
    await expect(page.locator("[data-share] [data-share-qr] svg")).toBeVisible();
    const sheet = page.locator("[data-worksheet]");
    await expect(sheet).toBeHidden();

    await page.emulateMedia({ media: "print" });
    await expect(sheet).toBeVisible();
    await expect(page.locator("body > header")).toBeHidden();
    for (const button of await page.locator("button").all()) await expect(button).toBeHidden();
    await expect(page.locator("[data-list]")).toBeHidden();

    const items = sheet.locator("[data-worksheet-item]");
    await expect(items).toHaveCount(3);
    const first = plan.plan.sections[0]!.goals[0]!.actions[0]!.initiatives[0]!;
    await expect(items.nth(0)).toContainText("取組例 1-1-1-1");
    await expect(items.nth(0)).toContainText(first.featured ? "●" : "・");
    await expect(items.nth(0)).toContainText(first.text, shown);
    await expect(items.nth(1)).toContainText("行動 1-2-3");
    for (const item of await items.all()) {
      await expect(item.getByText("わたしにできること")).toBeVisible();
      await expect(item.getByText("いつ・どこで・だれと")).toBeVisible();
    }
    await expect(sheet.locator("[data-worksheet-field]")).toHaveText(["名前", "日付"]);
    const qr = sheet.locator("[data-share-qr]");
    await expect(qr).toBeVisible();
    expect(await decodeQr(qr)).toBe(`${baseURL}/my/?items=${codes.join(",")}`);
    // Furigana only when the reader has them on.
    await expect(sheet.locator("rt").first()).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.locator('main [data-pref-toggle="furigana"]').click();
    await page.emulateMedia({ media: "print" });
    await expect(sheet.locator("rt").first()).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/my/ says what it is for and that it needs JavaScript; content pages show no add buttons", async ({ page }) => {
    await page.goto("/my/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("マイリスト");
    await expect(page.getByText("マイリストを使うにはJavaScriptが必要です。")).toBeVisible();
    await page.goto(actionPage);
    await expect(page.locator("[data-mylist]").first()).toBeHidden();
    await expect(page.getByRole("link", { name: /マイリスト/ })).toHaveAttribute("href", "/my/");
  });
});

test.describe("header", () => {
  test("the count and link fit the header on a phone at the largest text size", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the narrow screen is the hard case");
    // It sits at the end of the search box's row, at the usual size and enlarged: no row of its own.
    const onSearchRow = async () => {
      const header = page.locator("body > header");
      const own = (await header.getByRole("link", { name: /^マイリスト \d+ 件$/ }).boundingBox())!;
      const search = (await header.getByRole("button", { name: "検索" }).boundingBox())!;
      expect(Math.abs(own.y + own.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
      expect(own.x).toBeGreaterThanOrEqual(search.x + search.width);
      expect(own.x + own.width).toBeLessThanOrEqual(390);
      expect(Math.min(own.width, own.height)).toBeGreaterThanOrEqual(24);
    };
    await openWithList(page, ["1-2-3"], "/");
    await onSearchRow();
    await page.evaluate((key) => localStorage.setItem(key, "3"), PREFS.textSize.storageKey);
    await openWithList(page, ["1-2-3", "1-2-3-4", "3-1-2"], actionPage);
    await expect(count(page)).toHaveText("3");
    await onSearchRow();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("axe finds no WCAG 2.1 AA violations", () => {
  const list = ["1-2-3-4", "1-2-3", "P-1-1-1"];

  test("on /my/ with items", async ({ page }) => {
    await openWithList(page, list);
    await expect(page.locator("[data-share] [data-share-qr] svg")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on the lesson deck", async ({ page }) => {
    await openWithList(page, list);
    await page.locator("[data-present]").click();
    await expect(page.locator("[data-deck]")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on an action page with items added", async ({ page }) => {
    await openWithList(page, list, actionPage);
    await expect(toggle(page, "1-2-3-4")).toHaveAttribute("aria-pressed", "true");
    await expect(toggle(page, "1-2-3")).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolations(page);
  });

  test("on /my/ from a link with a bad code, and empty", async ({ page }) => {
    await openMy(page, "/my/?items=1-2-3-4,9-9-9");
    await expect(page.locator("[data-skipped]")).toBeVisible();
    await expectNoAxeViolations(page);
    await openMy(page);
    await expect(page.locator("[data-empty]")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("in the dark scheme, on /my/ and the deck", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "colours do not depend on the width");
    await page.emulateMedia({ colorScheme: "dark" });
    await openWithList(page, ["1-2-3-4", "1-2-3"]);
    await expectNoAxeViolations(page);
    await page.locator("[data-present]").click();
    await expect(page.locator("[data-deck]")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
