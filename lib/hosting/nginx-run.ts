/**
 * Runs the system nginx on out/ with the committed site configuration, as the current user, in the foreground:
 * `npm run preview:nginx` and the browser tests use it. Everything nginx writes (pid, temporary files) goes to a
 * private temporary folder that is removed when it stops; the error log goes to stderr.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderLocalConfig, siteConfigPath } from "./nginx-config";

/** Debian installs nginx here; `sbin` is often not on a normal user's PATH. */
export const defaultNginxPath = "/usr/sbin/nginx";

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The nginx binary: /usr/sbin/nginx, else the first `nginx` on PATH; null when there is none. */
export function findNginx(fixed = defaultNginxPath, searchPath = process.env.PATH ?? ""): string | null {
  if (isExecutable(fixed)) return fixed;
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir !== "" && isExecutable(path.join(dir, "nginx"))) return path.join(dir, "nginx");
  }
  return null;
}

export const nginxMissingMessage = [
  `nginx not found (looked at ${defaultNginxPath} and on PATH).`,
  "Install Debian's nginx package:  sudo apt-get install -y nginx",
  "(The package's own service may stay stopped: this runs a private nginx as you, on its own port.)",
].join("\n");

export interface NginxOptions {
  /** The folder to serve, usually out/. */
  dir: string;
  host: string;
  port: number;
  /** The repository, whose site configuration is included; defaults to the current folder. */
  repo?: string;
}

/** Whether something already listens on host:port (a second nginx there would fail to bind, after retrying). */
function isPortTaken(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(true));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export class NginxError extends Error {}

export interface LaunchedNginx {
  child: ChildProcess;
  /** Resolves with nginx's exit code when it stops, for whatever reason; the temporary folder is gone by then. */
  exited: Promise<number | null>;
  /** Stops nginx (fast shutdown) and waits until it has. */
  stop(): Promise<void>;
}

/**
 * Runs nginx on the configuration that `render(prefix)` returns, in a fresh private folder `prefix`, and resolves
 * once `isReady()` says so; rejects with nginx's own words if it exits first.
 */
export async function launchNginx(render: (prefix: string) => string, isReady: () => Promise<boolean>): Promise<LaunchedNginx> {
  const binary = findNginx();
  if (binary === null) throw new NginxError(nginxMissingMessage);
  const prefix = mkdtempSync(path.join(tmpdir(), "imagine-kanazawa-nginx-"));
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, render(prefix));

  // -e: the error log before the configuration is read (builds other than Debian's default to /var/log/nginx/).
  const child = spawn(binary, ["-p", prefix, "-c", config, "-e", "stderr"], { stdio: ["ignore", "inherit", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  let hasExited = false;
  const exited = new Promise<number | null>((resolve) => {
    const done = (code: number | null) => {
      hasExited = true;
      rmSync(prefix, { recursive: true, force: true });
      resolve(code);
    };
    child.once("exit", (code) => done(code));
    child.once("error", (error) => {
      stderr += String(error);
      done(null);
    });
  });
  const stop = async () => {
    if (!hasExited) child.kill("SIGTERM");
    await exited;
  };

  // Poll until it is ready or gone: nginx has no readiness signal in the foreground.
  for (;;) {
    if (hasExited) throw new NginxError(`nginx exited before serving:\n${stderr.trim()}`);
    if (await isReady()) return { child, exited, stop };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface RunningNginx extends LaunchedNginx {
  origin: string;
}

/** Serves `dir` with the committed site configuration on host:port; rejects with a clear reason if it cannot. */
export async function startNginx({ dir, host, port, repo = process.cwd() }: NginxOptions): Promise<RunningNginx> {
  if (findNginx() === null) throw new NginxError(nginxMissingMessage);
  const root = path.resolve(dir);
  let hasIndex = false;
  try {
    hasIndex = statSync(path.join(root, "index.html")).isFile();
  } catch {
    // reported below
  }
  if (!hasIndex) throw new NginxError(`${dir.replace(/\/+$/, "")}/index.html does not exist (looked in ${root}): run npm run build first`);
  if (await isPortTaken(host, port)) {
    throw new NginxError(`port ${port} on ${host} is already in use; pass --port (or PORT=…) or stop the other server`);
  }
  const siteConfig = path.resolve(repo, siteConfigPath);
  const launched = await launchNginx(
    (prefix) => renderLocalConfig({ root, siteConfig, prefix, host, port }),
    () => canConnect(host, port),
  );
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return { ...launched, origin: `http://${shownHost}:${port}` };
}
