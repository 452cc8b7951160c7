/**
 * No request leaves the site's origin: no fonts, analytics, CDNs or embeds. Every request the
 * browser makes (documents, assets, fetches, beacons, WebSockets, in any frame or worker of the
 * context) is recorded while each kind of page is visited and used (tests/e2e/support/tour.ts).
 * Runs without the CSP header, so this would catch a third-party request the policy would hide.
 */
import { expect, test } from "@playwright/test";
import { TOUR, visit } from "./support/tour";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the same requests at every viewport");
});

/** http(s) and ws(s) requests only: data: and blob: URLs never reach the network. */
const isNetwork = (url: string) => /^(https?|wss?):/iu.test(url);

for (const stop of TOUR) {
  test(`${stop.kind} (${stop.path}) requests nothing from another origin`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    page.on("websocket", (socket) => requested.push(socket.url()));
    await visit(page, origin, stop);
    expect(requested.length, "the recorder saw the page's own requests").toBeGreaterThan(1);
    expect(requested.filter((url) => isNetwork(url) && new URL(url).origin !== origin)).toEqual([]);
  });
}

test("the recorder sees a request to another origin (the test can fail)", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  // Never reaches a network: the route answers it.
  await context.route("https://third-party.invalid/**", (route) => route.fulfill({ status: 204 }));
  await page.goto("/");
  await page.evaluate(() => fetch("https://third-party.invalid/pixel", { mode: "no-cors" }).catch(() => undefined));
  expect(requested.filter((url) => isNetwork(url) && new URL(url).origin !== origin)).toEqual(["https://third-party.invalid/pixel"]);
});
