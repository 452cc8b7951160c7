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
import { contentTypeFor, isCompressible } from "../hosting/content-types";
import { headersFor } from "../security/csp";

export interface StaticServerOptions {
  /** The exported site, usually `out`. */
  dir: string;
  /** Send the security headers of `lib/security/csp.ts` (Cache-Control is always sent). */
  csp?: boolean;
}

const gzip = promisify(zlib.gzip);

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

/** The policy headers (lib/security/csp.ts) for a response: security headers when asked for, Cache-Control always. */
type Policy = (pathname: string, outcome: "found" | "not-found") => Headers;

function policyFor(csp: boolean): Policy {
  return (pathname, outcome) => {
    const headers: Headers = headersFor(pathname, outcome);
    if (!csp) return { "Cache-Control": headers["Cache-Control"]! };
    return headers;
  };
}

/** The path as nginx matches it against its locations: decoded, with runs of slashes merged. */
function normalizedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname).replace(/\/{2,}/g, "/");
  } catch {
    return "/";
  }
}

async function respond(root: string, policy: Policy, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const rawUrl = req.url ?? "/";
  const queryAt = rawUrl.indexOf("?");
  const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? "" : rawUrl.slice(queryAt);
  const found = policy(normalizedPath(pathname), "found");
  const notFound = policy(normalizedPath(pathname), "not-found");

  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, { ...notFound, Allow: "GET, HEAD" }, "Method Not Allowed");
    return;
  }
  const file = fileForPathname(root, pathname);
  if (file === null) {
    sendText(res, 400, notFound, "Bad Request");
    return;
  }

  const stats = await statOrNull(file);
  if (stats?.isFile()) {
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const fileHeaders: Headers = { ...found, "Content-Type": contentTypeFor(file), ETag: etag };
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
    // 301, as nginx's `rewrite … permanent` in scripts/deploy/nginx/ sends: the two servers answer alike.
    const location = `/${pathname.replace(/^\/+/, "")}/${query}`;
    sendText(res, 301, { ...found, Location: location }, `Redirecting to ${location}`);
    return;
  }

  const notFoundPage = await statOrNull(path.join(root, "404.html"));
  if (notFoundPage?.isFile()) {
    const body = await readFile(path.join(root, "404.html"));
    await send(req, res, 404, { ...notFound, "Content-Type": contentTypeFor("404.html") }, body);
    return;
  }
  sendText(res, 404, notFound, "Not Found");
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
  const policy = policyFor(csp);

  return (req, res) => {
    respond(root, policy, req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url}:`, error);
      if (res.headersSent) {
        res.destroy();
      } else {
        sendText(res, 500, policy("/", "not-found"), "Internal Server Error");
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
