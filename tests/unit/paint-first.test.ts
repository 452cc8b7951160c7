import { readFileSync } from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { FALLBACK_MS, loaderScript, loaderLists, paintFirst, PaintFirstError } from "@/lib/build/paint-first";

/**
 * lib/build/paint-first.ts: each exported page asks for Next's chunks only after its first
 * contentful paint. The fixture is a page as Next 16 exports it, cut down to its tags.
 */
const page = readFileSync(new URL("../fixtures/build/next-page.html", import.meta.url), "utf8");
const CHUNKS = ["/_next/static/chunks/framework-a.js", "/_next/static/chunks/react-b.js", "/_next/static/chunks/turbopack-c.js", "/_next/static/chunks/page-1.js"];

describe("paintFirst", () => {
  const out = paintFirst(page, "out/directions/1/index.html");

  it("takes out every chunk script and Next's preload of a chunk, and nothing else", () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async="">/u);
    expect(out).not.toContain('<link rel="preload"');
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      '<link rel="expect" href="#site-footer" blocking="render"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script id="_R_">self.__next_f=self.__next_f||[]</script>',
      '<script>self.__next_f.push([1,"0:{}\\n"])</script>',
      '<h1 id="page-title">乗りたくなる公共交通にする</h1>',
    ]) {
      expect(out).toContain(kept);
    }
  });

  it("puts the loader where the first chunk was, in <head>, with every chunk in Next's order", () => {
    const at = out.indexOf('<script id="paint-first">');
    expect(at).toBe(page.indexOf('<link rel="preload"'));
    expect(at).toBeLessThan(out.indexOf("</head>"));
    expect(loaderLists(out)).toEqual({ scripts: CHUNKS, fetches: [] });
    expect(out.split('<script id="paint-first">')).toHaveLength(2);
  });

  it("moves a preload of data (the search page's index) into the loader, to start with the scripts", () => {
    const search = page.replace("<title>", '<link rel="preload" href="/search-index.json" as="fetch" crossorigin=""/><title>');
    const rewritten = paintFirst(search, "out/search/index.html");
    expect(rewritten).not.toMatch(/<link[^>]*as="fetch"/u);
    expect(loaderLists(rewritten)).toEqual({ scripts: CHUNKS, fetches: ["/search-index.json"] });
  });

  it("changes nothing on a page it has rewritten already, or on a page without Next's scripts", () => {
    expect(paintFirst(out, "again.html")).toBe(out);
    const card = '<!DOCTYPE html><html lang="ja"><head><link rel="stylesheet" href="/embed/card.css"/></head><body><article>…</article></body></html>';
    expect(paintFirst(card, "out/embed/x/index.html")).toBe(card);
    expect(loaderLists(card)).toEqual({ scripts: [], fetches: [] });
  });

  it("stops, naming the file, on a script of Next's in a form it does not know (a Next upgrade)", () => {
    for (const tag of [
      '<script src="/_next/static/chunks/framework-a.js" defer=""></script>',
      '<script type="module" src="/_next/static/chunks/framework-a.js"></script>',
      '<script src="/_next/static/media/x.js" async=""></script>',
    ]) {
      const changed = page.replace('<script src="/_next/static/chunks/framework-a.js" async=""></script>', tag);
      expect(() => paintFirst(changed, "out/index.html")).toThrow(PaintFirstError);
      expect(() => paintFirst(changed, "out/index.html")).toThrow(`out/index.html: a script of Next's in a form this build does not know: ${tag}`);
    }
  });

  it("stops when the first chunk is not in <head> (it would load after the whole page)", () => {
    const late = page.replace(/<script src="\/_next\/static\/chunks\/(framework-a|react-b|turbopack-c)\.js" async=""><\/script>/gu, "");
    expect(() => paintFirst(late, "out/x.html")).toThrow("out/x.html: expected Next's first chunk script inside <head>");
  });
});

/** Runs the loader against a stand-in document, paint timing and clock. */
function runLoader(options: { visibility?: string; paint?: boolean; observer?: boolean; fetches?: string[] }) {
  const added: string[] = [];
  const timers: Array<() => void> = [];
  const observers: Array<{ callback: (list: unknown, observer: { disconnect(): void }) => void; disconnected: boolean; options: unknown }> = [];
  class FakeObserver {
    static supportedEntryTypes = options.paint === false ? ["resource"] : ["paint", "resource"];
    entry: (typeof observers)[number];
    constructor(callback: (typeof observers)[number]["callback"]) {
      this.entry = { callback, disconnected: false, options: undefined };
      observers.push(this.entry);
    }
    observe(o: unknown) {
      this.entry.options = o;
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const document = {
    visibilityState: options.visibility ?? "visible",
    head: {
      appendChild: (e: Record<string, unknown>) =>
        added.push(e.tag === "link" ? `link ${e.rel} ${e.as} ${e.crossOrigin} ${e.href}` : `${e.src}${e.async ? " async" : ""}`),
    },
    createElement: (tag: string) => ({ tag }),
  };
  const context = {
    document,
    setTimeout: (f: () => void, ms: number) => {
      expect(ms).toBe(FALLBACK_MS);
      timers.push(f);
    },
    ...(options.observer === false ? {} : { PerformanceObserver: FakeObserver }),
  };
  const html = loaderScript(CHUNKS, options.fetches ?? []);
  vm.runInNewContext(html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>")), context);
  const paint = (name: string) => {
    const observer = observers[0]!;
    observer.callback({ getEntriesByName: (n: string) => (n === name ? [{ name }] : []) }, { disconnect: () => (observer.disconnected = true) });
  };
  return { added, timers, observers, paint };
}

describe("the loader", () => {
  it("adds the chunks, async and in order, when the first contentful paint is reported, and only once", () => {
    const { added, timers, observers, paint } = runLoader({});
    expect(added).toEqual([]);
    expect(observers[0]!.options).toEqual({ type: "paint", buffered: true });
    paint("first-paint");
    expect(added, "a first paint without content is not enough").toEqual([]);
    paint("first-contentful-paint");
    expect(added).toEqual(CHUNKS.map((src) => `${src} async`));
    expect(observers[0]!.disconnected).toBe(true);
    timers.forEach((fire) => fire());
    expect(added).toHaveLength(CHUNKS.length);
  });

  it("preloads the page's data with them, in the same CORS mode as fetch(), before the scripts that fetch it", () => {
    const { added, paint } = runLoader({ fetches: ["/search-index.json"] });
    expect(added).toEqual([]);
    paint("first-contentful-paint");
    expect(added).toEqual(["link preload fetch anonymous /search-index.json", ...CHUNKS.map((src) => `${src} async`)]);
  });

  it("adds them after FALLBACK_MS when no paint is reported", () => {
    const { added, timers } = runLoader({});
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(added).toHaveLength(CHUNKS.length);
  });

  it("adds them at once in a hidden tab, or where the browser has no paint timing", () => {
    expect(runLoader({ visibility: "hidden" }).added).toHaveLength(CHUNKS.length);
    expect(runLoader({ visibility: "prerender" }).added).toHaveLength(CHUNKS.length);
    expect(runLoader({ paint: false }).added).toHaveLength(CHUNKS.length);
    expect(runLoader({ observer: false }).added).toHaveLength(CHUNKS.length);
  });
});
