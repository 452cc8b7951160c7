/**
 * Lighthouse figures as scripts/bench.ts reports them: several runs of each page,
 * interleaved with runs of an empty Next.js page (the baseline), reduced to medians
 * and set side by side. Pure: the runs come in, a table goes out.
 */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Label and Lighthouse audit id of each timing reported. */
export const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;
export type Metric = (typeof METRICS)[number][0];

/** The targets of issue 11, checked against the baseline measured in the same run. */
export const TARGETS = {
  /** The main heading is in the first paint: LCP at most this long after FCP (ms). */
  lcpAfterFcp: 300,
  /** A page's performance score at most this many points under the empty page's. */
  perfUnderBaseline: 3,
} as const;

export type LighthouseRun = {
  /** What was measured: a path of the site, or the baseline. */
  target: string;
  /** Lighthouse's throttling method: "simulate" (the mobile preset's default) or "devtools". */
  method: string;
  scores: Record<Category, number | null>;
  metrics: Record<Metric, number | null>;
  /**
   * FCP and LCP as the browser itself timed them in that load (Lighthouse's observed values).
   * With devtools throttling they are the metrics; with simulate they come from the unthrottled
   * load that Lighthouse's model (Lantern) starts from, and tell whether the heading really was in
   * the first paint when the estimate puts LCP later.
   */
  observed: { FCP: number | null; LCP: number | null };
};

export type LighthouseMedians = {
  target: string;
  method: string;
  runs: number;
  /** Scores 0–100. */
  scores: Record<Category, number | null>;
  metrics: Record<Metric, number | null>;
  /** Median over the runs of each run's LCP − FCP (ms). */
  lcpAfterFcp: number | null;
  /** The same for the observed paints. */
  observedLcpAfterFcp: number | null;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

/** Medians per target and method, in the order the targets first appear. */
export function mediansOf(runs: readonly LighthouseRun[]): LighthouseMedians[] {
  const groups = new Map<string, LighthouseRun[]>();
  for (const run of runs) {
    const key = `${run.method}\u0000${run.target}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const { target, method } = group[0]!;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => {
        const m = median(present(group.map((r) => r.scores[c])));
        return [c, m === null ? null : Math.round(m * 100)];
      }),
    ) as Record<Category, number | null>;
    const metrics = Object.fromEntries(METRICS.map(([label]) => [label, median(present(group.map((r) => r.metrics[label])))])) as Record<
      Metric,
      number | null
    >;
    const gap = ({ FCP, LCP }: { FCP: number | null; LCP: number | null }) => (LCP === null || FCP === null ? [] : [LCP - FCP]);
    return {
      target,
      method,
      runs: group.length,
      scores,
      metrics,
      lcpAfterFcp: median(group.flatMap((r) => gap(r.metrics))),
      observedLcpAfterFcp: median(group.flatMap((r) => gap(r.observed))),
    };
  });
}

export type Verdict = { lcp: boolean | null; perf: boolean | null };

/** Whether a page meets the targets against the baseline of the same method (null: not measurable). */
export function verdict(page: LighthouseMedians, baseline: LighthouseMedians | undefined): Verdict {
  const lcp = page.lcpAfterFcp === null ? null : page.lcpAfterFcp <= TARGETS.lcpAfterFcp;
  const perf =
    baseline?.scores.performance == null || page.scores.performance === null
      ? null
      : page.scores.performance >= baseline.scores.performance - TARGETS.perfUnderBaseline;
  return { lcp, perf };
}

/** The medians as a text table, one block per throttling method, the baseline first. */
export function formatMedians(medians: readonly LighthouseMedians[], baselineTarget: string): string {
  const ms = (v: number | null) => (v === null ? "–" : `${Math.round(v)} ms`);
  const mark = (ok: boolean | null) => (ok === null ? "–" : ok ? "yes" : "NO");
  const blocks: string[] = [];
  for (const method of [...new Set(medians.map((m) => m.method))]) {
    const rows = medians.filter((m) => m.method === method);
    const baseline = rows.find((m) => m.target === baselineTarget);
    const ordered = [...(baseline ? [baseline] : []), ...rows.filter((m) => m !== baseline)];
    const header = ["page", "runs", "perf", "a11y", "best", "seo", "FCP", "LCP", "LCP−FCP", "seen LCP−FCP", "TBT", "CLS", "SI", "LCP ≤ FCP+300", "perf ≥ base−3"];
    const table = ordered.map((m) => {
      const v = m === baseline ? { lcp: null, perf: null } : verdict(m, baseline);
      return [
        m.target,
        String(m.runs),
        ...CATEGORIES.map((c) => (m.scores[c] === null ? "–" : String(m.scores[c]))),
        ms(m.metrics.FCP),
        ms(m.metrics.LCP),
        ms(m.lcpAfterFcp),
        ms(m.observedLcpAfterFcp),
        ms(m.metrics.TBT),
        m.metrics.CLS === null ? "–" : m.metrics.CLS.toFixed(3),
        ms(m.metrics.SI),
        m === baseline ? "" : mark(v.lcp),
        m === baseline ? "" : mark(v.perf),
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
    blocks.push([`throttling: ${method} (medians; "seen": the paints the browser timed in that load)`, line(header), ...table.map(line)].join("\n"));
  }
  return blocks.join("\n\n");
}
