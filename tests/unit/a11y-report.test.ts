import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkKinds, NOT_FOUND_PAGE, sitePages, summarize, uncovered, type Report, type Run } from "@/lib/a11y/report";

describe("sitePages", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "a11y-site-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (file: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "<!doctype html>");
  };

  it("lists each index.html as its URL, the not-found page once, and no asset", () => {
    for (const file of ["index.html", "data/index.html", "directions/1/goals/2/index.html", "404.html", "404/index.html", "_not-found/index.html", "_next/static/x/index.html", "sitemap.xml"]) {
      page(file);
    }
    expect(sitePages(dir)).toEqual(["/", NOT_FOUND_PAGE, "/data/", "/directions/1/goals/2/"]);
  });
});

const run = (page: string, violations = 0, state = ""): Run => ({
  page,
  state,
  url: "",
  viewport: "desktop",
  scheme: "light",
  violations: Array.from({ length: violations }, (_, i) => ({ id: `rule-${i}`, impact: "serious", help: "", targets: ["a", "b"] })),
  incomplete: ["color-contrast"],
  passes: 20,
});

describe("uncovered", () => {
  it("names the pages the report has no run for", () => {
    expect(uncovered({ runs: [run("/"), run("/data/", 0, "query")] }, ["/", "/data/", "/my/"])).toEqual(["/my/"]);
  });
});

describe("checkKinds", () => {
  it("tells keyboard and screen-reader tests from their titles", () => {
    expect(checkKinds("keyboard › the first Tab reaches the skip link")).toEqual(["keyboard", "screen reader"]);
    expect(checkKinds("the header search box › Esc clears the box")).toEqual(["keyboard"]);
    expect(checkKinds("headings › the home page has one h1")).toEqual(["screen reader"]);
    expect(checkKinds("furigana › a screen reader reads each word once")).toEqual(["screen reader"]);
    expect(checkKinds("words separated by a full-width space find only items with every word")).toEqual([]);
    expect(checkKinds("a table of contents lists the goals")).toEqual([]);
  });
});

describe("summarize", () => {
  it("counts pages, runs, the elements in violation and the checks' outcomes", () => {
    const report = {
      runs: [run("/"), run("/", 1), run("/data/")],
      checks: {
        grep: "",
        tests: [
          { title: "a", file: "x", kinds: ["keyboard"], results: { desktop: "passed", phone: "passed" } },
          { title: "b", file: "x", kinds: ["screen reader"], results: { desktop: "failed", phone: "skipped" } },
        ],
      },
    } as unknown as Report;
    const summary = summarize(report);
    expect(summary).toMatchObject({ pages: 2, runs: 3, violations: 2, clean: 2 });
    expect(summary.incomplete.get("color-contrast")).toBe(3);
    expect(summary.checks).toEqual({ total: 2, keyboard: 1, screenReader: 1, passed: 2, failed: 1 });
  });
});
