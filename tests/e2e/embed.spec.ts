/**
 * Embeddable action cards (/embed/directions/{d}/goals/{g}/actions/{a}/): a card inside an
 * iframe on another site loads and tells that page its height; the action page offers the
 * snippet to copy under 「埋め込み」; the card has no site chrome and asks nothing of any
 * other origin. Served by the default test server (no CSP): whether a host lets a page be
 * framed is the header policy's business (lib/security/csp.ts).
 */
import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { getPlan } from "../../lib/content/plan";
import { EMBED_DEFAULT_HEIGHT, embedListenerScript, embedSnippet } from "../../lib/embed/card";
import { listenOnLoopback } from "../../lib/server/static";
import { actionPath, embedActionPath } from "../../lib/urls";

const model = getPlan();
// The action with the most initiatives: the tallest card.
const entry = [...model.actions].sort((a, b) => b.action.initiatives.length - a.action.initiatives.length)[0]!;
const embedPath = embedActionPath(entry.section.id, entry.goal.number, entry.action.number);
const pagePath = actionPath(entry.section.id, entry.goal.number, entry.action.number);

/**
 * Another site, on another origin: a real server on 127.0.0.1 (the site is served on localhost),
 * so Chromium treats both as local and lets the page frame the card. Its one page holds the card
 * in an iframe with the listener the snippet brings.
 */
let otherSite: http.Server;
let otherOrigin: string;

test.beforeAll(async () => {
  otherSite = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x.invalid");
    const src = url.searchParams.get("src");
    if (!src) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>学校のページ</title></head>
<body><main><h1>学校のページ</h1>
<iframe src="${src}" title="カード" width="100%" height="${EMBED_DEFAULT_HEIGHT}"></iframe>
<script>${embedListenerScript(new URL(src).origin)}</script>
<p>つづき</p></main></body></html>`);
  });
  otherOrigin = await listenOnLoopback(otherSite);
});

test.afterAll(() => {
  otherSite?.close();
});

async function openOnOtherSite(page: Page, baseURL: string) {
  const src = new URL(embedPath, baseURL).href;
  expect(new URL(src).origin).not.toBe(otherOrigin);
  await page.goto(`${otherOrigin}/sdgs/?src=${encodeURIComponent(src)}`);
  return page.locator("iframe");
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the card and its messages do not depend on the viewport (the iframe's width is tested here)");
});

test("an embed card inside an iframe on a page of another origin loads and reports its height", async ({ page, baseURL }) => {
  const iframe = await openOnOtherSite(page, baseURL!);
  const card = page.frameLocator("iframe");
  await expect(card.getByRole("heading", { level: 1 })).toContainText(entry.action.title);
  await expect(card.locator(".items > li")).toHaveCount(entry.action.initiatives.length);

  // The listener set the iframe to the card's own height: no scroll bar inside, no gap under it.
  const cardHeight = () => card.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  await expect.poll(async () => Number(await iframe.getAttribute("height"))).not.toBe(EMBED_DEFAULT_HEIGHT);
  const reported = Number(await iframe.getAttribute("height"));
  expect(reported).toBe(await cardHeight());
  expect(Math.abs((await iframe.boundingBox())!.height - reported)).toBeLessThanOrEqual(4);

  // A narrower iframe wraps the text: the card reports again, taller.
  await iframe.evaluate((el) => ((el as HTMLIFrameElement).width = "320"));
  await expect.poll(async () => Number(await iframe.getAttribute("height"))).toBeGreaterThan(reported);
  expect(Number(await iframe.getAttribute("height"))).toBe(await cardHeight());
});

test("the snippet's listener ignores height messages that do not come from the card", async ({ page, baseURL }) => {
  const iframe = await openOnOtherSite(page, baseURL!);
  await expect.poll(async () => Number(await iframe.getAttribute("height"))).not.toBe(EMBED_DEFAULT_HEIGHT);
  const before = await iframe.getAttribute("height");
  // The page itself (another origin than the card's) posts a message of the same shape.
  await page.evaluate(() => window.postMessage({ type: "imagine-kanazawa-2030:embed-height", height: 9999 }, "*"));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  expect(await iframe.getAttribute("height")).toBe(before);
});

test("the card shows the code, title, initiatives with ●/・ and a link to the full page, and no site chrome", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const response = await page.goto(embedPath);
  expect(response?.status()).toBe(200);
  const code = `${entry.section.id === "partnership" ? "P" : entry.section.id}-${entry.goal.number}-${entry.action.number}`;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${code} ${entry.action.title}`);
  const items = page.locator(".items > li");
  expect(entry.action.initiatives.length).toBeGreaterThan(2);
  await expect(items).toHaveCount(entry.action.initiatives.length);
  for (const [i, item] of entry.action.initiatives.entries()) {
    await expect(items.nth(i)).toContainText(item.text);
    await expect(items.nth(i).locator(".mark")).toHaveText(item.featured ? "●" : "・");
  }
  const more = page.getByRole("link", { name: /この行動のページを見る/u });
  await expect(more).toHaveAttribute("href", pagePath);
  await expect(more).toHaveAttribute("target", "_blank");
  // No header, footer, search box or navigation of the site; no framework scripts.
  await expect(page.locator("header, footer, nav, form")).toHaveCount(0);
  expect(await page.locator("script[src]").count()).toBe(0);
  expect(requests.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  expect(requests.map((url) => new URL(url).pathname)).toEqual([embedPath, "/embed/card.css"]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on a card in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(embedPath);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the action page offers the snippet under 「埋め込み」, and its button copies it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(pagePath);
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
  const code = page.locator("#embed-code");
  await expect(code).toBeHidden();
  await page.getByText("埋め込み（ほかのウェブサイトにこの行動を表示する）").click();
  await expect(code).toBeVisible();
  const snippet = embedSnippet(entry);
  await expect(code).toHaveText(snippet);
  expect(snippet).toContain(`${embedPath}"`);
  await page.evaluate(() => navigator.clipboard.writeText("something else"));
  const button = page.locator('button[data-copy="#embed-code"]');
  await expect(button).toHaveText("コードをコピー");
  await button.click();
  await expect(button).toHaveText("コピーしました");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  // And back to its own label, not the copy-link button's.
  await expect(button).toHaveText("コードをコピー");
});
