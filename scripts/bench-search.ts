/**
 * npm run bench:search — times the search engine in Node on a fixed query set.
 * Prints median and p95 per query and overall. A measurement, not a test.
 */
import { gzipSync } from "node:zlib";
import { getPlan } from "@/lib/content/plan";
import { createReader } from "@/lib/readings";
import { planTexts } from "@/lib/readings/table";
import { buildSearchIndex } from "@/lib/search/build";
import { prepare, search } from "@/lib/search/engine";

export const BENCH_QUERIES = [
  "バス", "ばす", "ごみ", "ゴミ", "子育て", "こそだて", "テレワーク", "テレワク", "リノベション", "かなざわ",
  "ぼうさい", "防災", "金沢", "公共交通", "公共交通 バス", "子育て　支援", "tabete", "TABETE", "LGBT", "L G B T",
  "1-2-3", "1-2-③", "２-１-３", "P-1-2", "食品ロス", "プラスチック", "エネルギー", "自転車", "学校", "地域",
  "まちなか", "SDGs", "ｓｄｇｓ", "イノベーション", "いのべーしょん", "フードバンク", "みどり", "ワークライフバランス",
  "存在しない言葉", "生物文化多様性",
];
const RUNS = 100;

const model = getPlan();
const reader = await createReader();
const table = Object.fromEntries(planTexts(model.plan).map((t) => [t, reader.segments(t)]));
const index = buildSearchIndex(model, table);
const json = JSON.stringify(index);
const prepared = prepare(index);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
// Warm up the JIT so the figures describe steady use, as in a browser tab.
for (const q of BENCH_QUERIES) for (let i = 0; i < 5; i++) search(prepared, q);

const all: number[] = [];
console.log(`search bench: ${BENCH_QUERIES.length} queries × ${RUNS} runs over ${index.docs.length} documents`);
console.log(`index: ${Buffer.byteLength(json)} bytes, ${gzipSync(json, { level: 9 }).length} bytes gzipped`);
console.log("query".padEnd(22), "hits".padStart(5), "median ms".padStart(10), "p95 ms".padStart(8));
for (const q of BENCH_QUERIES) {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = search(prepared, q);
    times.push(performance.now() - t0);
    hits = r.jump ? 1 : r.results.length;
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(q.padEnd(22), String(hits).padStart(5), pct(times, 50).toFixed(3).padStart(10), pct(times, 95).toFixed(3).padStart(8));
}
all.sort((a, b) => a - b);
console.log(`overall: median ${pct(all, 50).toFixed(3)} ms, p95 ${pct(all, 95).toFixed(3)} ms, max ${all.at(-1)!.toFixed(3)} ms`);
