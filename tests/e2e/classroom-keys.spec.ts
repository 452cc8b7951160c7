/**
 * The class-view keys (← → Space PageUp PageDown Esc) belong to class view only. On an ordinary
 * page, and for any key pressed with Ctrl, Alt or ⌘, the browser keeps its own behaviour:
 * Space and PageDown scroll, Alt+← goes back, Ctrl+→ moves by word in a text box, and so on.
 */
import { expect, test, type Page } from "@playwright/test";
import { actionPaths, classToolbar, open, openWithPrefs } from "./support/classroom";

/** A page several screens long at 1280×720 (a direction lists all its actions), so Space and PageDown both have room to scroll. */
const longPage = "/directions/3/";

test.use({ viewport: { width: 1280, height: 720 } });
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "keyboard handling does not depend on the screen; runs in the desktop project");
});

/**
 * Records, for every key the page sees, whether a handler claimed it (preventDefault). A window
 * listener runs after the document's, where the class-view handler sits.
 */
async function recordKeys(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __keys: string[] }).__keys = seen;
    window.addEventListener("keydown", (event) => {
      // A chord's modifier arrives as a key of its own first.
      if (["Control", "Alt", "Meta", "Shift"].includes(event.key)) return;
      seen.push(`${event.key}${event.defaultPrevented ? " (claimed)" : ""}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** The scroll position once any smooth scrolling has come to rest (unchanged over three frames). */
const restingScrollY = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const tick = () => {
          if (window.scrollY === last) still++;
          else [last, still] = [window.scrollY, 0];
          if (still >= 3) resolve(last);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
const scrollX = (page: Page) => page.evaluate(() => window.scrollX);

test.describe("with class view off", () => {
  test("Space and PageDown scroll the page as usual, and ← → do nothing", async ({ page }) => {
    await open(page, longPage);
    const keys = await recordKeys(page);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight * 2)).toBe(true);

    await page.keyboard.press("Space");
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    const afterSpace = await restingScrollY(page);
    await page.keyboard.press("PageDown");
    await expect.poll(() => scrollY(page)).toBeGreaterThan(afterSpace);
    const afterPageDown = await restingScrollY(page);

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    // The recorder has seen both keys, so any handler has had its turn.
    await expect.poll(keys).toEqual([" ", "PageDown", "ArrowRight", "ArrowLeft"]);
    expect(await restingScrollY(page)).toBe(afterPageDown);
    expect(await scrollX(page)).toBe(0);
    expect(new URL(page.url()).pathname).toBe(longPage);
  });

  test("a class view remembered from an action page does not take the keys of a page without class layout", async ({ page }) => {
    await openWithPrefs(page, "/", { classView: "on" });
    await expect(page.locator("html")).toHaveAttribute("data-class-view", "on");
    const keys = await recordKeys(page);
    await page.keyboard.press("Space");
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Escape");
    await expect.poll(keys).toEqual([" ", "ArrowRight", "Escape"]);
    expect(new URL(page.url()).pathname).toBe("/");
    // Esc did not act either: the remembered choice still holds for the next action page.
    await expect(page.locator("html")).toHaveAttribute("data-class-view", "on");
  });
});

test.describe("with class view on", () => {
  const path = "/directions/1/goals/1/actions/2/";

  test("keys pressed with Ctrl, Alt or ⌘ are left to the browser", async ({ page }) => {
    expect(actionPaths.indexOf(path)).toBe(1);
    await openWithPrefs(page, path, { classView: "on" });
    await expect(classToolbar(page)).toBeVisible();
    const keys = await recordKeys(page);
    const chords = [
      "Control+ArrowRight",
      "Control+ArrowLeft",
      "Alt+ArrowRight",
      "Alt+ArrowLeft",
      "Alt+PageDown",
      "Alt+PageUp",
      "Meta+ArrowRight",
      "Meta+ArrowLeft",
      "Control+Space",
      "Meta+Escape",
    ];
    for (const chord of chords) await page.keyboard.press(chord);
    await expect.poll(keys).toEqual([
      "ArrowRight",
      "ArrowLeft",
      "ArrowRight",
      "ArrowLeft",
      "PageDown",
      "PageUp",
      "ArrowRight",
      "ArrowLeft",
      " ",
      "Escape",
    ]);
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(classToolbar(page)).toBeVisible();

    // The same keys alone are class view's: the recorder sees them claimed.
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await keys()).at(-1)).toBe("Escape (claimed)");
    await expect(classToolbar(page)).toBeHidden();
  });
});
