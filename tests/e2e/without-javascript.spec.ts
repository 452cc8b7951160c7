/**
 * The home, direction and goal pages read fully without JavaScript: everything the plan holds for
 * that page is there and visible, every link works as a plain link, and the controls that need a
 * script are not offered. (Action pages, search and 404 are covered in catalogue.spec.ts,
 * classroom-sharing.spec.ts and search.spec.ts.)
 */
import { expect, test, type Page } from "@playwright/test";
import { classToolbar, initiatives, itemsOn, plan, siteChrome } from "./support/classroom";
import { rubyName } from "./support";

test.use({ javaScriptEnabled: false });

/**
 * The controls that need a script (text size, page tools, class toolbar, copy buttons) are in the
 * HTML but not shown; the search form's button stays, as the form works as a plain GET.
 */
async function expectNoScriptControls(page: Page, atLeast: number) {
  const buttons = page.locator("button:not([type=submit])");
  expect(await buttons.count()).toBeGreaterThanOrEqual(atLeast);
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  await expect(page.locator("button[type=submit]")).toBeVisible();
  await expect(classToolbar(page)).toBeHidden();
}

test("the home page lists every direction and goal, with the plan's figures", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveAttribute("data-js");
  await expect(siteChrome(page).header).toBeVisible();
  const sections = plan.plan.sections;
  expect(sections).toHaveLength(6);

  const cards = page.locator("main ol > li");
  await expect(cards).toHaveCount(6);
  for (const [index, section] of sections.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole("link", { name: rubyName(section.title) })).toHaveAttribute("href", `/directions/${section.id}/`);
    const goalLinks = card.getByRole("link").filter({ hasNotText: section.title });
    await expect(goalLinks).toHaveCount(section.goals.length);
    for (const goal of section.goals) {
      await expect(card.locator(`a[href="/directions/${section.id}/goals/${goal.number}/"]`)).toBeVisible();
    }
  }
  const figures = page.getByRole("definition");
  await expect(figures).toHaveText(["6", "17", "64", "260"]);
  // Text size, in the header.
  await expectNoScriptControls(page, 2);
});

test("a direction page shows each of its goals with every action and initiative", async ({ page }) => {
  const path = "/directions/1/";
  await page.goto(path);
  const section = plan.plan.sections[0]!;
  expect(section.goals).toHaveLength(4);
  await expect(page.locator("main h2")).toHaveCount(section.goals.length);
  await expect(page.locator("main h3")).toHaveCount(section.goals.flatMap((goal) => goal.actions).length);

  const items = initiatives(page);
  await expect(items).toHaveCount(itemsOn(path).length);
  for (const item of await items.all()) await expect(item).toBeVisible();
  await expect(items.locator("[data-text]")).toHaveText(itemsOn(path).map((item) => item.text), { useInnerText: true });
  await expect(page.getByRole("navigation", { name: "具体目標の一覧" }).getByRole("link")).toHaveCount(section.goals.length);
  // Text size, the three page tools, and the class toolbar's ふりがな, 全画面 and exit.
  await expectNoScriptControls(page, 2 + 3 + 3);
});

test("a goal page shows each of its actions with every initiative and a plain link to it", async ({ page }) => {
  const path = "/directions/1/goals/2/";
  await page.goto(path);
  const goal = plan.plan.sections[0]!.goals[1]!;
  await expect(page.locator("h1")).toHaveText(rubyName(goal.title), { useInnerText: true });
  await expect(page.locator("main h2")).toHaveCount(goal.actions.length);
  for (const action of goal.actions) {
    await expect(page.locator(`main h2 a[href="${path}actions/${action.number}/"]`)).toBeVisible();
  }

  const items = initiatives(page);
  await expect(items).toHaveCount(itemsOn(path).length);
  for (const item of await items.all()) await expect(item).toBeVisible();
  await expect(items.locator("[data-text]")).toHaveText(itemsOn(path).map((item) => item.text), { useInnerText: true });
  await expectNoScriptControls(page, 2 + 3 + 3);
});
