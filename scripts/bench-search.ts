/**
 * npm run bench:search — measures search, in Node, on the public query set
 * (lib/search/query-set.ts). A measurement, not a test.
 *
 * 1. Quality: for each query, the share of the first k actions found that a
 *    reader expects (k = min(10, expected)), per kind of query. In the same
 *    run, the same score for Pagefind, a generic static-site search engine,
 *    indexing the built out/ as a site would deploy it, queried in Chromium.
 * 2. Speed: each query of the set 100 times over the full index (median, p95).
 * 3. Size: the index, raw and gzipped.
 *
 *   npm run bench:search [-- --no-pagefind] [-- --verbose]
 *
 * Pagefind needs the built site: run `npm run build` first.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as pagefind from "pagefind";
import { shortCode } from "@/lib/content/codes";
import { getPlan } from "@/lib/content/plan";
import { chromiumArgs, chromiumPath } from "@/lib/server/browser";
import { createStaticServer, listenOnLoopback } from "@/lib/server/static";
import { actionsOfUrl, precisionAtK, rankedActions, scoreByKind, urlsOf, type ActionList } from "@/lib/search/bench";
import { buildSearchIndex } from "@/lib/search/build";
import { prepare, search } from "@/lib/search/engine";
import { fuzzyHits } from "@/lib/search/fuzzy";
import { QUERY_KINDS, QUERY_SET } from "@/lib/search/query-set";
import { realSources } from "../tests/fixtures/search/real-index";

const { values: options } = parseArgs({ options: { "no-pagefind": { type: "boolean", default: false }, verbose: { type: "boolean", default: false } } });
const RUNS = 100;

const model = getPlan();
const actions: ActionList = model.actions.map((e) => ({
  code: shortCode(e.section.id, e.goal.number, e.action.number),
  goal: `${e.section.id === "partnership" ? "P" : e.section.id}-${e.goal.number}`,
}));
const index = buildSearchIndex(model, await realSources(model));
const json = JSON.stringify(index);
const prepared = { ...prepare(index), fuzzy: fuzzyHits };
const queries = QUERY_SET.map((c) => c.q);

// Quality, ours.
const ours = QUERY_SET.map((c) => rankedActions(urlsOf(search(prepared, c.q)), actions));

// Quality, Pagefind: index a copy of out/ (out/ itself stays as the build wrote it), search in the browser.
const PAGEFIND_LEFT_OUT = ["embed", "actions", "overview", "my"];

async function pagefindRankings(): Promise<string[][]> {
  if (!existsSync("out/index.html")) throw new Error("out/ has no built site: run `npm run build` first (or pass --no-pagefind)");
  const site = await mkdtemp(path.join(tmpdir(), "ik2030-pagefind-"));
  try {
    await cp("out", site, { recursive: true });
    // The same corpus as ours: the catalogue's pages. Left out: the embeddable cards (noindex copies of
    // the action pages), the action list and overview (every action again, on one page), and /my/ —
    // a site would keep them out of its index, and each would take result slots from the pages they copy.
    for (const copy of PAGEFIND_LEFT_OUT) await rm(path.join(site, copy), { recursive: true, force: true });
    const { index: pf, errors } = await pagefind.createIndex({});
    if (!pf) throw new Error(`pagefind: ${errors.join("; ")}`);
    const added = await pf.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    await pf.writeFiles({ outputPath: path.join(site, "pagefind") });
    await pagefind.close();
    const server = createStaticServer({ dir: site });
    const origin = await listenOnLoopback(server);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      return await page.evaluate(async (qs: string[]) => {
        const pf = await import(`${location.origin}/pagefind/pagefind.js`);
        await pf.init();
        const out: string[][] = [];
        for (const q of qs) {
          const response = await pf.search(q);
          const urls: string[] = [];
          for (const result of response.results.slice(0, 20)) {
            const data = await result.data();
            const subs: string[] = data.sub_results.map((s: { url: string }) => s.url).filter((u: string) => u.includes("#"));
            urls.push(...(subs.length > 0 ? subs : [data.url]));
          }
          out.push(urls);
        }
        return out;
      }, queries);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}
const peer = options["no-pagefind"] ? null : (await pagefindRankings()).map((urls) => rankedActions(urls, actions));

const ourScores = QUERY_SET.map((c, i) => precisionAtK(ours[i]!, c.expect));
const peerScores = peer ? QUERY_SET.map((c, i) => precisionAtK(peer[i]!, c.expect)) : null;
const oursByKind = scoreByKind(QUERY_SET, ourScores);
const peerByKind = peerScores ? scoreByKind(QUERY_SET, peerScores) : null;

if (options.verbose) {
  console.log("query".padEnd(28), "kind".padEnd(8), "ours", "pagefind", " expected → ours | pagefind");
  QUERY_SET.forEach((c, i) => {
    const k = Math.min(10, c.expect.length);
    console.log(
      c.q.padEnd(28),
      c.kind.padEnd(8),
      ourScores[i]!.toFixed(2),
      (peerScores?.[i] ?? NaN).toFixed(2).padStart(8),
      ` ${c.expect.join(",")} → ${ours[i]!.slice(0, k).join(",")} | ${peer?.[i]?.slice(0, k).join(",") ?? "-"}`,
    );
  });
}

console.log(`\nquality: share of the first k actions that are expected (k = min(10, expected)), ${QUERY_SET.length} queries`);
console.log("kind".padEnd(10), "queries".padStart(7), "ours".padStart(6), "pagefind".padStart(9));
for (const kind of QUERY_KINDS) {
  const o = oursByKind.byKind.get(kind)!;
  const p = peerByKind?.byKind.get(kind);
  console.log(kind.padEnd(10), String(o.n).padStart(7), o.score.toFixed(2).padStart(6), (p ? p.score.toFixed(2) : "-").padStart(9));
}
console.log("overall".padEnd(10), String(QUERY_SET.length).padStart(7), oursByKind.overall.toFixed(2).padStart(6), (peerByKind ? peerByKind.overall.toFixed(2) : "-").padStart(9));

// Speed: warm up the JIT first, so the figures describe steady use, as in a browser tab.
// Wall time is what a reader waits; CPU time (this process only) says the same on a
// machine shared with other work, where wall time also counts the waiting for a core.
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
for (const q of queries) for (let i = 0; i < 5; i++) search(prepared, q);
const wall: number[] = [];
const cpu: number[] = [];
const slowest: Array<[string, number]> = [];
for (const q of queries) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    search(prepared, q);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  wall.push(...times);
  slowest.push([q, pct(times, 95)]);
}
wall.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
slowest.sort((a, b) => b[1] - a[1]);
console.log(`\nspeed: ${queries.length} queries × ${RUNS} runs over ${index.docs.length} documents, in Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log(`wall: median ${pct(wall, 50).toFixed(3)} ms, p95 ${pct(wall, 95).toFixed(3)} ms, max ${wall.at(-1)!.toFixed(3)} ms`);
console.log(`cpu:  median ${pct(cpu, 50).toFixed(3)} ms, p95 ${pct(cpu, 95).toFixed(3)} ms, max ${cpu.at(-1)!.toFixed(3)} ms`);
console.log(`slowest p95 (wall): ${slowest.slice(0, 5).map(([q, t]) => `${q} ${t.toFixed(2)} ms`).join(", ")}`);
console.log(`\nindex: ${Buffer.byteLength(json)} bytes, ${gzipSync(json, { level: 9 }).length} bytes gzipped (level 9)`);
