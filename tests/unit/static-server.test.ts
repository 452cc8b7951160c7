import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, embedContentSecurityPolicy, headersFor } from "@/lib/security/csp";
import { createStaticServer, fileForPathname, listenOnLoopback } from "@/lib/server/static";

// A tiny export next to a file that must never be served.
const site = mkdtempSync(path.join(tmpdir(), "static-server-"));
const out = path.join(site, "out");
const files: Record<string, string> = {
  "index.html": "<h1>home</h1>",
  "a/index.html": "<h1>a</h1>",
  "embed/card/index.html": "<h1>card</h1>",
  "404.html": "<h1>見つかりません</h1>",
  "_next/static/x.js": "console.log('x');".repeat(50),
  "data/plan.csv": "id,title\n1,金沢\n",
  "icon.png": "not really a png",
};
for (const [name, body] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), body);
}
writeFileSync(path.join(site, "package.json"), '{"secret": true}');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: a URL string (and fetch) would normalise `..`; fetch would also follow redirects and decompress. */
function request(base: string, rawPath: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<Reply>((resolve, reject) => {
    const options = { hostname, port, path: rawPath, method: init.method ?? "GET", headers: init.headers };
    const req = http.request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function start(csp: boolean): Promise<{ base: string; server: http.Server }> {
  const server = createStaticServer({ dir: out, csp });
  return { base: await listenOnLoopback(server), server };
}

let plain: { base: string; server: http.Server };
let strict: { base: string; server: http.Server };

beforeAll(async () => {
  plain = await start(false);
  strict = await start(true);
});

afterAll(async () => {
  await Promise.all([plain, strict].map(({ server }) => new Promise((resolve) => server.close(resolve))));
  rmSync(site, { recursive: true, force: true });
});

describe("createStaticServer", () => {
  it("serves /a/ from a/index.html and / from index.html", async () => {
    const a = await request(plain.base, "/a/");
    expect(a.status).toBe(200);
    expect(a.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(a.body.toString()).toBe(files["a/index.html"]);
    expect((await request(plain.base, "/")).body.toString()).toBe(files["index.html"]);
  });

  it("redirects a folder without its trailing slash, keeping the query", async () => {
    const reply = await request(plain.base, "/a?q=1");
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe("/a/?q=1");
  });

  it("never redirects off-site", async () => {
    const reply = await request(plain.base, "//a");
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe("/a/");
  });

  it("answers a missing path with 404 and the 404 page", async () => {
    for (const missing of ["/missing/", "/missing", "/a/index.htm", "/index.html/x"]) {
      const reply = await request(plain.base, missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(reply.body.toString()).toBe(files["404.html"]);
    }
  });

  it("refuses paths that try to leave the folder", async () => {
    for (const probe of ["/../package.json", "/..%2fpackage.json", "/%2e%2e/package.json", "/a/..%5c..%5cpackage.json", "/%00"]) {
      const reply = await request(plain.base, probe);
      expect(reply.status, probe).toBe(400);
      expect(reply.body.toString()).not.toContain("secret");
    }
  });

  it("sends the CSP and security headers only when asked", async () => {
    const without = await request(plain.base, "/");
    expect(without.headers["content-security-policy"]).toBeUndefined();
    expect(without.headers["x-frame-options"]).toBeUndefined();

    for (const pathname of ["/", "/missing/"]) {
      const withCsp = await request(strict.base, pathname);
      expect(withCsp.headers["content-security-policy"]).toBe(contentSecurityPolicy);
      expect(withCsp.headers["x-content-type-options"]).toBe("nosniff");
      expect(withCsp.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(withCsp.headers["x-frame-options"]).toBe("DENY");
      expect(withCsp.headers["permissions-policy"]).toBeTruthy();
    }
  });

  it("lets other sites frame what is under /embed/ (found or not) and nothing else", async () => {
    const card = await request(strict.base, "/embed/card/");
    expect(card.status).toBe(200);
    expect(card.headers["content-security-policy"]).toBe(embedContentSecurityPolicy);
    expect(card.headers["x-frame-options"]).toBeUndefined();
    // The path decides, as for nginx's locations: a missing card shows the 404 page inside the frame.
    for (const pathname of ["/embed/gone/", "/%65mbed/card/"]) {
      const reply = await request(strict.base, pathname);
      expect(reply.headers["content-security-policy"], pathname).toBe(embedContentSecurityPolicy);
      expect(reply.headers["x-frame-options"], pathname).toBeUndefined();
    }
    for (const pathname of ["/a/", "/embedded/", "/embed"]) {
      const reply = await request(strict.base, pathname);
      expect(reply.headers["content-security-policy"], pathname).toBe(contentSecurityPolicy);
      expect(reply.headers["x-frame-options"], pathname).toBe("DENY");
    }
  });

  it("sends the policy's headers for the path: the same on a page, a redirect and a 404", async () => {
    const cases = [
      ["/a/", 200, "found"],
      ["/a?q=1", 301, "found"],
      ["/_next/static/x.js", 200, "found"],
      ["/_next/static/gone.js", 404, "not-found"],
      ["/embed/card/", 200, "found"],
    ] as const;
    for (const [pathname, status, outcome] of cases) {
      const reply = await request(strict.base, pathname);
      expect(reply.status, pathname).toBe(status);
      const expected = headersFor(pathname.split("?")[0]!, outcome);
      const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, reply.headers[name.toLowerCase()]]));
      expect(sent, pathname).toEqual(expected);
    }
  });

  it("caches hashed build assets forever and revalidates everything else", async () => {
    const asset = await request(plain.base, "/_next/static/x.js");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await request(plain.base, "/a/")).headers["cache-control"]).toBe("no-cache");
    expect((await request(plain.base, "/_next/static/gone.js")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await request(plain.base, "/a/");
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const second = await request(plain.base, "/a/", { headers: { "If-None-Match": etag ?? "" } });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it("gzips text when the client accepts it", async () => {
    const zipped = await request(plain.base, "/_next/static/x.js", { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(files["_next/static/x.js"]);

    const identity = await request(plain.base, "/_next/static/x.js");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(files["_next/static/x.js"]);

    const refused = await request(plain.base, "/_next/static/x.js", { headers: { "Accept-Encoding": "gzip;q=0" } });
    expect(refused.headers["content-encoding"]).toBeUndefined();

    const png = await request(plain.base, "/icon.png", { headers: { "Accept-Encoding": "gzip" } });
    expect(png.headers["content-type"]).toBe("image/png");
    expect(png.headers["content-encoding"]).toBeUndefined();
  });

  it("labels CSV as UTF-8 text", async () => {
    const reply = await request(plain.base, "/data/plan.csv");
    expect(reply.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(reply.body.toString()).toBe(files["data/plan.csv"]);
  });

  it("answers HEAD without a body and other methods with 405", async () => {
    const head = await request(plain.base, "/a/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await request(plain.base, "/a/", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("says to build first when the folder is missing", () => {
    expect(() => createStaticServer({ dir: path.join(site, "nope") })).toThrow(/run npm run build first/);
  });
});

describe("fileForPathname", () => {
  it("maps trailing slashes to index.html and refuses escapes", () => {
    expect(fileForPathname("/srv/out", "/")).toBe("/srv/out/index.html");
    expect(fileForPathname("/srv/out", "/plan/1/")).toBe("/srv/out/plan/1/index.html");
    expect(fileForPathname("/srv/out", "/plan.csv")).toBe("/srv/out/plan.csv");
    expect(fileForPathname("/srv/out", "/%E9%87%91%E6%B2%A2/")).toBe("/srv/out/金沢/index.html");
    expect(fileForPathname("/srv/out", "/../x")).toBeNull();
    expect(fileForPathname("/srv/out", "/%E0%A4%A")).toBeNull();
    expect(fileForPathname("/srv/out", "plan/")).toBeNull();
  });
});
