/**
 * Shared helpers for the classroom browser tests (class view, furigana, text
 * size, copy link, featured-only, colour schemes, print).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { getPlan } from "../../../lib/content/plan";
import type { Initiative } from "../../../lib/content/schema";
import { PREFS, type PrefName } from "../../../lib/prefs";
import { absoluteUrl, actionPath } from "../../../lib/urls";

export const plan = getPlan();

/** Path of every action in reading order, straight from the validated content. */
export const actionPaths = plan.actions.map((e) => actionPath(e.section.id, e.goal.number, e.action.number));

/** The plan's action with the most initiatives: the hardest one to project. */
export const longestAction = [...plan.actions].sort((a, b) => b.action.initiatives.length - a.action.initiatives.length)[0]!;
export const longestPath = actionPath(longestAction.section.id, longestAction.goal.number, longestAction.action.number);

/**
 * The initiatives a direction, goal or action page lists, in page order, straight from the
 * validated content: what a count on that page must equal.
 */
export function itemsOn(path: string): Initiative[] {
  const match = /^\/directions\/([^/]+)\/(?:goals\/(\d+)\/(?:actions\/(\d+)\/)?)?$/u.exec(path);
  if (!match) throw new Error(`not a direction, goal or action path: ${path}`);
  const [, section, goal, action] = match;
  const items = plan.actions
    .filter((e) => e.section.id === section && (goal === undefined || e.goal.number === Number(goal)))
    .filter((e) => action === undefined || e.action.number === Number(action))
    .flatMap((e) => e.action.initiatives);
  if (items.length === 0) throw new Error(`the plan has no initiatives under ${path}`);
  return items;
}

/** The absolute URL the build writes into QR codes and canonical links (SITE_URL, default example.jp). */
export const publicUrl = (path: string) => absoluteUrl(path);

/** Opens a page and waits until its controls respond to clicks and keys. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
}

/** Remembers preferences as a reader's earlier visit would have, then reopens the page. */
export async function openWithPrefs(page: Page, path: string, prefs: Partial<Record<PrefName, string>>): Promise<void> {
  await page.goto(path);
  await page.evaluate(
    (entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)),
    Object.entries(prefs).map(([name, value]) => [PREFS[name as PrefName].storageKey, value!] as const),
  );
  await open(page, path);
}

export const siteChrome = (page: Page) => ({
  header: page.locator("body > header"),
  footer: page.locator("body > footer"),
  breadcrumbs: page.getByRole("navigation", { name: "パンくずリスト" }),
});

export const classToolbar = (page: Page) => page.getByRole("navigation", { name: "授業モードの操作" });
export const moreBar = (page: Page) => page.locator("[data-class-more]");
export const initiatives = (page: Page) => page.locator("main [data-initiatives] > li");

/** Relative luminance contrast (WCAG 2) of two computed CSS colours `rgb(r, g, b)`. */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The text colour of an element and the colour actually behind it (first opaque ancestor background). */
export async function colours(locator: Locator): Promise<{ fg: string; bg: string }> {
  return locator.evaluate((el) => {
    let node: Element | null = el;
    let bg = "rgb(255, 255, 255)";
    while (node) {
      const value = getComputedStyle(node).backgroundColor;
      if (value !== "transparent" && !/rgba\(.*,\s*0\)$/u.test(value)) {
        bg = value;
        break;
      }
      node = node.parentElement;
    }
    return { fg: getComputedStyle(el).color, bg };
  });
}

/** Reads a QR code from a screenshot of an element. */
export async function decodeQr(locator: Locator): Promise<string | null> {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/**
 * Whether a reader sees all of an element: rendered (a display:none element has an empty box at
 * 0,0, which would otherwise count as "on screen"), not hidden by visibility or opacity, and
 * wholly on screen above the fixed "more follows" bar.
 */
export async function fullyVisible(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const bar = document.querySelector<HTMLElement>("[data-class-more]");
    const bottom = bar && !bar.hidden ? bar.getBoundingClientRect().top : window.innerHeight;
    return box.top >= 0 && box.bottom <= bottom + 1;
  });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // axe walks every node of a long page: seconds on a quiet machine, far more on a loaded one.
  test.slow();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
