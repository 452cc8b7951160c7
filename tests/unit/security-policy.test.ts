/**
 * The header policy of lib/security/csp.ts: which rule each path gets, and what the embeddable cards may do
 * that no other page may. The servers and host files are checked against the same functions elsewhere.
 */
import { describe, expect, it } from "vitest";
import {
  cacheControl,
  contentSecurityPolicy,
  embedContentSecurityPolicy,
  headersFor,
  pathRules,
  ruleFor,
} from "@/lib/security/csp";

describe("ruleFor", () => {
  it("has a rule for pages, build assets, open data, the search index and embeds", () => {
    expect(pathRules.map((rule) => rule.path)).toEqual(["/", "/_next/static/", "/data/", "/search-index.json", "/embed/"]);
  });

  it.each([
    ["/", "/"],
    ["/directions/1/goals/2/actions/3/", "/"],
    ["/_next/static/chunks/app.js", "/_next/static/"],
    ["/_next/static", "/"],
    ["/_next/image", "/"],
    ["/data/plan.json", "/data/"],
    ["/data/", "/data/"],
    ["/search-index.json", "/search-index.json"],
    ["/search-index.json/", "/"],
    ["/search/", "/"],
    ["/embed/directions/1/goals/2/actions/3/", "/embed/"],
    ["/embedded/", "/"],
    ["/embed", "/"],
  ])("%s → the %s rule", (pathname, rule) => {
    expect(ruleFor(pathname).path).toBe(rule);
  });
});

describe("headersFor", () => {
  const embed = "/embed/directions/1/goals/2/actions/3/";

  it("lets any site frame an embed, with no X-Frame-Options, and no site frame anything else", () => {
    expect(headersFor(embed)["Content-Security-Policy"]).toBe(embedContentSecurityPolicy);
    expect(embedContentSecurityPolicy).toMatch(/(^|; )frame-ancestors \*($|;)/);
    expect(headersFor(embed)).not.toHaveProperty("X-Frame-Options");
    for (const pathname of ["/", "/directions/1/", "/embedded/", "/data/plan.json", "/_next/static/x.js"]) {
      expect(headersFor(pathname)["Content-Security-Policy"], pathname).toBe(contentSecurityPolicy);
      expect(headersFor(pathname)["X-Frame-Options"], pathname).toBe("DENY");
    }
    expect(contentSecurityPolicy).toMatch(/(^|; )frame-ancestors 'none'($|;)/);
  });

  it("gives an embed the page policy in everything but frame-ancestors", () => {
    const withoutFraming = (policy: string) => policy.split("; ").filter((d) => !d.startsWith("frame-ancestors"));
    expect(withoutFraming(embedContentSecurityPolicy)).toEqual(withoutFraming(contentSecurityPolicy));
    const { "Content-Security-Policy": _a, "X-Frame-Options": _b, ...pageRest } = headersFor("/");
    const { "Content-Security-Policy": _c, ...embedRest } = headersFor(embed);
    expect(embedRest).toEqual(pageRest);
  });

  it("keeps hashed build assets for a year and revalidates everything else", () => {
    expect(headersFor("/_next/static/chunks/app.js")["Cache-Control"]).toBe(cacheControl.immutable);
    for (const pathname of ["/", "/data/initiatives.csv", "/search-index.json", embed, "/icon.svg"]) {
      expect(headersFor(pathname)["Cache-Control"], pathname).toBe(cacheControl.revalidate);
    }
  });

  it("never lets a 404 be cached as immutable, and keeps the framing of its path", () => {
    expect(headersFor("/_next/static/gone.js", "not-found")["Cache-Control"]).toBe(cacheControl.revalidate);
    expect(headersFor("/embed/gone/", "not-found")["Content-Security-Policy"]).toBe(embedContentSecurityPolicy);
    expect(headersFor("/gone/", "not-found")["X-Frame-Options"]).toBe("DENY");
  });
});
