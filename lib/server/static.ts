/**
 * A plain static file server for the `next build` export (`output: "export"`,
 * `trailingSlash: true`), behaving like the static host the site is deployed to:
 * `/x/` serves `x/index.html`, `/x` redirects to `/x/`, anything else is the 404 page.
 * Used by `scripts/serve.ts`, the Playwright web server and the unit tests.
 */
import { statSync, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { securityHeaders } from "../security/csp";

export interface StaticServerOptions {
  /** The exported site, usually `out`. */
  dir: string;
  /** Send the Content-Security-Policy and the other security headers from `lib/security/csp.ts`. */
  csp?: boolean;
}

const gzip = promisify(zlib.gzip);

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/**
 * The file a static host maps a URL pathname to, or null when the pathname is malformed or
 * would leave `root`. `/x/` → `root/x/index.html`; `/x` → `root/x` (a folder there means
 * the server redirects to `/x/`). Shared with the link checker so both agree on what exists.
 */
export function fileForPathname(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith("/") || decoded.includes("\0")) return null;
  const segments = decoded.split("/").filter((segment) => segment !== "");
  // Refuse rather than normalise: `%2e%2e` and `..%2f` only show up in probes, never in our links.
  if (segments.some((segment) => segment === "." || segment === ".." || segment.includes("\\"))) return null;
  const file = path.join(root, ...segments, decoded.endsWith("/") ? "index.html" : "");
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return file;
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding = "", ...params] = part.toLowerCase().split(";").map((s) => s.trim());
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.find((param) => param.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

type Headers = Record<string, string | number>;

async function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Headers,
  body: Buffer,
): Promise<void> {
  const type = String(headers["Content-Type"] ?? "");
  let payload = body;
  if (isCompressible(type)) {
    headers["Vary"] = "Accept-Encoding";
    if (acceptsGzip(req.headers["accept-encoding"])) {
      payload = await gzip(body);
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = payload.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : payload);
}

function sendText(res: http.ServerResponse, status: number, headers: Headers, text: string): void {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
  });
  res.end(body);
}

async function respond(
  root: string,
  baseHeaders: Headers,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const headers: Headers = { ...baseHeaders, "Cache-Control": "no-cache" };
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, { ...headers, Allow: "GET, HEAD" }, "Method Not Allowed");
    return;
  }

  const rawUrl = req.url ?? "/";
  const queryAt = rawUrl.indexOf("?");
  const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? "" : rawUrl.slice(queryAt);
  const file = fileForPathname(root, pathname);
  if (file === null) {
    sendText(res, 400, headers, "Bad Request");
    return;
  }

  const stats = await statOrNull(file);
  if (stats?.isFile()) {
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const fileHeaders: Headers = {
      ...headers,
      "Content-Type": contentTypeFor(file),
      ETag: etag,
      // Hashed build assets never change under the same name; everything else is revalidated.
      "Cache-Control": pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, fileHeaders);
      res.end();
      return;
    }
    await send(req, res, 200, fileHeaders, await readFile(file));
    return;
  }
  if (stats?.isDirectory() && !pathname.endsWith("/")) {
    // Collapse leading slashes so `//evil.example` cannot become a protocol-relative redirect.
    const location = `/${pathname.replace(/^\/+/, "")}/${query}`;
    sendText(res, 308, { ...headers, Location: location }, `Redirecting to ${location}`);
    return;
  }

  const notFound = await statOrNull(path.join(root, "404.html"));
  if (notFound?.isFile()) {
    const body = await readFile(path.join(root, "404.html"));
    await send(req, res, 404, { ...headers, "Content-Type": "text/html; charset=utf-8" }, body);
    return;
  }
  sendText(res, 404, headers, "Not Found");
}

/** The request listener; throws at once if `dir` is not a folder, since nothing could be served. */
export function createRequestHandler({ dir, csp = false }: StaticServerOptions): http.RequestListener {
  const root = path.resolve(dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) {
    throw new Error(`${dir.replace(/\/+$/, "")}/ does not exist (looked in ${root}): run npm run build first`);
  }
  const baseHeaders: Headers = csp ? { ...securityHeaders } : {};

  return (req, res) => {
    respond(root, baseHeaders, req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url}:`, error);
      if (res.headersSent) {
        res.destroy();
      } else {
        sendText(res, 500, { ...baseHeaders, "Cache-Control": "no-cache" }, "Internal Server Error");
      }
    });
  };
}

/** An http.Server for the exported site, not yet listening: call `.listen(port)` (0 picks a free port). */
export function createStaticServer(options: StaticServerOptions): http.Server {
  return http.createServer(createRequestHandler(options));
}

/** Listens on loopback on a free port; resolves to the origin, e.g. `http://127.0.0.1:40123`. */
export function listenOnLoopback(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}
