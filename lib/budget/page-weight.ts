/**
 * How many gzipped bytes of HTML, CSS and JS a page of the export costs on first load.
 *
 * The list of files comes from a real browser (Chromium through Playwright): every
 * same-origin response of type document, stylesheet or script while the page loads,
 * which includes chunks that Next's runtime requests by itself and leaves out the
 * `noModule` polyfills a modern browser skips. The bytes come from out/ (the file the
 * URL maps to), gzipped at zlib's default level like lib/server/static.ts does, so the
 * figures do not depend on how the server happened to compress them.
 * Used by scripts/bench.ts and tests/e2e/budget.spec.ts.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { fileForPathname } from "../server/static";
import { loaderLists, scriptsArrived } from "../build/paint-first";

/** One page of each kind people land on, measured by scripts/bench.ts and held to budgets by tests/e2e/budget.spec.ts. */
export const BENCH_PAGES = [
  "/",
  "/directions/1/",
  "/directions/1/goals/2/",
  "/directions/1/goals/2/actions/3/",
  "/search/?q=バス",
  "/overview/",
  "/actions/",
] as const;

export const RESOURCE_KINDS = ["html", "css", "js"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export type Resource = { kind: ResourceKind; path: string; bytes: number; gzip: number };
export type Weight = { bytes: number; gzip: number; files: number };
export type PageWeight = {
  /** The URL path and query that was loaded, e.g. `/search/?q=バス`. */
  page: string;
  resources: Resource[];
  totals: Record<ResourceKind, Weight>;
};

/** gzip size at zlib's default level (6), what the static server and most hosts send. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

const kindOfResourceType: Record<string, ResourceKind> = { document: "html", stylesheet: "css", script: "js" };

/** Sums a page's resources per kind. */
export function totalsOf(resources: readonly Resource[]): Record<ResourceKind, Weight> {
  const totals = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { bytes: 0, gzip: 0, files: 0 }])) as Record<
    ResourceKind,
    Weight
  >;
  for (const resource of resources) {
    const total = totals[resource.kind];
    total.bytes += resource.bytes;
    total.gzip += resource.gzip;
    total.files += 1;
  }
  return totals;
}

/**
 * The `<script src>` and `<link rel="stylesheet" href>` URLs in an HTML document, in order,
 * skipping `nomodule` scripts (not loaded by browsers with ES modules), then the scripts the
 * page's loader adds after its first paint (lib/build/paint-first.ts). A cross-check on what
 * the browser reports: every one of these should be among the loaded resources.
 */
export function assetsInHtml(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  const attrs = (tag: string) =>
    new Map(
      [...tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu)].map((m) => [
        m[1]!.toLowerCase(),
        m[2] ?? m[3] ?? m[4] ?? "",
      ]),
    );
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/giu)) {
    const a = attrs(match[2] ?? "");
    if (match[1]!.toLowerCase() === "script") {
      const src = a.get("src");
      if (src && !a.has("nomodule")) js.push(src);
    } else if ((a.get("rel") ?? "").toLowerCase().split(/\s+/u).includes("stylesheet") && a.get("href")) {
      css.push(a.get("href")!);
    }
  }
  return { js: [...js, ...loaderLists(html).scripts], css };
}

/** How long the network must have been quiet for a page to count as loaded (Playwright's "networkidle"). */
const QUIET_MS = 500;

/**
 * Loads `page` (a path with optional query, e.g. `/search/?q=バス`) at `origin` in a Playwright
 * page and weighs what it fetched, reading the files from `outDir`. Waits for the network to
 * go quiet so chunks requested during hydration are counted; nothing is clicked.
 */
export async function weighPage(browserPage: Page, origin: string, outDir: string, page: string): Promise<PageWeight> {
  const seen = new Map<string, ResourceKind>();
  const originOf = new URL(origin).origin;
  const onResponse = (response: import("playwright-core").Response) => {
    const kind = kindOfResourceType[response.request().resourceType()];
    const url = new URL(response.url());
    if (!kind || url.origin !== originOf || response.status() >= 300) return;
    if (!seen.has(url.pathname)) seen.set(url.pathname, kind);
  };
  let last = Date.now();
  const onRequest = () => {
    last = Date.now();
  };
  browserPage.on("response", onResponse);
  browserPage.on("request", onRequest);
  try {
    const response = await browserPage.goto(new URL(page, origin).href, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${page}: HTTP ${response?.status() ?? "no response"}`);
    // The framework is requested after the first paint (lib/build/paint-first.ts), which on a busy
    // machine can come after the network has been quiet for a while: wait for the loader's scripts
    // to have arrived, then for the network to be quiet again (chunks asked for while hydrating).
    await scriptsArrived(browserPage);
    while (Date.now() - last < QUIET_MS) await browserPage.waitForTimeout(QUIET_MS - (Date.now() - last));
  } finally {
    browserPage.off("request", onRequest);
    browserPage.off("response", onResponse);
  }
  const resources: Resource[] = [...seen].map(([pathname, kind]) => {
    const file = fileForPathname(outDir, pathname);
    if (file === null) throw new Error(`${page}: cannot map ${pathname} to a file in ${outDir}`);
    const bytes = readFileSync(file);
    return { kind, path: pathname, bytes: bytes.length, gzip: gzipSize(bytes) };
  });
  resources.sort((a, b) => RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) || (a.path < b.path ? -1 : 1));
  return { page, resources, totals: totalsOf(resources) };
}

/** Weighs several pages of one served export in a fresh browser context each (nothing cached between pages). */
export async function weighPages(browser: Browser, origin: string, outDir: string, pages: readonly string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const context = await browser.newContext();
    try {
      weights.push(await weighPage(await context.newPage(), origin, outDir, page));
    } finally {
      await context.close();
    }
  }
  return weights;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A small table of gzipped totals per page, for the bench and the budget test's log. */
export function formatWeights(weights: readonly PageWeight[]): string {
  const rows = weights.map((w) => [w.page, ...RESOURCE_KINDS.map((kind) => `${kb(w.totals[kind].gzip)} (${w.totals[kind].files})`)]);
  const header = ["page", "HTML gz (files)", "CSS gz (files)", "JS gz (files)"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}
