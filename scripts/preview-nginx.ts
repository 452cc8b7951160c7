/**
 * Serves out/ with the system nginx and exactly the committed configuration (scripts/deploy/nginx/), in the
 * foreground, until Ctrl+C. Runs as the current user: no root, no system service, nothing written outside a
 * temporary folder.
 *
 *   npm run preview:nginx [-- --port 8080] [--host 127.0.0.1] [--dir out]     (PORT also sets the port)
 */
import { NginxError, startNginx } from "../lib/hosting/nginx-run";
import { siteConfigPath } from "../lib/hosting/nginx-config";
import { readServeOptions } from "../lib/server/cli";

function fail(message: string): never {
  console.error(`preview:nginx: ${message}`);
  process.exit(1);
}

const values = readServeOptions("preview:nginx", {
  usage: "usage: npm run preview:nginx [-- --port 8080] [--host 127.0.0.1] [--dir out]",
  defaultPort: 8080,
  defaultHost: "127.0.0.1",
  lowestPort: 1,
  csp: false,
});

let nginx;
try {
  nginx = await startNginx({ dir: values.dir, host: values.host, port: values.port });
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
