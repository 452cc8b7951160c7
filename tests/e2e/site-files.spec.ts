/**
 * The files that search engines, browsers and phones read besides the pages: sitemap.xml,
 * robots.txt and the web app manifest, as the static server hands them out.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { getPlan } from "../../lib/content/plan";
import { absoluteUrl, SITE_NAME } from "../../lib/urls";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");
const plan = getPlan().plan;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same files at every viewport");
});

/** Every page of the export, as the URL path it is served at (`a/index.html` → `/a/`). */
function exportedPages(dir = outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return exportedPages(path.join(dir, entry.name));
    if (entry.name !== "index.html") return [];
    const relative = path.relative(outDir, dir).split(path.sep).join("/");
    return [relative === "" ? "/" : `/${relative}/`];
  });
}

test.describe("sitemap.xml", () => {
  test("lists every page once, by its absolute public URL, and each of them is served", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/u);
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);

    const urls = [...xml.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((match) => match[1]!);
    // The site's own pages, then 6 sections, 17 goals and 64 actions.
    const fixed = ["/", "/overview/", "/actions/", "/search/", "/my/", "/data/", "/accessibility/"];
    expect(urls.slice(0, fixed.length)).toEqual(fixed.map(absoluteUrl));
    const goals = plan.sections.flatMap((section) => section.goals);
    expect([plan.sections.length, goals.length, goals.flatMap((goal) => goal.actions).length]).toEqual([6, 17, 64]);
    expect(urls).toHaveLength(fixed.length + 6 + 17 + 64);
    expect(new Set(urls).size).toBe(urls.length);

    // Exactly the pages of the export, apart from the 404 page and the embeddable cards (not pages to
    // index: they carry noindex, and their action's page is the one to find).
    const pages = exportedPages().filter((page) => !["/404/", "/_not-found/"].includes(page) && !page.startsWith("/embed/"));
    expect(pages).toHaveLength(urls.length);
    const embeds = exportedPages().filter((page) => page.startsWith("/embed/"));
    expect(embeds).toHaveLength(64);
    for (const embed of embeds) {
      expect(readFileSync(path.join(outDir, embed, "index.html"), "utf8"), embed).toContain('<meta name="robots" content="noindex">');
    }
    expect([...urls].sort()).toEqual(pages.map(absoluteUrl).sort());

    for (const url of urls) {
      const page = await request.get(new URL(url).pathname);
      expect(page.status(), url).toBe(200);
      expect(page.headers()["content-type"], url).toBe("text/html; charset=utf-8");
    }
  });
});

test.describe("robots.txt", () => {
  test("allows everything and points at the sitemap by its absolute URL", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n").filter((line) => line.trim() !== "");
    expect(lines).toEqual(["User-Agent: *", "Allow: /", `Sitemap: ${absoluteUrl("/sitemap.xml")}`]);
  });
});

test.describe("manifest.webmanifest", () => {
  test("names the site in Japanese, starts at the home page, and its icons are PNGs of the stated sizes", async ({ request, page }) => {
    await page.goto("/directions/1/");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");

    const response = await request.get("/manifest.webmanifest");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/manifest+json; charset=utf-8");
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: SITE_NAME, short_name: "金沢SDGs", lang: "ja", start_url: "/", display: "standalone" });
    expect((await request.get(manifest.start_url)).status()).toBe(200);

    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(["192x192", "512x512"]);
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()["content-type"], icon.src).toBe(icon.type);
      const png = await file.body();
      // The PNG signature, then the IHDR chunk with width and height as 32-bit big-endian numbers.
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});
