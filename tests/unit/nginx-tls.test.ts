/**
 * The host's TLS wrapper (scripts/deploy/nginx/tls-server.conf) as the README shows it, run by the system nginx
 * with the site configuration: only its certificate paths, root, include path and listen addresses are replaced
 * (by private Unix sockets, so no port is taken). Proves that the wrapper runs on this nginx (1.22 here), that
 * HTTP goes to HTTPS, and that HTTP/2 over TLS carries the policy's headers.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderLocalMain, siteConfigPath, tlsWrapperPath } from "@/lib/hosting/nginx-config";
import { launchNginx, type LaunchedNginx } from "@/lib/hosting/nginx-run";
import { headersFor } from "@/lib/security/csp";

const work = mkdtempSync(path.join(tmpdir(), "nginx-tls-"));
const site = path.join(work, "out");
const files: Record<string, string> = {
  "index.html": "<!doctype html><h1>home</h1>",
  "404.html": "<!doctype html><h1>見つかりません</h1>",
  "directions/1/index.html": "<!doctype html><h1>1</h1>",
  "_next/static/app.js": "console.log('app');",
};
const httpSocket = path.join(work, "http.sock");
const httpsSocket = path.join(work, "https.sock");

/** The wrapper with each host-specific line replaced; every replacement must apply exactly once. */
function localWrapper(): string {
  let text = readFileSync(tlsWrapperPath, "utf8");
  const replace = (from: string, to: string) => {
    expect(text.split(from), `${tlsWrapperPath} has "${from}" once`).toHaveLength(2);
    text = text.replace(from, to);
  };
  replace("listen 80;", `listen unix:${httpSocket};`);
  replace("listen [::]:80;", "");
  replace("listen 443 ssl http2;", `listen unix:${httpsSocket} ssl http2;`);
  replace("listen [::]:443 ssl http2;", "");
  replace("/etc/letsencrypt/live/sdgs.example.jp/fullchain.pem", path.join(work, "cert.pem"));
  replace("/etc/letsencrypt/live/sdgs.example.jp/privkey.pem", path.join(work, "key.pem"));
  replace("/srv/imagine-kanazawa-2030/out", site);
  replace("/etc/nginx/snippets/imagine-kanazawa.conf", path.resolve(siteConfigPath));
  return text;
}

function exists(file: string): boolean {
  try {
    return statSync(file).isSocket();
  } catch {
    return false;
  }
}

let nginx: LaunchedNginx;

beforeAll(async () => {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), body);
  }
  // A throwaway self-signed certificate (openssl comes with Debian's ca-certificates).
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
    "-subj", "/CN=sdgs.example.jp",
    "-keyout", path.join(work, "key.pem"), "-out", path.join(work, "cert.pem"),
  ], { stdio: "ignore" });
  const wrapper = localWrapper();
  nginx = await launchNginx((prefix) => renderLocalMain(prefix, wrapper), async () => exists(httpSocket) && exists(httpsSocket));
});

afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe(tlsWrapperPath, () => {
  it("sends plain HTTP to HTTPS on the same host and path", async () => {
    const reply = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ socketPath: httpSocket, path: "/directions/1/?q=1", headers: { Host: "sdgs.example.jp" } }, resolve).on("error", reject);
    });
    reply.resume();
    expect(reply.statusCode).toBe(301);
    expect(reply.headers.location).toBe("https://sdgs.example.jp/directions/1/?q=1");
  });

  it("serves the site over HTTP/2 with TLS, with the policy's headers", async () => {
    const session = http2.connect("https://sdgs.example.jp", {
      createConnection: () => tls.connect({ path: httpsSocket, servername: "sdgs.example.jp", ALPNProtocols: ["h2"], rejectUnauthorized: false }),
    });
    try {
      const get = (pathname: string) =>
        new Promise<http2.IncomingHttpHeaders & http2.IncomingHttpStatusHeader>((resolve, reject) => {
          const stream = session.request({ ":path": pathname });
          stream.on("response", (headers) => {
            stream.resume();
            resolve(headers);
          });
          stream.on("error", reject);
          stream.end();
        });
      const cases = [
        ["/", 200, "found"],
        ["/_next/static/app.js", 200, "found"],
        ["/no-such-page/", 404, "not-found"],
      ] as const;
      expect(cases).toHaveLength(3);
      for (const [pathname, status, outcome] of cases) {
        const headers = await get(pathname);
        expect(headers[":status"], pathname).toBe(status);
        const expected = headersFor(pathname, outcome);
        const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name.toLowerCase()]]));
        expect(sent, pathname).toEqual(expected);
      }
      expect(session.alpnProtocol).toBe("h2");
    } finally {
      session.close();
    }
  });
});
