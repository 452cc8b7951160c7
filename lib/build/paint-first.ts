/**
 * The first paint before the framework's scripts. Next's static export asks for its chunks
 * with `<script src="/_next/static/chunks/…" async>` in <head> (and a preload for the page's
 * own chunk). On a fast connection they arrived while the page was still being laid out for
 * its first frame and ran first: the heading's paint waited for ~130 KB of React being
 * parsed and run, and Lighthouse's simulation of a phone, which replays every request that
 * finished before the observed paint, put the page's largest paint (the <h1>) 0.8–1.3 s after
 * its first. On a slow connection the chunks shared the bandwidth with the stylesheet that
 * the first paint waits for.
 *
 * After `next build`, scripts/paint-first.ts rewrites each exported page: the chunk tags and
 * their preloads give way to a small inline loader that adds the same `<script async>`
 * elements, in the same order, once the first contentful paint has been presented (a
 * PerformanceObserver on "paint"). It adds them at once when the page is hidden (a background
 * tab paints nothing) or the browser has no paint timing, and after FALLBACK_MS in any case.
 * A page's preloads of data (`<link rel="preload" as="fetch">`, the search page's index) move
 * into the loader too and start with the scripts: requested in <head>, the index finished
 * before the first paint in a local load and the simulation put it before the heading as well.
 *
 * The cost, measured (see the README): the framework is requested one first paint later, so
 * the JavaScript controls (copy link, マイリスト, ふりがな) start working 0.2–0.4 s later on a
 * throttled phone. Nothing else depends on it: the pages are complete HTML without JavaScript.
 *
 * A page whose chunks are not in the form Next 16 writes them is an error naming the file,
 * so that an upgrade of Next that changes its tags stops the build instead of shipping pages
 * whose framework never loads.
 */

import type { Page } from "playwright-core";
import { z } from "zod";

/** Marks a page already rewritten (the loader's id), so that running twice changes nothing. */
export const LOADER_ID = "paint-first";

/** The loader adds the scripts after this long even if no paint was reported. */
export const FALLBACK_MS = 3000;

// Exactly what Next 16's static export writes for a chunk (React's attribute serialisation).
const CHUNK_PATH = String.raw`\/_next\/static\/chunks\/[\w.~-]+\.js`;
const CHUNK = String.raw`<script src="(${CHUNK_PATH})" async=""><\/script>`;
const CHUNK_SCRIPTS = new RegExp(CHUNK, "gu");
const IS_CHUNK_SCRIPT = new RegExp(`^${CHUNK}$`, "u");
// Any script of Next's: each must be a chunk above, or the legacy-browser polyfill (noModule, never run by browsers with modules).
const NEXT_SCRIPTS = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/gu;
const NOMODULE = /\bnoModule=""/u;
const PRELOADS = new RegExp(String.raw`<link rel="preload" as="script" fetchPriority="low" href="(${CHUNK_PATH})"\/>`, "gu");
// React's serialisation of preload(url, { as: "fetch", crossOrigin: "anonymous" }): a same-origin path.
const FETCH_PRELOADS = /<link rel="preload" href="(\/[\w./~-]*)" as="fetch" crossorigin=""\/>/gu;

export class PaintFirstError extends Error {}

/**
 * The loader: a function of the chunk URLs, in the order Next lists them, and of the data to
 * preload with them (as a same-origin fetch in CORS mode, like fetch(url)). Plain ES5, no dependencies.
 */
export function loaderScript(sources: readonly string[], fetches: readonly string[] = []): string {
  const code = `(function(s,f){var d=document,k=0;function go(){if(k++)return;for(var j=0;j<f.length;j++){var l=d.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=f[j];d.head.appendChild(l)}for(var i=0;i<s.length;i++){var e=d.createElement("script");e.src=s[i];e.async=true;d.head.appendChild(e)}}try{if(d.visibilityState==="visible"&&PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){new PerformanceObserver(function(l,o){var p=l.getEntriesByName("first-contentful-paint");if(p.length){o.disconnect();go()}}).observe({type:"paint",buffered:true});setTimeout(go,${FALLBACK_MS});return}}catch(x){}go()})(${JSON.stringify(sources)},${JSON.stringify(fetches)})`;
  return `<script id="${LOADER_ID}">${code}</script>`;
}

/**
 * One exported HTML page with Next's chunk scripts (and its preloads of them) replaced by the
 * loader, at the first chunk's place in <head>. A page without Next's scripts (an embeddable
 * card) comes back unchanged, and so does a page already rewritten.
 */
export function paintFirst(html: string, file: string): string {
  if (html.includes(`<script id="${LOADER_ID}">`)) return html;
  const unknown = [...html.matchAll(NEXT_SCRIPTS)].find((m) => !NOMODULE.test(m[0]) && !IS_CHUNK_SCRIPT.test(m[0]));
  if (unknown) {
    throw new PaintFirstError(
      `${file}: a script of Next's in a form this build does not know: ${unknown[0]} (lib/build/paint-first.ts expects <script src="/_next/static/chunks/….js" async="">)`,
    );
  }
  const chunks = [...html.matchAll(CHUNK_SCRIPTS)];
  const first = chunks[0];
  if (first === undefined) return html;
  if (first.index > html.indexOf("</head>")) throw new PaintFirstError(`${file}: expected Next's first chunk script inside <head>`);
  const sources = new Set(chunks.map((m) => m[1]!));
  const fetches = [...html.matchAll(FETCH_PRELOADS)];
  // Next's preloads of the same chunks, and preloads of data, would fetch them before the first paint after all.
  const cuts = [...chunks, ...[...html.matchAll(PRELOADS)].filter((m) => sources.has(m[1]!)), ...fetches].sort((a, b) => a.index - b.index);
  let out = "";
  let at = 0;
  for (const cut of cuts) {
    out += html.slice(at, cut.index) + (cut === first ? loaderScript([...sources], [...new Set(fetches.map((m) => m[1]!))]) : "");
    at = cut.index + cut[0].length;
  }
  return out + html.slice(at);
}

/** What a rewritten page's loader adds: its chunk scripts, in order, and the data it preloads; nothing for a page without it. */
export function loaderLists(html: string): { scripts: string[]; fetches: string[] } {
  const start = `<script id="${LOADER_ID}">`;
  const at = html.indexOf(start);
  if (at === -1) return { scripts: [], fetches: [] };
  const match = /\}\)\((\[[^\]]*\]),(\[[^\]]*\])\)<\/script>/u.exec(html.slice(at, html.indexOf("</script>", at) + "</script>".length));
  if (!match) throw new PaintFirstError(`the loader's lists are not where lib/build/paint-first.ts writes them`);
  const list = z.array(z.string());
  return { scripts: list.parse(JSON.parse(match[1]!)), fetches: list.parse(JSON.parse(match[2]!)) };
}

/**
 * Resolves once every script a loaded page asks for has arrived, the ones its loader adds after
 * the first paint included. Playwright's "networkidle" alone can come before that first paint on a
 * busy machine: whoever weighs a page or watches what it requests (the budget test, the tours)
 * waits for this too.
 */
export async function scriptsArrived(page: Pick<Page, "waitForFunction">): Promise<void> {
  await page.waitForFunction((id) => {
    const scripts = [...document.scripts].filter((s) => s.src !== "" && !s.noModule).map((s) => s.src);
    if (document.getElementById(id) !== null && scripts.length === 0) return false;
    const arrived = new Set(performance.getEntriesByType("resource").map((e) => e.name));
    return scripts.every((src) => arrived.has(src));
  }, LOADER_ID);
}
