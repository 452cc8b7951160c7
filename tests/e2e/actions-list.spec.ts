/**
 * /actions/ (行動の一覧): all 64 actions grouped by section and goal. Filters live in the URL
 * and Back restores the previous filter; words are matched as search matches them; without
 * JavaScript the whole list is there and every row still opens.
 */
import { expect, test, type Page } from "@playwright/test";
import { shortCode } from "../../lib/content/codes";
import { foldRow, matchRow, NO_FILTER, textQuery } from "../../lib/overview/filter";
import { actionsPath } from "../../lib/urls";
import { expectNoAxeViolations, plan } from "./support/classroom";

const rows = (page: Page) => page.locator("[data-row]").filter({ visible: true });
const shownCodes = (page: Page) => rows(page).evaluateAll((lis) => lis.map((li) => li.querySelector("p > span")?.textContent));
const status = (page: Page) => page.getByRole("status").filter({ hasText: "件の行動" });

/** Opens the list and waits until the filters have read the URL. */
async function openList(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => {
    const box = document.querySelector('input[type="search"][placeholder^="例：バス、こども"]');
    return box !== null && Object.keys(box).some((key) => key.startsWith("__reactProps"));
  });
}

const codesOfSection = (id: string) => plan.actions.filter((e) => e.section.id === id).map((e) => shortCode(e.section.id, e.goal.number, e.action.number));

test("filters change the URL and the visible rows, and Back restores the previous filter", async ({ page }) => {
  await openList(page, actionsPath({ section: "3" }));
  const section3 = codesOfSection("3");
  expect(section3).toHaveLength(11);
  await expect(rows(page)).toHaveCount(11);
  expect(await shownCodes(page)).toEqual(section3);
  await expect(status(page)).toHaveText("64件のうち11件の行動");
  await expect(page.getByRole("combobox", { name: "方向性", exact: true })).toHaveValue("3");
  // Only the sections and goals that still have rows show their headings.
  await expect(page.getByRole("heading", { level: 2 }).filter({ visible: true })).toHaveCount(1);

  await page.getByLabel("主な取組例（●）がある行動だけ").check();
  await expect(page).toHaveURL(/\/actions\/\?section=3&featured=1$/u);
  await expect(rows(page)).toHaveCount(10);
  expect(await shownCodes(page)).not.toContain("3-2-4");

  await page.getByRole("combobox", { name: "具体目標", exact: true }).selectOption("2");
  await expect(page).toHaveURL(/\/actions\/\?section=3&goal=2&featured=1$/u);
  expect(await shownCodes(page)).toEqual(["3-2-1", "3-2-2", "3-2-3"]);

  await page.goBack();
  await expect(page).toHaveURL(/\/actions\/\?section=3&featured=1$/u);
  await expect(rows(page)).toHaveCount(10);
  await expect(page.getByRole("combobox", { name: "具体目標", exact: true })).toHaveValue("");
  await expect(page.getByLabel("主な取組例（●）がある行動だけ")).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/actions\/\?section=3$/u);
  await expect(rows(page)).toHaveCount(11);
  await expect(page.getByLabel("主な取組例（●）がある行動だけ")).not.toBeChecked();

  await page.goForward();
  await expect(rows(page)).toHaveCount(10);

  await page.getByRole("button", { name: "条件をクリア" }).click();
  await expect(page).toHaveURL(/\/actions\/$/u);
  await expect(rows(page)).toHaveCount(64);
  await expect(status(page)).toHaveText("全64件の行動");
});

test("words are matched as search matches them, and rows whose initiatives hold them open", async ({ page }) => {
  await openList(page, actionsPath());
  const box = page.getByLabel("言葉で絞り込む");
  // What the library says 「ばす」 keeps, on the real plan; the browser must show exactly that.
  const expected = plan.actions
    .filter(({ section, goal, action }) =>
      matchRow(
        foldRow({ section: section.id, goal: goal.number, action: action.number, featured: 0, title: action.title, initiatives: action.initiatives.map((i) => i.text) }),
        { ...NO_FILTER, q: "ばす" },
        textQuery("ばす"),
      ).match,
    )
    .map((e) => shortCode(e.section.id, e.goal.number, e.action.number));
  expect(expected.length).toBeGreaterThan(1);

  await box.pressSequentially("ばす");
  await expect(page).toHaveURL(actionsPath({ q: "ばす" }));
  await expect(rows(page)).toHaveCount(expected.length);
  expect(await shownCodes(page)).toEqual(expected);
  // 1-2-3 乗りたくなる公共交通にする: バス only among its initiatives, so its row opens to show them.
  const row = rows(page).filter({ hasText: "1-2-3" });
  await expect(row.locator("details")).toHaveAttribute("open", "");
  await expect(row.getByText(/バス/u).first()).toBeVisible();

  // Typing made one history entry: Back returns to the whole list, and the opened row closes.
  await page.goBack();
  await expect(page).toHaveURL(/\/actions\/$/u);
  await expect(rows(page)).toHaveCount(64);
  await expect(box).toHaveValue("");
  await expect(rows(page).filter({ hasText: "1-2-3" }).locator("details")).not.toHaveAttribute("open", "");

  await box.fill("３－１－②");
  expect(await shownCodes(page)).toEqual(["3-1-2"]);
  await box.fill("存在しない言葉");
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText("条件に合う行動はありません。")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the whole list is there, and each row opens to its initiatives", async ({ page }) => {
    await page.goto(actionsPath({ section: "3" }));
    await expect(rows(page)).toHaveCount(64);
    await expect(page.getByRole("search", { name: "行動の絞り込み" })).toBeHidden();
    const row = rows(page).filter({ hasText: "3-1-2" });
    const items = row.getByRole("list", { name: "3-1-2の取組例" }).locator("li");
    await expect(items.first()).toBeHidden();
    await row.locator("summary").click();
    await expect(items).toHaveCount(10);
    await expect(items.first()).toBeVisible();
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the list, ${colorScheme} scheme, filtered and with a row open`, async ({ page }) => {
    // All 260 initiatives are in the DOM: axe takes a while on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await openList(page, actionsPath({ section: "2", q: "ごみ" }));
    await expect(rows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("one h1 and no skipped heading levels", async ({ page }) => {
  await page.goto(actionsPath());
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
});
