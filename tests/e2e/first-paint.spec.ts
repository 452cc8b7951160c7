/**
 * The main heading is in the first paint. A page's HTML arrives in pieces; Chromium
 * paints what it has parsed whenever the parser waits, so without care the first
 * paint showed the site header alone and the <h1> (the largest text, so the LCP) came
 * a frame or a network round trip later. The layout blocks rendering until the content
 * is parsed, up to the footer (<link rel="expect" href="#site-footer" blocking="render">).
 *
 * To make that visible every time, not only on a slow network, this test serves the
 * page's HTML in two pieces, cut just before <main>, and sends the second piece only
 * some time after the stylesheet has arrived, when the browser could paint the first.
 */
import { EventEmitter, once } from "node:events";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { createStaticServer, fileForPathname, listenOnLoopback } from "../../lib/server/static";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");

const PAGES = {
  home: "/",
  direction: "/directions/3/",
  goal: "/directions/3/goals/1/",
  action: "/directions/3/goals/1/actions/2/",
  search: "/search/",
  "open data": "/data/",
  accessibility: "/accessibility/",
};
const PAUSE_MS = 600;

let origin = "";
let server: http.Server;

test.beforeAll(async () => {
  const files = createStaticServer({ dir: outDir });
  const stylesheets = new EventEmitter();
  server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    if (!Object.values(PAGES).includes(pathname)) {
      if (pathname.endsWith(".css")) res.on("finish", () => stylesheets.emit("sent"));
      files.emit("request", req, res);
      return;
    }
    const html = readFileSync(fileForPathname(outDir, pathname)!, "utf8");
    const cut = html.indexOf("<main");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.write(html.slice(0, cut));
    void once(stylesheets, "sent", { signal: AbortSignal.timeout(5000) })
      .catch(() => undefined)
      .then(() => setTimeout(() => res.end(html.slice(cut)), PAUSE_MS));
  });
  origin = await listenOnLoopback(server);
});

test.afterAll(() => {
  server?.close();
});

for (const [kind, pagePath] of Object.entries(PAGES)) {
  test(`the ${kind} page's h1 and largest text are in its first contentful paint, even when the HTML arrives in pieces`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the paint order does not depend on the size; the phone is where it matters");
    await page.addInitScript(() => {
      const w = window as unknown as { paints: { fcp?: number; h1?: number; lcp?: number } };
      w.paints = {};
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.paints.lcp = e.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "first-contentful-paint") w.paints.fcp = e.startTime;
      }).observe({ type: "paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.paints.h1 ??= (e as PerformanceEntry & { renderTime: number }).renderTime;
      }).observe({ type: "element", buffered: true });
      // Element Timing reports the elements marked with elementtiming: mark the h1 as the parser inserts it.
      new MutationObserver(() => document.getElementById("page-title")?.setAttribute("elementtiming", "h1")).observe(document, {
        childList: true,
        subtree: true,
      });
    });
    await page.goto(`${origin}${pagePath}`);
    const paints = await page.waitForFunction(() => {
      const { fcp, h1 } = (window as unknown as { paints: { fcp?: number; h1?: number } }).paints;
      return fcp !== undefined && h1 !== undefined ? { fcp, h1 } : null;
    });
    const { fcp, h1 } = (await paints.jsonValue())!;
    expect(h1, `first contentful paint at ${Math.round(fcp)} ms, the h1 at ${Math.round(h1)} ms`).toBe(fcp);
    // Nothing larger came later: the largest contentful paint is the first one.
    const lcp = await page.evaluate(() => (window as unknown as { paints: { lcp?: number } }).paints.lcp);
    expect(lcp, "largest contentful paint").toBe(fcp);
  });
}
