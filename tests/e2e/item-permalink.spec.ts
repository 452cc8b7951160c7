/**
 * The permalink of each initiative on an action page: one small control on the
 * item's first line (no line of its own), a plain #i-n link without JavaScript
 * and a copy button with it, and room in its cluster for one more control.
 */
import { expect, test, type Page } from "@playwright/test";
import { actionPath } from "../../lib/urls";
import { shortCode } from "../../lib/content/codes";
import { open, plan } from "./support/classroom";

/** 3-1-②, the action the issue measured: ten initiatives, 1,058 px tall at 390×844 before. */
const example = plan.actions.find((e) => e.section.id === "3" && e.goal.number === 1 && e.action.number === 2)!;
const examplePath = actionPath(example.section.id, example.goal.number, example.action.number);

/** The issue's two sizes: a phone (the phone project) and a 1280×720 screen. */
async function useIssueSize(page: Page, project: string) {
  if (project === "desktop") await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("the permalink of each initiative", () => {
  const items = (page: Page) => page.locator("main [data-initiatives] > li");

  test("3-1-②'s ten initiatives fit the issue's heights, each with one small named link on its first line", async ({ page }, testInfo) => {
    await useIssueSize(page, testInfo.project.name);
    await open(page, examplePath);
    const limit = testInfo.project.name === "phone" ? 850 : 480;
    await expect(items(page)).toHaveCount(10);
    const list = await page.locator("main [data-initiatives]").boundingBox();
    testInfo.annotations.push({ type: "3-1-② list height", description: `${Math.round(list!.height)} px at ${page.viewportSize()!.width} px` });
    expect(list!.height).toBeLessThanOrEqual(limit);

    // Named with each initiative's code, as a screen reader gets it.
    const named = page.getByRole("link", { name: /^取組例 3-1-2-\d+ へのリンク$/u });
    await expect(named).toHaveCount(10);
    // Where each link sits, measured in one pass.
    const placed = await items(page).evaluateAll((lis) =>
      lis.map((li) => {
        const links = li.querySelectorAll(".item-tools a");
        const link = links[0]!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(li.querySelector("[data-text]")!);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const top = rects[0]!.top;
        const firstLine = rects.filter((r) => r.top < top + r.height / 2);
        const body = li.querySelector(".item-body")!.getBoundingClientRect();
        const paragraphs = li.querySelectorAll(".item-body > p");
        const last = paragraphs[paragraphs.length - 1]!.getBoundingClientRect();
        return {
          links: links.length,
          href: links[0]!.getAttribute("href"),
          name: links[0]!.getAttribute("aria-label"),
          width: link.width,
          height: link.height,
          middle: link.top + link.height / 2,
          left: link.left,
          lineTop: top,
          lineBottom: rects[0]!.bottom,
          lineRight: Math.max(...firstLine.map((r) => r.right)),
          overhang: body.bottom - last.bottom,
        };
      }),
    );
    expect(placed).toHaveLength(10);
    for (const [i, item] of example.action.initiatives.entries()) {
      const at = placed[i]!;
      const code = shortCode(example.section.id, example.goal.number, example.action.number, item.position);
      expect(at.links, `item ${item.position}`).toBe(1);
      expect(at.name).toBe(`取組例 ${code} へのリンク`);
      expect(at.href).toBe(`${examplePath}#i-${item.position}`);
      expect(at.width).toBeGreaterThanOrEqual(24);
      expect(at.height).toBeGreaterThanOrEqual(24);
      // On the first line of the text, and beside it, not over it.
      expect(at.middle).toBeGreaterThan(at.lineTop);
      expect(at.middle).toBeLessThan(at.lineBottom);
      expect(at.lineRight).toBeLessThanOrEqual(at.left + 1);
      // The item ends where its text ends: the link has no line of its own.
      expect(Math.abs(at.overhang)).toBeLessThan(2);
    }
  });

  test("the マイリスト button joins the permalink without taking a line, and the text keeps clear of both", async ({ page }, testInfo) => {
    await useIssueSize(page, testInfo.project.name);
    await open(page, examplePath);
    expect(await items(page).count()).toBe(10);
    const clusters = await items(page).evaluateAll((lis) =>
      lis.map((li) => {
        const tools = li.querySelector(".item-tools")!;
        const box = tools.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(li.querySelector("[data-text]")!);
        return {
          controls: [...tools.children].map((c) => {
            const r = c.getBoundingClientRect();
            return { kind: c.matches("[data-mylist]") ? "mylist" : c.matches("a.item-link") ? "link" : c.tagName, width: r.width, height: r.height, top: r.top };
          }),
          clear: [...range.getClientRects()].every((r) => r.right <= box.left + 1 || r.top >= box.bottom - 1),
        };
      }),
    );
    for (const { controls, clear } of clusters) {
      expect(controls.map((c) => c.kind)).toEqual(["mylist", "link"]);
      // Side by side on one line, each a target of at least 24×24 px.
      expect(Math.abs(controls[0]!.top - controls[1]!.top)).toBeLessThan(1);
      for (const c of controls) expect(Math.min(c.width, c.height)).toBeGreaterThanOrEqual(24);
      expect(clear).toBe(true);
    }
  });

  test("with JavaScript, a click copies the initiative's URL and says so, without leaving the page", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await open(page, examplePath);
    const code = shortCode(example.section.id, example.goal.number, example.action.number, 3);
    const link = page.getByRole("link", { name: `取組例 ${code} へのリンク` });
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${examplePath}#i-3`);
    await expect(page.locator("#live-status")).toHaveText(`取組例 ${code} のリンクをコピーしました`);
    // A note beside the link, for a moment; the page stays where it was.
    const note = link.locator(".item-link__done");
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"コピーしました"');
    expect(new URL(page.url()).hash).toBe("");
    await expect(note).toBeHidden({ timeout: 5000 });
  });
});
