/**
 * Actions without a main example (●): 3-2-④ and 5-1-④. With 「主な取組例（●）だけを表示」 on, they say
 * so and offer to show their items, instead of an empty list, in the normal view, in class view and
 * on paper; and the count says what is shown.
 */
import { expect, test, type Page } from "@playwright/test";
import { classToolbar, open, openWithPrefs, plan } from "./support/classroom";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "CSS and markup, the same at every width");
});

const empty = (page: Page) => page.locator("main [data-featured-empty]");
const message = "この行動には主な取組例（●）はありません。";
const items = (page: Page) => page.locator("main [data-initiatives] > li");
const countHeading = (page: Page) => page.locator("#initiatives-title");

test("exactly two actions have no ● item: 3-2-④ and 5-1-④", () => {
  const without = plan.actions.filter((e) => !e.action.initiatives.some((i) => i.featured));
  expect(without.map((e) => `${e.section.id}-${e.goal.number}-${e.action.number}`)).toEqual(["3-2-4", "5-1-4"]);
});

test.describe("normal view", () => {
  test("3-2-④ says it has no ● item, counts 0件表示／全2件, and its button shows both items", async ({ page }) => {
    await openWithPrefs(page, "/directions/3/goals/2/actions/4/", { featuredOnly: "on" });
    await expect(items(page)).toHaveCount(2);
    for (const item of await items(page).all()) await expect(item).toBeHidden();
    await expect(empty(page)).toBeVisible();
    await expect(empty(page)).toContainText(message);
    await expect(countHeading(page)).toHaveText("取組例（0件表示／全2件）", { useInnerText: true });

    await empty(page).getByRole("button", { name: "すべての取組例を表示（2件）" }).click();
    for (const item of await items(page).all()) await expect(item).toBeVisible();
    await expect(empty(page)).toBeHidden();
    await expect(countHeading(page)).toHaveText("取組例（2件）", { useInnerText: true });
    // Focus goes to the list it opened, not back to the top of the page.
    await expect(page.locator("main [data-initiatives]")).toBeFocused();
    // Only this action: the setting itself is still on for the next page.
    await open(page, "/directions/3/goals/2/actions/3/");
    await expect(page.locator('main [data-featured="false"]').first()).toBeHidden();
  });

  test("on a goal page, 5-1-④ says so under its title while the other actions list their ● items", async ({ page }) => {
    await openWithPrefs(page, "/directions/5/goals/1/", { featuredOnly: "on" });
    await expect(empty(page)).toHaveCount(1);
    await expect(empty(page)).toBeVisible();
    const block = page.locator("main [data-action-block]").filter({ has: page.locator("[data-featured-empty]") });
    await expect(block.locator("[data-action-code]")).toHaveText("方向性5 · 具体目標1 · 行動④");
  });

  test("with every item shown (the setting off) there is no such message, and the count is plain", async ({ page }) => {
    await open(page, "/directions/3/goals/2/actions/4/");
    await expect(empty(page)).toBeHidden();
    await expect(countHeading(page)).toHaveText("取組例（2件）", { useInnerText: true });
    await openWithPrefs(page, "/directions/3/goals/2/actions/3/", { featuredOnly: "on" });
    // An action with ● items counts what is shown of all.
    const entry = plan.actions.find((e) => e.section.id === "3" && e.goal.number === 2 && e.action.number === 3)!;
    const featured = entry.action.initiatives.filter((i) => i.featured).length;
    await expect(countHeading(page)).toHaveText(`取組例（${featured}件表示／全${entry.action.initiatives.length}件）`, { useInnerText: true });
    await expect(empty(page)).toHaveCount(0);
  });
});

test("class view: 5-1-④ is not a blank slide", async ({ page }) => {
  await openWithPrefs(page, "/directions/5/goals/1/actions/4/", { featuredOnly: "on", classView: "on" });
  await expect(classToolbar(page)).toBeVisible();
  await expect(empty(page)).toBeVisible();
  await expect(empty(page)).toContainText(message);
  await expect(countHeading(page)).toHaveText("取組例（0件表示／全3件）", { useInnerText: true });
  await empty(page).getByRole("button", { name: /^すべての取組例を表示/ }).click();
  await expect(items(page)).toHaveCount(3);
  for (const item of await items(page).all()) await expect(item).toBeVisible();
});

test("print: the handout of 3-2-④ says there is no ● item, without the button", async ({ page }) => {
  await openWithPrefs(page, "/directions/3/goals/2/actions/4/", { featuredOnly: "on" });
  await page.emulateMedia({ media: "print" });
  await expect(empty(page)).toBeVisible();
  await expect(empty(page)).toHaveText(message, { useInnerText: true });
  await expect(empty(page).getByRole("button")).toBeHidden();
  await expect(countHeading(page)).toHaveText("取組例（0件表示／全2件）", { useInnerText: true });
});
