/**
 * Serves the static export the way the production host does.
 *
 *   tsx scripts/serve.ts [--dir out] [--port 3000] [--host localhost] [--csp]
 *
 * --csp adds the security headers of lib/security/csp.ts, as nginx with scripts/deploy/nginx/ sends them;
 * `npm run serve` and `npm start` pass it. Without it (the browser tests' default server), only Cache-Control.
 */
import { lookup } from "node:dns/promises";
import type http from "node:http";
import { readServeOptions } from "../lib/server/cli";
import { createStaticServer } from "../lib/server/static";

function fail(message: string): never {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const values = readServeOptions("serve", {
  usage: "usage: tsx scripts/serve.ts [--dir out] [--port 3000] [--host localhost] [--csp]",
  defaultPort: 3000,
  defaultHost: "localhost",
  lowestPort: 0,
  csp: true,
});

// "localhost" may resolve to 127.0.0.1, ::1 or both; listen on each so http://localhost:PORT works for every client.
const hosts =
  values.host === "localhost"
    ? [...new Set((await lookup("localhost", { all: true })).map((entry) => entry.address))]
    : [values.host];

function listen(server: http.Server, host: string, wantedPort: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(wantedPort, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : wantedPort);
    });
  });
}

let boundPort = values.port;
let bound = 0;
for (const host of hosts) {
  let server: http.Server;
  try {
    server = createStaticServer({ dir: values.dir, csp: values.csp });
  } catch (error) {
    fail((error as Error).message);
  }
  try {
    boundPort = await listen(server, host, boundPort);
    bound += 1;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A second loopback address without IPv6 support is not worth failing over.
    if (bound > 0 && (code === "EADDRNOTAVAIL" || code === "EAFNOSUPPORT")) continue;
    if (code === "EADDRINUSE") fail(`port ${boundPort} on ${host} is already in use; pass --port or stop the other server`);
    fail(`cannot listen on ${host}:${boundPort}: ${(error as Error).message}`);
  }
}

const shownHost = values.host.includes(":") ? `[${values.host}]` : values.host;
console.log(`Serving ${values.dir.replace(/\/+$/, "")}/ on http://${shownHost}:${boundPort}${values.csp ? " (with CSP)" : ""}`);
