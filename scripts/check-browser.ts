/**
 * Fails early, with the fix, when the Chromium that Playwright and Lighthouse use is missing, or the nginx that
 * the hosting tests run (tests/e2e/support/nginx.ts): before the build, not minutes later.
 *
 *   tsx scripts/check-browser.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { findNginx, nginxMissingMessage } from "../lib/hosting/nginx-run";
import { chromiumPath, defaultChromiumPath } from "../lib/server/browser";

const browser = chromiumPath();
const source = process.env.CHROMIUM_PATH ? "CHROMIUM_PATH" : "the default path";

function fail(problem: string): never {
  console.error(
    [
      `check-browser: ${problem}`,
      "",
      "The browser tests need a system Chromium and Japanese fonts. Either:",
      "  apt-get install -y chromium fonts-noto-cjk   (as root, on Debian/Ubuntu)",
      `or set CHROMIUM_PATH to an existing Chromium or Chrome binary (default ${defaultChromiumPath}).`,
    ].join("\n"),
  );
  process.exit(1);
}

let isFile = false;
try {
  isFile = statSync(browser).isFile();
} catch {
  fail(`no Chromium at ${browser} (${source}).`);
}
if (!isFile) fail(`${browser} (${source}) is not a file.`);
try {
  accessSync(browser, constants.X_OK);
} catch {
  fail(`${browser} (${source}) is not executable.`);
}

let version: string;
try {
  version = execFileSync(browser, ["--version"], { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "ignore"] }).trim();
} catch (error) {
  fail(`${browser} (${source}) does not run: ${(error as Error).message.split("\n")[0]}`);
}
console.log(`check-browser: ${version} at ${browser}`);

// Without a CJK font the pages render as boxes and screenshots are meaningless; warn, since fontconfig may be absent.
try {
  const families = execFileSync("fc-list", [":lang=ja", "family"], { encoding: "utf8", timeout: 30_000 });
  if (families.trim() === "") console.warn("check-browser: warning: no Japanese font found (apt-get install -y fonts-noto-cjk)");
} catch {
  // fc-list missing: nothing reliable to say about fonts.
}

const nginx = findNginx();
if (nginx === null) {
  console.error(`check-browser: ${nginxMissingMessage}`);
  process.exit(1);
}
// `nginx -v` writes to stderr.
const nginxVersion = spawnSync(nginx, ["-v"], { encoding: "utf8", timeout: 30_000 });
if (nginxVersion.status !== 0) {
  console.error(`check-browser: ${nginx} does not run: ${nginxVersion.stderr || nginxVersion.error?.message}`);
  process.exit(1);
}
console.log(`check-browser: ${nginxVersion.stderr.trim()} at ${nginx}`);
