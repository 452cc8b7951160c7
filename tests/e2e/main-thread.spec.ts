/**
 * After the first paint, the page does not restyle itself whole. React and Next insert
 * nodes as they hydrate (scripts, the client components' markup); a CSS rule whose
 * :has() sits on <body> or <html>, or holds :nth-child, makes Chromium re-check it on
 * every such insertion and restyle the whole document each time. On /directions/1/
 * (about 2,650 elements) that was two or three recalculations of 40–80 ms each at 4×
 * CPU, all counted as blocking time by Lighthouse. See app/globals.css, where the
 * search box and the per-item controls say why they avoid such rules.
 *
 * Measured from a Chromium trace: every "UpdateLayoutTree" after the first contentful
 * paint, with the number of elements it restyled.
 */
import { expect, test } from "@playwright/test";
import { searchReady } from "./support";

const LONG_PAGES = ["/directions/1/", "/directions/3/goals/1/actions/2/", "/search/?q=バス"];

type TraceEvent = { name: string; ts: number; dur?: number; args?: { elementCount?: number } };

for (const pagePath of LONG_PAGES) {
  test(`${pagePath}: no style recalculation after the first paint restyles most of the page`, async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a property of the stylesheet, not of the size");
    await browser.startTracing(page, { categories: ["devtools.timeline", "loading", "blink.user_timing"] });
    await page.goto(pagePath);
    // Hydrated, and a little more for what the page does after it (the search runs its query).
    await searchReady(page);
    await page.waitForTimeout(1000);
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };

    const fcp = traceEvents.find((e) => e.name === "firstContentfulPaint");
    expect(fcp, "the trace has the first contentful paint").toBeDefined();
    const whole = traceEvents
      .filter((e) => e.name === "UpdateLayoutTree" && e.ts > fcp!.ts && (e.args?.elementCount ?? 0) > elements / 2)
      .map((e) => `${e.args?.elementCount} elements at +${Math.round((e.ts - fcp!.ts) / 1000)} ms`);
    expect(whole, `the page has ${elements} elements`).toEqual([]);
  });
}

// lib/build/paint-first.ts: the framework is asked for only once the first contentful paint is
// on screen, so its code can never delay that paint; the page then hydrates as before.
for (const pagePath of ["/", "/directions/1/goals/2/actions/3/", "/search/?q=バス"]) {
  test(`${pagePath}: Next's scripts are requested after the first contentful paint, and the page hydrates`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the order of a load does not depend on the size");
    await page.goto(pagePath);
    await searchReady(page);
    const { fcp, chunks } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      chunks: performance
        .getEntriesByType("resource")
        .filter((e) => /\/_next\/static\/chunks\/[^/]+\.js$/u.test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, start: Math.round(e.startTime) })),
    }));
    expect(fcp, "first contentful paint").toBeDefined();
    expect(chunks.length, "the framework's chunks").toBeGreaterThanOrEqual(4);
    expect(chunks.filter((c) => c.start < fcp!), `first contentful paint at ${Math.round(fcp!)} ms`).toEqual([]);
  });
}
