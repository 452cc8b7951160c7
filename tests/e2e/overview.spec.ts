/**
 * /overview/ (計画の全体図): the whole plan in one picture. Every action linked once, with its
 * code; its title on hover and focus; a text alternative; one projector screen in class view
 * with code labels of at least 20 px; a phone layout of its own; one A4 landscape sheet in print.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { SECTION_IDS } from "../../lib/content/schema";
import { shortCode } from "../../lib/content/codes";
import { overviewPath, sectionPath } from "../../lib/urls";
import { actionPaths, classToolbar, expectNoAxeViolations, moreBar, openWithPrefs, plan } from "./support/classroom";

const PATH = overviewPath();

/** The picture a reader sees at this size (the other layout is display: none). */
const picture = (page: Page) => page.locator("svg[data-map]").filter({ visible: true });

/** One action's link in the visible picture. */
const actionIn = (map: Locator, code: string) => map.locator(`a[data-action="${code}"]`);

const codes = plan.actions.map((e) => shortCode(e.section.id, e.goal.number, e.action.number));

test("every action is linked exactly once in the picture, labelled with its code", async ({ page }, testInfo) => {
  await page.goto(PATH);
  const map = picture(page);
  await expect(map).toHaveCount(1);
  await expect(map).toHaveAttribute("data-map", testInfo.project.name === "phone" ? "portrait" : "landscape");
  const links = map.locator("a[data-action]");
  expect(actionPaths).toHaveLength(64);
  await expect(links).toHaveCount(64);
  const found = await links.evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href"), code: a.getAttribute("data-action"), label: a.querySelector(".map-code")?.textContent })),
  );
  // Each action's page once: 64 links, 64 different pages, exactly the plan's.
  expect(found.map((f) => f.href).sort()).toEqual([...actionPaths].sort());
  expect(found.map((f) => f.code)).toEqual(codes);
  expect(found.every((f) => f.label === f.code)).toBe(true);
  // A screen reader hears the code first, then the title and the counts.
  const entry = plan.actions.find((e) => e.section.id === "3" && e.goal.number === 1 && e.action.number === 2)!;
  await expect(map.getByRole("link", { name: `3-1-2 ${entry.action.title}、取組例10件（うち●3件）` })).toHaveCount(1);
});

test("an action's title shows on hover and on focus, and nowhere else", async ({ page }, testInfo) => {
  await page.goto(PATH);
  const map = picture(page);
  const link = actionIn(map, "3-1-2");
  const tip = link.locator(".map-tip");
  const title = plan.actions.find((e) => e.section.id === "3" && e.goal.number === 1 && e.action.number === 2)!.action.title;
  await expect(tip).toBeHidden();
  await expect(map.locator(".map-tip").filter({ visible: true })).toHaveCount(0);

  if (testInfo.project.name === "desktop") {
    await link.locator(".map-cell").hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(title);
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  }

  // Keyboard: Tab from the action before reaches this one, shows its title and a focus ring.
  await actionIn(map, "3-1-1").focus();
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(title);
  await expect(link.locator(".map-focus")).toBeVisible();
  await expect(map.locator(".map-tip").filter({ visible: true })).toHaveCount(1);
});

test("section names and action titles fit the bands that show them", async ({ page }) => {
  await page.goto(PATH);
  const map = picture(page);
  const overflowing = await map.locator(".map-head__text, .map-tip__text").evaluateAll((ps) => {
    // Tips are hidden but laid out, so they can be measured too.
    return ps.filter((p) => p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent);
  });
  expect(await map.locator(".map-head__text").count()).toBe(6);
  expect(await map.locator(".map-tip__text").count()).toBe(64);
  expect(overflowing).toEqual([]);
});

test("the picture is linked from the home page and from every direction page", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same links at every size");
  const pages = ["/", ...SECTION_IDS.map(sectionPath)];
  expect(pages).toHaveLength(7);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${PATH}"]`).first(), path).toBeVisible();
  }
});

test("the text alternative lists the same tree with the counts", async ({ page }) => {
  await page.goto(PATH);
  const outline = page.locator("#outline");
  await expect(outline.locator(":scope > li")).toHaveCount(6);
  await expect(outline.locator(":scope > li > ol > li")).toHaveCount(17);
  const actions = outline.locator(":scope > li > ol > li > ol > li");
  await expect(actions).toHaveCount(64);
  await expect(outline.locator(":scope > li").nth(2)).toContainText("具体目標3・行動11・取組例56件（うち●24件）");
  await expect(actions.filter({ hasText: "3-1-2" })).toContainText("取組例10件（うち●3件）");
  expect((await actions.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual([...actionPaths].sort());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the picture and the list are all there", async ({ page }) => {
    await page.goto(PATH);
    await expect(picture(page).locator("a[data-action]")).toHaveCount(64);
    await expect(page.locator("#outline a")).toHaveCount(6 + 17 + 64);
  });
});

test.describe("class view on a 1280×720 projector", () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "a projector is a desktop-sized screen");
  });

  test("the picture fits the screen, every code label is at least 20 px and inside its shape", async ({ page }) => {
    await openWithPrefs(page, PATH, { classView: "on" });
    await expect(classToolbar(page)).toBeVisible();
    await expect(page.locator("body > header")).toBeHidden();
    const map = picture(page);
    await expect(map).toHaveAttribute("data-map", "landscape");
    const box = (await map.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await expect(moreBar(page)).toBeHidden();
    const labels = await map.locator("a[data-action]").evaluateAll((links) =>
      links.map((a) => {
        const text = a.querySelector<SVGTextElement>("text.map-code")!;
        const shape = a.querySelector(".map-cell")!.getBoundingClientRect();
        const t = text.getBoundingClientRect();
        return {
          code: a.getAttribute("data-action"),
          px: Number.parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a,
          inside: t.left >= shape.left && t.right <= shape.right && t.top >= shape.top && t.bottom <= shape.bottom,
        };
      }),
    );
    expect(labels).toHaveLength(64);
    expect(labels.filter((l) => l.px < 20)).toEqual([]);
    expect(labels.filter((l) => !l.inside)).toEqual([]);
    // → goes on to the plan's first screen in class view: 方向性1's title.
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL("/directions/1/");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing in class view, ${colorScheme} scheme`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await openWithPrefs(page, PATH, { classView: "on" });
      await expect(classToolbar(page)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test("on a phone the portrait picture is drawn at its own size: readable codes, no sideways scrolling", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the phone layout");
  await page.goto(PATH);
  const map = picture(page);
  await expect(map).toHaveAttribute("data-map", "portrait");
  const sizes = await map.locator("text.map-code").evaluateAll((texts) =>
    texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
  );
  expect(sizes).toHaveLength(64);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("prints on one A4 landscape page: the picture without the site's chrome or the list", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "printing does not depend on the screen");
  await page.goto(PATH);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator('svg[data-map="landscape"]')).toBeVisible();
  await expect(page.locator('svg[data-map="portrait"]')).toBeHidden();
  await expect(page.locator("#outline")).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  // The handout header every printed page carries: the plan and the city, the page, its URL and the date.
  const masthead = page.locator("[data-print-masthead]");
  await expect(masthead).toBeVisible();
  await expect(masthead).toContainText("金沢SDGs行動計画（金沢市）");
  await expect(masthead).toContainText("計画の全体図");
  await expect(masthead.locator(".print-url")).toContainText("/overview/");
  await expect(masthead.locator("[data-print-date]")).not.toHaveText(/^[\s　年月日]*$/u);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/gu) ?? [];
  expect(pages).toHaveLength(1);
  // A4 landscape in points: 842 × 595.
  const [, width, height] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/u.exec(pdf) ?? [];
  expect(Math.round(Number(width))).toBe(842);
  expect(Math.round(Number(height))).toBe(595);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the overview, ${colorScheme} scheme, with an action focused`, async ({ page }) => {
    // The picture and its list are a large DOM: axe takes a while on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto(PATH);
    await actionIn(picture(page), "2-2-5").focus();
    await expectNoAxeViolations(page);
  });
}

test("one h1 and no skipped heading levels", async ({ page }) => {
  await page.goto(PATH);
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
});
