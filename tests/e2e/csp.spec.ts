/**
 * The site works under its own Content-Security-Policy (lib/security/csp.ts): out/ is served by the real
 * nginx with the committed configuration (tests/e2e/support/nginx.ts), as in production, and every kind of
 * page is visited and used (tests/e2e/support/tour.ts). Any violation fails, whether reported to the page
 * (`securitypolicyviolation`) or only to the console. The Node server sends the same headers
 * (tests/e2e/hosting.spec.ts compares the two), so the tour need not run twice.
 *
 * Runs on 127.0.0.1, which Chromium treats as a secure context like an HTTPS host.
 */
import { expect, test, type Page } from "@playwright/test";
import { contentSecurityPolicy, embedContentSecurityPolicy, securityHeaders } from "../../lib/security/csp";
import { nginxOrigin as origin } from "./support/nginx";
import { TOUR, visit } from "./support/tour";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the policy does not depend on the viewport");
});

/** Every CSP violation the page reports, from the first script on, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
      (window as unknown as { __reportCspViolation(report: string): void }).__reportCspViolation(report);
    });
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

test("the server sends the policy and the other security headers with pages and assets", async ({ request }) => {
  for (const url of ["/", "/directions/1/", "/no-such-page/", "/data/plan.json"]) {
    const response = await request.get(new URL(url, origin).href);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${url}`).toBe(value);
    }
  }
  for (const policy of [contentSecurityPolicy, embedContentSecurityPolicy]) expect(policy).not.toContain("unsafe-eval");
});

test("the violation watcher sees a blocked script and a blocked inline style (the test can fail)", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(new URL("/", origin).href);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.src = "https://third-party.invalid/tracker.js";
    document.head.append(script);
    document.body.setAttribute("style", "outline: 1px solid red");
  });
  await expect.poll(() => violations.join("\n")).toMatch(/script-src(-elem)? blocked https:\/\/third-party\.invalid/);
  await expect.poll(() => violations.join("\n")).toMatch(/style-src(-attr)? blocked inline/);
});

// zod once shipped in the search chunk and probed `new Function("")` on load; the browser code stays zod-free.
test("loading search does not try eval (no zod or other JIT probe in the browser bundle)", async ({ page }) => {
  const violations = await watchViolations(page);
  await visit(page, origin, TOUR.find((stop) => stop.kind === "home")!);
  expect(violations.filter((v) => v.includes("blocked eval"))).toEqual([]);
});

for (const stop of TOUR) {
  test(`${stop.kind} (${stop.path}) works under the policy without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await visit(page, origin, stop);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
}
