/** Small helpers shared by the browser specs. */
import type { Page } from "@playwright/test";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An accessible name that may contain furigana markup. Chromium names
 * `<ruby>自然</ruby>、` as "自然、", but Playwright's own name computation treats
 * `display: ruby` as a block and inserts spaces around each word, so the
 * match ignores whitespace. Anchored: the whole name must be `text`.
 */
export function rubyName(text: string): RegExp {
  return new RegExp(`^\\s*${[...text.replace(/\s+/g, "")].map(escape).join("\\s*")}\\s*$`);
}

/**
 * Resolves once React has hydrated the header search box. Before that, typing
 * changes the box but no handler sees it; a person never types that fast.
 */
export async function searchReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const input = document.querySelector("[data-site-search]");
    return input !== null && Object.keys(input).some((key) => key.startsWith("__reactProps"));
  });
}
