/**
 * out/_headers, read the way Netlify and Cloudflare Pages read it, gives each path the headers of the policy.
 * Neither host runs here, so this models the two documented behaviours: both apply every matching rule in file
 * order; for a header set twice, Cloudflare Pages joins the values with a comma unless a later rule first detaches
 * the header (`! Name`), while Netlify keeps the later value and skips the `!` lines (they have no colon).
 */
import { describe, expect, it } from "vitest";
import { renderHeadersFile } from "@/lib/hosting/headers-file";
import { headersFor } from "@/lib/security/csp";

interface Rule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      expect(line, `line ${index + 1}`).toMatch(/^\/\S*$/);
      rules.push({ pattern: line, set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    expect(rule, `line ${index + 1}: a header before any path`).toBeDefined();
    const detach = /^ {2}! (\S+)$/.exec(line);
    const set = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    expect(detach ?? set, `line ${index + 1}: ${line}`).toBeTruthy();
    if (detach) rule!.detach.push(detach[1]!);
    else rule!.set.push([set![1]!, set![2]!]);
  }
  return rules;
}

/** A path pattern as both hosts match it: `*` is a splat over anything, including slashes. */
function matches(pattern: string, pathname: string): boolean {
  const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`).test(pathname);
}

function onCloudflare(rules: Rule[], pathname: string): Record<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((r) => matches(r.pattern, pathname))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const earlier = headers.get(name);
      headers.set(name, setByRules.has(name) && earlier !== undefined ? `${earlier}, ${value}` : value);
      setByRules.add(name);
    }
  }
  return Object.fromEntries(headers);
}

function onNetlify(rules: Rule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.pattern, pathname))) {
    for (const [name, value] of rule.set) headers[name] = value;
  }
  return headers;
}

const paths = [
  "/",
  "/directions/1/goals/2/actions/3/",
  "/_next/static/chunks/app.js",
  "/data/plan.json",
  "/data/initiatives.csv",
  "/search-index.json",
  "/embed/directions/1/goals/2/actions/3/",
  "/no-such-page/",
];

describe("out/_headers", () => {
  const rules = parse(renderHeadersFile());

  it("starts with a rule for every path, then only the rules that change something", () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(["/*", "/_next/static/*", "/embed/*"]);
  });

  it.each(paths)("gives %s the policy's headers on Cloudflare Pages", (pathname) => {
    expect(paths).toHaveLength(8);
    expect(onCloudflare(rules, pathname)).toEqual(headersFor(pathname));
  });

  it.each(paths)("gives %s the policy's headers on Netlify, but for X-Frame-Options on embeds", (pathname) => {
    const expected = headersFor(pathname);
    // Netlify cannot drop a header for a sub-path: embeds keep DENY, which browsers ignore next to frame-ancestors.
    if (pathname.startsWith("/embed/")) expected["X-Frame-Options"] = "DENY";
    expect(onNetlify(rules, pathname)).toEqual(expected);
  });

  it("models the hosts' merging: without its detach lines, Cloudflare would join two policies", () => {
    const careless = rules.map((rule) => ({ ...rule, detach: [] }));
    expect(onCloudflare(careless, "/embed/x/")["Content-Security-Policy"]).toContain("frame-ancestors 'none', default-src");
  });
});
