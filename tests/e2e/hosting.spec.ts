/**
 * Real hosting: out/ served by the system nginx with exactly scripts/deploy/nginx/imagine-kanazawa.conf (started by
 * playwright.config.ts through `npm run preview:nginx`), held to the policy of lib/security/csp.ts; the Node
 * server (`npm start`) held to nginx; and out/_headers (Netlify, Cloudflare Pages) held to the policy.
 * The CSP tour (tests/e2e/csp.spec.ts) also runs against this nginx.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { renderHeadersFile } from "../../lib/hosting/headers-file";
import { contentTypeFor } from "../../lib/hosting/content-types";
import { headersFor, securityHeaderNames } from "../../lib/security/csp";
import { createStaticServer, listenOnLoopback } from "../../lib/server/static";
import { nginxOrigin } from "./support/nginx";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");
const policyHeaderNames = [...securityHeaderNames, "Cache-Control"];

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET: fetch would follow redirects and undo gzip, which are what these tests look at. */
function get(origin: string, rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
  });
}

/** The policy headers a reply carries, by their canonical names; absent ones as undefined. */
function policyHeadersOf(reply: Reply): Record<string, string | undefined> {
  return Object.fromEntries(policyHeaderNames.map((name) => [name, reply.headers[name.toLowerCase()] as string | undefined]));
}

/** What the policy says, with every name it may send listed (absent: undefined), to compare whole sets. */
function expectedPolicy(pathname: string, outcome: "found" | "not-found"): Record<string, string | undefined> {
  const expected = headersFor(pathname, outcome);
  return Object.fromEntries(policyHeaderNames.map((name) => [name, expected[name]]));
}

/** A file of out/ with this extension, as a URL path, searching the folders given in order. */
function sampleFile(extension: string, folders = ["", "_next/static/chunks", "data"]): string | undefined {
  for (const folder of folders) {
    const name = readdirSync(path.join(outDir, folder)).find((file) => file.endsWith(`.${extension}`));
    if (name) return `/${folder ? `${folder}/` : ""}${name}`;
  }
  return undefined;
}

const embedPath = "/embed/directions/1/goals/2/actions/3/";
// The embeddable cards come with the overview issue; until then this path is the 404 page, framed all the same.
const embedOutcome = existsSync(path.join(outDir, embedPath, "index.html")) ? "found" : "not-found";
const notFoundPage = () => readFileSync(path.join(outDir, "404.html"));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "what the server sends does not depend on the viewport");
});

test("nginx sends every header of the policy on pages, the 404 page, assets, open data and the search index", async () => {
  const css = sampleFile("css", ["_next/static/chunks"]);
  const js = sampleFile("js", ["_next/static/chunks"]);
  expect(css && js, "out/_next/static/chunks has CSS and JS").toBeTruthy();
  const cases: [string, number, "found" | "not-found"][] = [
    ["/", 200, "found"],
    ["/directions/1/goals/2/actions/3/", 200, "found"],
    ["/no-such-page/", 404, "not-found"],
    [css!, 200, "found"],
    [js!, 200, "found"],
    ["/_next/static/chunks/no-such-chunk.js", 404, "not-found"],
    ["/data/", 200, "found"],
    ["/data/plan.json", 200, "found"],
    ["/data/initiatives.csv", 200, "found"],
    ["/search-index.json", 200, "found"],
    [embedPath, embedOutcome === "found" ? 200 : 404, embedOutcome],
  ];
  expect(cases).toHaveLength(11);
  for (const [pathname, status, outcome] of cases) {
    const reply = await get(nginxOrigin, pathname);
    expect(reply.status, pathname).toBe(status);
    expect(policyHeadersOf(reply), pathname).toEqual(expectedPolicy(pathname, outcome));
  }
  // The two caching rules really differ on the wire, and so do the two framing rules.
  expect((await get(nginxOrigin, css!)).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await get(nginxOrigin, "/")).headers["cache-control"]).toBe("no-cache");
  expect((await get(nginxOrigin, embedPath)).headers["x-frame-options"]).toBeUndefined();
  expect((await get(nginxOrigin, "/")).headers["x-frame-options"]).toBe("DENY");
});

test("nginx gzips every text type, and not images", async () => {
  const text = ["html", "css", "js", "json", "csv", "txt", "xml", "webmanifest", "svg"];
  const samples = text.map((extension) => [extension, sampleFile(extension)] as const);
  expect(samples.filter(([, file]) => file === undefined), "a file of each text type in out/").toEqual([]);
  expect(samples).toHaveLength(9);
  for (const [, file] of samples) {
    const reply = await get(nginxOrigin, file!, { "Accept-Encoding": "gzip" });
    expect(reply.headers["content-encoding"], file).toBe("gzip");
    expect(reply.headers.vary, file).toBe("Accept-Encoding");
    expect(reply.headers["content-type"], file).toBe(contentTypeFor(file!));
    expect(gunzipSync(reply.body).equals(readFileSync(path.join(outDir, file!))), file).toBe(true);
  }
  const png = await get(nginxOrigin, "/icon-192.png", { "Accept-Encoding": "gzip" });
  expect(png.status).toBe(200);
  expect(png.headers["content-type"]).toBe("image/png");
  expect(png.headers["content-encoding"]).toBeUndefined();
  // Without Accept-Encoding: gzip, the plain bytes.
  const plain = await get(nginxOrigin, "/");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.equals(readFileSync(path.join(outDir, "index.html")))).toBe(true);
});

test("nginx redirects a folder without its slash with 301, keeping the query string", async () => {
  const cases = [
    ["/directions/1", "/directions/1/"],
    ["/directions/1?from=%E9%87%91%E6%B2%A2&x=1", "/directions/1/?from=%E9%87%91%E6%B2%A2&x=1"],
    ["/directions/1/goals/2/actions/3?q=1", "/directions/1/goals/2/actions/3/?q=1"],
    ["/data", "/data/"],
    ["//directions/1", "/directions/1/"],
  ];
  expect(cases).toHaveLength(5);
  for (const [from, to] of cases) {
    const reply = await get(nginxOrigin, from!);
    expect(reply.status, from).toBe(301);
    expect(reply.headers.location, from).toBe(to);
    expect(policyHeadersOf(reply), from).toEqual(expectedPolicy(from!.split("?")[0]!.replace(/^\/+/, "/"), "found"));
  }
});

test("nginx answers unknown paths with status 404 and the site's own 404 page", async ({ page }) => {
  const unknown = ["/no-such-page/", "/no-such-page", "/directions/99/", "/directions/1/goals/", "/index", "/_next/static/gone.js"];
  expect(unknown).toHaveLength(6);
  for (const pathname of unknown) {
    const reply = await get(nginxOrigin, pathname);
    expect(reply.status, pathname).toBe(404);
    expect(reply.headers["content-type"], pathname).toBe("text/html; charset=utf-8");
    expect(reply.body.equals(notFoundPage()), pathname).toBe(true);
  }
  // What a reader sees: the site's page, with its header and links, not nginx's bare "404 Not Found".
  const response = await page.goto(`${nginxOrigin}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  await expect(page.getByRole("link", { name: "トップページへ戻る" })).toBeVisible();
});

test("an embed may be framed by another site, and no other page may", async ({ page }) => {
  // A partner's page on another origin (another loopback port): a real server, since Chromium refuses to let a
  // page without an address (a routed one) frame a loopback one at all.
  const partner = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>partner</title>
      <iframe id="embed" title="embed" src="${nginxOrigin}${embedPath}"></iframe>
      <iframe id="page" title="page" src="${nginxOrigin}/directions/1/"></iframe></html>`);
  });
  const partnerOrigin = await listenOnLoopback(partner);
  try {
    await page.goto(`${partnerOrigin}/`);
    // The embed path shows the site inside the frame (a card, or the 404 page until the cards exist).
    await expect(page.frameLocator("#embed").locator('html[lang="ja"] h1')).toBeVisible();
    // Any other page: the browser blocks it and shows its error placeholder in the frame instead.
    const frameUrl = async (id: string) => (await (await page.locator(id).elementHandle())?.contentFrame())?.url();
    await expect.poll(() => frameUrl("#page")).toBe("chrome-error://chromewebdata/");
    expect(await frameUrl("#embed")).toBe(`${nginxOrigin}${embedPath}`);
  } finally {
    partner.close();
  }
});

test.describe("the Node server (npm start) and nginx", () => {
  let node: http.Server;
  let nodeOrigin: string;

  test.beforeAll(async () => {
    node = createStaticServer({ dir: outDir, csp: true });
    nodeOrigin = await listenOnLoopback(node);
  });

  test.afterAll(() => {
    node?.close();
  });

  test("send the same status and headers for every kind of response", async () => {
    const css = sampleFile("css", ["_next/static/chunks"])!;
    const compared = [...policyHeaderNames, "Content-Type", "Content-Encoding", "Vary", "Location"];
    const paths = [
      "/",
      "/directions/1/goals/2/actions/3/",
      "/search/?q=%E3%83%90%E3%82%B9",
      "/no-such-page/",
      "/directions/1?x=1",
      css,
      "/_next/static/gone.js",
      "/data/plan.json",
      "/data/initiatives.csv",
      "/search-index.json",
      "/manifest.webmanifest",
      "/icon.svg",
      "/icon-192.png",
      "/robots.txt",
      "/sitemap.xml",
      embedPath,
      "/embed",
    ];
    expect(paths).toHaveLength(17);
    for (const pathname of paths) {
      const [fromNode, fromNginx] = await Promise.all(
        [nodeOrigin, nginxOrigin].map((origin) => get(origin, pathname, { "Accept-Encoding": "gzip" })),
      );
      expect(fromNode!.status, pathname).toBe(fromNginx!.status);
      const pick = (reply: Reply) =>
        Object.fromEntries(
          compared
            // The body of a redirect is each server's own short note; only where it points matters.
            .filter((name) => !(reply.status === 301 && name === "Content-Type"))
            .map((name) => [name, reply.headers[name.toLowerCase()]]),
        );
      expect(pick(fromNode!), pathname).toEqual(pick(fromNginx!));
    }
  });
});

test("the build wrote out/_headers from the policy (Netlify, Cloudflare Pages)", () => {
  expect(readFileSync(path.join(outDir, "_headers"), "utf8")).toBe(renderHeadersFile());
});
