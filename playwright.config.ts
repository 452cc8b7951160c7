import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib/server/browser";
import { nginxOrigin, nginxPort } from "./tests/e2e/support/nginx";

// PW_PORT lets two test runs (e.g. two worktrees) share the machine.
const port = Number(process.env.PW_PORT ?? 4173);
const isCI = Boolean(process.env.CI);
// The served folder; tests/e2e/links.spec.ts reads the same one. Point it elsewhere only to test the tests.
const outDir = process.env.OUT_DIR ?? "out";

/**
 * Browser tests run against the static export served like production (scripts/serve.ts, and nginx with the
 * committed configuration for the specs that test real hosting: tests/e2e/support/nginx.ts),
 * in the system Chromium (see lib/server/browser.ts), at two sizes.
 * A test that only makes sense at one size skips the other:
 *   test.skip(testInfo.project.name !== "desktop", "…");
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 30_000,
  workers: 2,
  // Never retried, in CI either: a test that passes on its second try hides a flake to fix.
  retries: 0,
  forbidOnly: isCI,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: [
    {
      // npx finds the local tsx even when playwright is started without npm's PATH.
      command: `npx tsx scripts/serve.ts --port ${port} --dir ${JSON.stringify(outDir)}`,
      port,
      reuseExistingServer: !isCI,
      stdout: "pipe",
      timeout: 30_000,
    },
    {
      // The real web server, with exactly scripts/deploy/nginx/imagine-kanazawa.conf. Never reused: a server
      // already on this port may serve another worktree's out/ (set NGINX_PORT to pick another port).
      command: `npx tsx scripts/preview-nginx.ts --port ${nginxPort()} --host 127.0.0.1 --dir ${JSON.stringify(outDir)}`,
      url: `${nginxOrigin}/`,
      reuseExistingServer: false,
      stdout: "pipe",
      timeout: 30_000,
      // Ctrl+C, as a person stops `npm run preview:nginx`: the script stops nginx and removes its temporary folder.
      gracefulShutdown: { signal: "SIGINT", timeout: 5_000 },
    },
  ],
});
