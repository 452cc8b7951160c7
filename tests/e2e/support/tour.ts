/**
 * One visit to every kind of page, using what a reader uses there: the header search with its
 * dropdown open, the search page with a query, the reader toggles, text size, copy link, the
 * マイリスト button, and /my/ with a shared list, its QR code and the lesson deck.
 * Shared by tests/e2e/origin.spec.ts (no request leaves the site) and tests/e2e/csp.spec.ts
 * (nothing breaks the Content-Security-Policy), so both cover the same ground.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { scriptsArrived } from "../../../lib/build/paint-first";

export type Stop = {
  kind: string;
  path: string;
  /** HTTP status of the document; 200 unless said. */
  status?: number;
  /** What a reader does there, after the page has loaded. */
  act?: (page: Page) => Promise<void>;
};

/** Types into the header search box and waits for its dropdown to list results. */
export async function useHeaderSearch(page: Page, query = "バス"): Promise<void> {
  const box = page.locator("input[data-site-search]");
  await box.click();
  await box.fill(query);
  await expect(page.getByRole("list", { name: "検索候補" })).toBeVisible();
}

/**
 * The one visible control matching `selector`. A page of this kind must have it: a tour that
 * quietly skipped a missing control would report a clean page it never used.
 */
export async function control(page: Page, selector: string, { timeout }: { timeout?: number } = {}): Promise<Locator> {
  // Until the page is enhanced a click on a control does nothing.
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
  const visible = page.locator(selector).filter({ visible: true });
  await expect(visible, `a visible ${selector} on ${page.url()}`).toHaveCount(1, { timeout });
  return visible;
}

/** Presses each reader toggle on the page on and off again (class view: on, then out by its exit button). */
async function useToggles(page: Page): Promise<void> {
  for (const name of ["featuredOnly", "furigana", "classView"]) {
    // The page tools' toggle; class view's own toolbar has a hidden ふりがな toggle of the same name.
    const toggle = await control(page, `[data-pref-toggle="${name}"]`);
    await toggle.click();
    await expect(page.locator(`[data-pref-toggle="${name}"][aria-pressed="true"]`).first()).toBeAttached();
    if (name === "classView") {
      await (await control(page, "[data-class-exit]")).click();
      await expect(page.locator("html")).not.toHaveAttribute("data-class-view");
    } else {
      await toggle.click();
      await expect(page.locator(`[data-pref-toggle="${name}"][aria-pressed="true"]`)).toHaveCount(0);
    }
  }
}

async function useTextSize(page: Page): Promise<void> {
  await (await control(page, '[data-text-step="1"]')).click();
  await (await control(page, '[data-text-step="-1"]')).click();
}

async function useCopyLink(page: Page): Promise<void> {
  const copy = page.locator("main header [data-copy]");
  await expect(copy).toHaveCount(1);
  await copy.click();
  await expect(copy.locator("[data-copy-text]")).not.toHaveText("リンクをコピー");
}

/** Puts the first initiative of the page into マイリスト and takes it out again. */
async function useMyListToggle(page: Page): Promise<void> {
  const toggle = page.locator("main [data-mylist]").first();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
}

/** On /my/ opened from a share link: keep the list, wait for its QR code (made in the browser), show the deck. */
async function useMyList(page: Page): Promise<void> {
  await page.locator("[data-keep]").click();
  await expect(page.locator("[data-share-qr] svg").first()).toBeVisible();
  await page.locator("[data-present]").click();
  await expect(page.locator("[data-deck]")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-list]")).toBeVisible();
}

export const TOUR: readonly Stop[] = [
  {
    kind: "home",
    path: "/",
    act: async (page) => {
      await useHeaderSearch(page);
      await useTextSize(page);
    },
  },
  { kind: "direction", path: "/directions/1/", act: useToggles },
  // Goal pages have no copy buttons (their items are copied from the action page).
  { kind: "goal", path: "/directions/1/goals/2/", act: useToggles },
  {
    kind: "action",
    path: "/directions/1/goals/2/actions/3/",
    act: async (page) => {
      await useToggles(page);
      await useTextSize(page);
      await useCopyLink(page);
      await useMyListToggle(page);
      await useHeaderSearch(page, "公共交通");
    },
  },
  { kind: "partnership action", path: "/directions/partnership/goals/1/actions/1/" },
  {
    kind: "search",
    path: "/search/?q=バス",
    act: async (page) => {
      await expect(page.locator("#search-results li").first()).toBeVisible();
      // The search page's own box (the header's is hidden there): a phrase, then a code the plan lacks.
      await page.locator("#search-page-q").fill("町家を残したい");
      await expect(page.locator("#search-results li").first()).toContainText("町家");
      await page.locator("#search-page-q").fill("1-2-9");
      await expect(page.locator("[data-code-answer]")).toBeVisible();
    },
  },
  { kind: "my list", path: "/my/?items=1-2-3-4,3-1-2,P-1-1-1,9-9-9", act: useMyList },
  { kind: "open data", path: "/data/" },
  { kind: "404", path: "/no-such-page/", status: 404, act: (page) => useHeaderSearch(page) },
];

/** Loads a stop, checks its status, lets the page settle and runs its actions. */
export async function visit(page: Page, origin: string, stop: Stop): Promise<void> {
  const response = await page.goto(new URL(stop.path, origin).href, { waitUntil: "networkidle" });
  expect(response?.status(), `${stop.kind} ${stop.path}`).toBe(stop.status ?? 200);
  await scriptsArrived(page);
  await stop.act?.(page);
  await page.waitForLoadState("networkidle");
}
