import { describe, expect, it } from "vitest";
import { formatMedians, median, mediansOf, verdict, type LighthouseRun } from "@/lib/budget/lighthouse";

const run = (target: string, perf: number, fcp: number, lcp: number, method = "simulate", seen: LighthouseRun["observed"] = { FCP: 100, LCP: 100 }): LighthouseRun => ({
  target,
  method,
  scores: { performance: perf, accessibility: 1, "best-practices": 1, seo: 1 },
  metrics: { FCP: fcp, LCP: lcp, TBT: 10, CLS: 0, SI: fcp },
  observed: seen,
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("mediansOf", () => {
  it("reduces interleaved runs to one row per page and method, LCP−FCP taken run by run", () => {
    const runs = [
      run("base", 1, 700, 700),
      run("/", 0.97, 900, 1000),
      run("base", 0.98, 650, 650),
      run("/", 0.99, 800, 2000),
      run("base", 1, 720, 720),
      run("/", 0.95, 1000, 1100),
      run("/", 0.5, 900, 900, "devtools"),
    ];
    const medians = mediansOf(runs);
    expect(medians.map((m) => [m.method, m.target, m.runs])).toEqual([
      ["simulate", "base", 3],
      ["simulate", "/", 3],
      ["devtools", "/", 1],
    ]);
    const page = medians[1]!;
    expect(page.scores.performance).toBe(97);
    expect(page.metrics.FCP).toBe(900);
    expect(page.metrics.LCP).toBe(1100);
    // The gaps are 100, 1200 and 100: one slow run does not make the page fail.
    expect(page.lcpAfterFcp).toBe(100);
    expect(page.observedLcpAfterFcp).toBe(0);
  });

  it("takes the observed gap run by run too, and leaves out runs without one", () => {
    const [page] = mediansOf([
      run("/", 1, 900, 2000, "simulate", { FCP: 120, LCP: 130 }),
      run("/", 1, 900, 2000, "simulate", { FCP: 100, LCP: 400 }),
      run("/", 1, 900, 2000, "simulate", { FCP: 150, LCP: 170 }),
      run("/", 1, 900, 2000, "simulate", { FCP: null, LCP: 100 }),
    ]);
    expect(page!.observedLcpAfterFcp).toBe(20);
    expect(page!.lcpAfterFcp).toBe(1100);
  });
});

describe("verdict", () => {
  const [base, page] = mediansOf([run("base", 0.99, 700, 700), run("/", 0.96, 900, 1200)]);
  it("compares with the baseline of the same run", () => {
    expect(verdict(page!, base)).toEqual({ lcp: true, perf: true });
    const [, late] = mediansOf([run("base", 0.99, 700, 700), run("/", 0.95, 900, 1201)]);
    expect(verdict(late!, base)).toEqual({ lcp: false, perf: false });
    expect(verdict(page!, undefined).perf).toBeNull();
  });

  it("the table lists the baseline first with the verdicts of every page", () => {
    const table = formatMedians(
      mediansOf([run("/", 0.96, 900, 1200, "simulate", { FCP: 140, LCP: 165 }), run("base", 0.99, 700, 700)]),
      "base",
    );
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^throttling: simulate \(medians/u);
    expect(lines[1]).toMatch(/LCP−FCP\s+seen LCP−FCP\s+TBT/u);
    expect(lines[2]).toMatch(/^base\s/u);
    expect(lines[3]).toMatch(/^\/\s.*300 ms\s+25 ms\s.*yes\s+yes$/u);
  });
});
