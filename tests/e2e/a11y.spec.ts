/**
 * Accessibility of every kind of page: axe (WCAG 2.0/2.1 A and AA) in both projects,
 * and what a keyboard user relies on: the skip link, a visible focus ring on
 * everything Tab reaches, and headings that do not skip a level.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { searchReady } from "./support";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const PAGES = {
  home: "/",
  direction: "/directions/1/",
  goal: "/directions/1/goals/2/",
  action: "/directions/1/goals/2/actions/2/",
  // Opened at a （再掲） item: its links sit on the highlighted :target background.
  "repeated-item action": "/directions/2/goals/1/actions/3/#i-1",
  search: "/search/?q=バス",
  "not found": "/no-such-page/",
  "open data": "/data/",
} as const;

async function expectNoAxeViolations(page: Page) {
  // axe walks every node of a long page: seconds on a quiet machine, far more on a loaded one.
  test.slow();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}  ${n.failureSummary ?? ""}`).join("\n")}`);
  expect(report, report.join("\n\n")).toEqual([]);
}

/** Waits until the search page shows its results, so axe sees them. */
async function searchResultsShown(page: Page) {
  await expect(page.locator("#search-results > li").first()).toBeVisible();
}

test.describe("axe finds no WCAG 2.1 AA violations", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`on the ${kind} page`, async ({ page }) => {
      // About 2,300 elements: axe alone takes 22–31 s here on main's build too when the shared machine is loaded.
      if (kind === "direction") test.slow();
      await page.goto(path);
      if (kind === "search") await searchResultsShown(page);
      await expectNoAxeViolations(page);
    });
  }

  test("with the header suggestions open", async ({ page }) => {
    await page.goto("/directions/1/goals/2/actions/3/");
    await searchReady(page);
    const box = page.getByRole("search", { name: "サイト内検索" }).getByRole("searchbox");
    await box.focus();
    await page.keyboard.type("ごみ");
    await expect(page.getByRole("list", { name: "検索候補" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on the search page with partial matches, and with a code the plan lacks", async ({ page }) => {
    await page.goto("/search/?q=" + encodeURIComponent("伝統工芸を守りたい"));
    await searchResultsShown(page);
    await expect(page.locator("p[data-partial]")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/search/?q=ばそ");
    await expect(page.locator("[data-did-you-mean]")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/search/?q=1-2-9");
    await expect(page.locator("[data-code-answer]")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("in the dark colour scheme, axe finds no WCAG 2.1 AA violations", () => {
  test.use({ colorScheme: "dark" });

  // At phone width too: the narrow layout shows other elements (wrapped header, stacked tools) on other backgrounds.
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`on the ${kind} page`, async ({ page }) => {
      await page.goto(path);
      if (kind === "search") await searchResultsShown(page);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await page.goto(PAGES.action);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "本文へスキップ" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect((await skip.boundingBox())!.width).toBeGreaterThan(20);

    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement))).toBe(true);
  });

  test("everything Tab reaches on an action page shows where the focus is", async ({ page }) => {
    await page.goto(PAGES.action);
    await searchReady(page);
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        // Stop when focus comes round to an element already visited.
        const visited = ((window as unknown as { __tabbed?: WeakSet<Element> }).__tabbed ??= new WeakSet());
        if (visited.has(el)) return null;
        visited.add(el);
        const style = getComputedStyle(el);
        const ring =
          (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        const name = (el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "").trim().slice(0, 40);
        return { label: `${el.tagName.toLowerCase()} "${name}"`, ring };
      });
      if (!focused) break;
      reached.push(focused.label);
      if (!focused.ring) invisible.push(focused.label);
    }
    // Skip link, header, page tools, every permalink and copy button, previous/next, footer.
    expect(reached.length, reached.join("\n")).toBeGreaterThan(20);
    expect(invisible, `no focus indicator on:\n${invisible.join("\n")}`).toEqual([]);
  });
});

test.describe("headings", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`the ${kind} page has one h1 and no skipped heading levels`, async ({ page }) => {
      await page.goto(path);
      if (kind === "search") await searchResultsShown(page);
      const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) =>
        headings
          .filter((h) => h.getClientRects().length > 0) // rendered, if only for screen readers
          .map((h) => ({ level: Number(h.tagName[1]), text: (h as HTMLElement).innerText.trim().slice(0, 40) })),
      );
      const outline = levels.map((h) => `${"  ".repeat(h.level - 1)}h${h.level} ${h.text}`).join("\n");
      expect(levels[0]?.level, outline).toBe(1);
      expect(levels.filter((h) => h.level === 1), outline).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i]!.level, `after "${levels[i - 1]!.text}":\n${outline}`).toBeLessThanOrEqual(levels[i - 1]!.level + 1);
      }
    });
  }
});
