/**
 * The overview, the list of all actions and an embed card work under the site's own
 * Content-Security-Policy (lib/security/csp.ts, served with csp: true) and request nothing
 * from another origin, while a reader uses them: hovering and focusing the picture, class
 * view, filtering the list and opening a row. (The same checks as csp.spec.ts and
 * origin.spec.ts make for the pages of tests/e2e/support/tour.ts.)
 */
import type http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { createStaticServer, listenOnLoopback } from "../../lib/server/static";
import { scriptsArrived } from "../../lib/build/paint-first";
import { actionsPath, embedActionPath, overviewPath } from "../../lib/urls";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");

let server: http.Server;
let origin: string;

test.beforeAll(async () => {
  server = createStaticServer({ dir: outDir, csp: true });
  origin = await listenOnLoopback(server);
});

test.afterAll(() => {
  server?.close();
});

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the policy and the requests do not depend on the viewport");
});

type Stop = { path: string; act: (page: Page) => Promise<void> };

const STOPS: Record<string, Stop> = {
  overview: {
    path: overviewPath(),
    act: async (page) => {
      await page.locator('svg[data-map="landscape"] a[data-action="1-2-3"] .map-cell').hover();
      await page.locator('svg[data-map="landscape"] a[data-action="4-1-1"]').focus();
      await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
      await page.getByRole("button", { name: "授業モード（大きく表示）" }).click();
      await page.locator("[data-class-exit]").first().click();
    },
  },
  "list of actions": {
    path: actionsPath({ section: "1" }),
    act: async (page) => {
      await page.getByLabel("主な取組例（●）がある行動だけ").check();
      await page.getByLabel("言葉で絞り込む").fill("バス");
      await expect(page.locator("[data-row]").filter({ visible: true }).first()).toBeVisible();
      await page.locator("[data-row] summary").filter({ visible: true }).first().click();
      await page.goBack();
    },
  },
  "embed card": { path: embedActionPath("3", 1, 2), act: async () => undefined },
};

for (const [kind, stop] of Object.entries(STOPS)) {
  test(`${kind} (${stop.path}) works under the policy, with no request to another origin`, async ({ page, context }) => {
    const violations: string[] = [];
    const errors: string[] = [];
    const requested: string[] = [];
    await page.exposeFunction("__reportCspViolation", (report: string) => violations.push(report));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { __reportCspViolation(r: string): void }).__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`);
      });
    });
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    context.on("request", (request) => requested.push(request.url()));
    const response = await page.goto(new URL(stop.path, origin).href, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    await scriptsArrived(page);
    await stop.act(page);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((url) => /^(https?|wss?):/u.test(url) && new URL(url).origin !== origin)).toEqual([]);
  });
}
