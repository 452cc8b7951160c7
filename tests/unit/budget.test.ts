import { describe, expect, it } from "vitest";
import { budgetsFrom, BudgetsSchema, JS_OVER_BASELINE, overruns } from "@/lib/budget/budgets";
import { assetsInHtml, totalsOf, type PageWeight, type Resource } from "@/lib/budget/page-weight";
import { emptyAppFiles } from "@/lib/budget/baseline";
import { loaderScript } from "@/lib/build/paint-first";

const weight = (page: string, resources: Resource[]): PageWeight => ({ page, resources, totals: totalsOf(resources) });
const r = (kind: Resource["kind"], path: string, gzip: number): Resource => ({ kind, path, bytes: gzip * 3, gzip });

describe("assetsInHtml", () => {
  it("finds script srcs and stylesheets, skipping nomodule scripts, inline scripts and other links", () => {
    const html = [
      '<link rel="stylesheet" href="/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" href="/pre.js"/>',
      "<link rel='alternate stylesheet' href='/b.css'>",
      '<link rel="icon" href="/icon.svg"/>',
      '<script src="/x.js" async=""></script>',
      '<script src="/poly.js" noModule=""></script>',
      "<script>self.__next_f.push([1])</script>",
      "<SCRIPT SRC=/y.js></SCRIPT>",
    ].join("");
    expect(assetsInHtml(html)).toEqual({ js: ["/x.js", "/y.js"], css: ["/a.css", "/b.css"] });
  });

  it("counts the scripts a page's loader adds after its first paint (lib/build/paint-first.ts)", () => {
    const html = `<head>${loaderScript(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"])}</head><script src="/x.js"></script>`;
    expect(assetsInHtml(html).js).toEqual(["/x.js", "/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});

describe("totalsOf", () => {
  it("sums bytes, gzip bytes and files per kind", () => {
    expect(totalsOf([r("js", "/a.js", 10), r("js", "/b.js", 5), r("html", "/", 7)])).toEqual({
      html: { bytes: 21, gzip: 7, files: 1 },
      css: { bytes: 0, gzip: 0, files: 0 },
      js: { bytes: 45, gzip: 15, files: 2 },
    });
  });
});

describe("budgetsFrom / overruns", () => {
  const baseline = { next: "16.0.0", js: 100_000 };
  const home = weight("/", [r("html", "/", 8000), r("css", "/a.css", 5000), r("js", "/a.js", 104_000)]);
  const search = weight("/search/", [r("html", "/search/", 5000), r("css", "/a.css", 5000), r("js", "/a.js", 150_000)]);
  const budgets = budgetsFrom([home, search], baseline, ["/"], "test");

  it("adds 10 % and rounds up to 256 B", () => {
    expect(budgets.pages["/"]!.html).toBe(8960); // 8800 → 35 × 256
    expect(budgets.pages["/search/"]!.js).toBe(165_120); // 165000 → 645 × 256
  });

  it("caps a content page's JS at the empty page + 10 KB, but not the search page's", () => {
    expect(budgets.pages["/"]!.js).toBe(baseline.js + JS_OVER_BASELINE);
    expect(budgets.pages["/search/"]!.js).toBeGreaterThan(baseline.js + JS_OVER_BASELINE);
  });

  it("writes a file its schema accepts", () => {
    expect(BudgetsSchema.parse(JSON.parse(JSON.stringify(budgets)))).toEqual(budgets);
  });

  it("passes what was measured and reports each kind that outgrew its budget", () => {
    expect(overruns([home, search], budgets)).toEqual([]);
    const heavier = weight("/", [r("html", "/", 9000), r("css", "/a.css", 5000), r("js", "/a.js", 120_000)]);
    expect(overruns([heavier], budgets)).toEqual([
      { page: "/", kind: "html", gzip: 9000, budget: 8960 },
      { page: "/", kind: "js", gzip: 120_000, budget: 110_240 },
    ]);
  });

  it("refuses a page without a budget rather than passing it", () => {
    expect(() => overruns([weight("/other/", [])], budgets)).toThrow(/no budget for \/other\//);
  });
});

describe("emptyAppFiles", () => {
  it("is a one-page static export with the given framework versions and no client components", () => {
    const files = emptyAppFiles({ next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" });
    expect(Object.keys(files).sort()).toEqual(["app/layout.jsx", "app/page.jsx", "next.config.mjs", "package.json"]);
    expect(JSON.parse(files["package.json"]!).dependencies).toEqual({ next: "16.4.6", react: "19.3.1", "react-dom": "19.3.1" });
    expect(files["next.config.mjs"]).toContain('output: "export"');
    expect(Object.values(files).join("\n")).not.toContain("use client");
  });
});
