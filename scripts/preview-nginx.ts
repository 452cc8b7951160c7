/**
 * Serves out/ with the system nginx and exactly the committed configuration (scripts/deploy/nginx/), in the
 * foreground, until Ctrl+C. Runs as the current user: no root, no system service, nothing written outside a
 * temporary folder.
 *
 *   npm run preview:nginx [-- --port 8080] [--host 127.0.0.1] [--dir out]     (PORT also sets the port)
 */
import { parseArgs } from "node:util";
import { NginxError, startNginx } from "../lib/hosting/nginx-run";
import { siteConfigPath } from "../lib/hosting/nginx-config";

const usage = "usage: npm run preview:nginx [-- --port 8080] [--host 127.0.0.1] [--dir out]";

function fail(message: string): never {
  console.error(`preview:nginx: ${message}`);
  process.exit(1);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        dir: { type: "string", default: "out" },
        port: { type: "string", default: process.env.PORT || "8080" },
        host: { type: "string", default: "127.0.0.1" },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

const values = parseOptions();
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) fail(`--port must be a number from 1 to 65535, got "${values.port}"`);

let nginx;
try {
  nginx = await startNginx({ dir: values.dir, host: values.host, port });
} catch (error) {
  if (error instanceof NginxError) fail(error.message);
  throw error;
}

console.log(`Serving ${values.dir.replace(/\/+$/, "")}/ with nginx and ${siteConfigPath} on ${nginx.origin} (Ctrl+C stops)`);

// Ctrl+C reaches nginx too (same process group); stop() also covers a plain `kill` of this process.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    stopping = true;
    void nginx.stop().then(() => process.exit(0));
  });
}
const code = await nginx.exited;
// Ctrl+C reaches nginx at the same time as this process, and it may be first to exit (with 0): a normal stop.
// Any other exit means the server this command promised is gone.
if (!stopping && code !== 0) fail(`nginx stopped (exit code ${code ?? "unknown"})`);
process.exit(0);
