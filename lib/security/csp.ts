/**
 * The site's response-header policy, written once. Everything that serves or describes the site reads it here:
 * - `lib/server/static.ts` (`npm start`, the browser tests) sends `headersFor(path)`;
 * - `lib/hosting/nginx.ts` renders `scripts/deploy/nginx/imagine-kanazawa.conf`;
 * - `lib/hosting/headers-file.ts` renders `out/_headers` (Netlify, Cloudflare Pages) at build time;
 * - the README's deployment section quotes those files, and tests hold each copy to this module.
 * tests/e2e/csp.spec.ts visits every kind of page under this policy and fails on any violation.
 */

/** The policy with the given `frame-ancestors`: everything else is the same for every page. */
function policyFramedBy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    // Next's static export inlines its bootstrap and per-page data scripts (self.__next_f.push…): 224 distinct
    // ones across the site, too many to list as hashes in one header, and a static host cannot add nonces.
    "script-src 'self' 'unsafe-inline'",
    // Only the stylesheet from _next/static: the pages have no style attributes or <style> elements
    // (scripts that set element.style through the DOM are not affected by style-src).
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    // No upgrade-insecure-requests: every resource is same-origin, so it has nothing to upgrade on an HTTPS host,
    // and on a plain-HTTP preview at a LAN address it rewrites every asset to https:// and the page loads bare.
    // HTTPS is the host's job: redirect http to https (the README's deployment section).
  ].join("; ");
}

/** Every page but the embeddable cards: no other site may frame it (clickjacking). */
export const contentSecurityPolicy: string = policyFramedBy("'none'");

/** The embeddable cards under `/embed/`: any site may put them in an iframe, which is what they are for. */
export const embedContentSecurityPolicy: string = policyFramedBy("*");

/** The headers of every response, whatever its path, status or type. */
const commonHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Browsers ignore it over plain HTTP (RFC 6797, 8.1), so previews are unaffected. Sent by the site itself rather
  // than by the host's TLS wrapper, because an add_header there would be dropped in every nginx location that has
  // its own. No includeSubDomains: that is a promise about every host under the domain, which only its owner can make.
  "Strict-Transport-Security": "max-age=31536000",
} as const satisfies Record<string, string>;

/** Security headers of a page that must not be framed: every page but the embeddable cards. */
export const securityHeaders = {
  "Content-Security-Policy": contentSecurityPolicy,
  ...commonHeaders,
  "X-Frame-Options": "DENY",
} as const satisfies Record<string, string>;

/**
 * Security headers of an embeddable card: `frame-ancestors *` and no X-Frame-Options, which has no value that
 * allows every site (and browsers ignore it anyway when the CSP has frame-ancestors).
 */
export const embedSecurityHeaders = {
  "Content-Security-Policy": embedContentSecurityPolicy,
  ...commonHeaders,
} as const satisfies Record<string, string>;

/** Every header name either security set may send, in a stable order. */
export const securityHeaderNames: readonly string[] = [
  ...new Set([...Object.keys(securityHeaders), ...Object.keys(embedSecurityHeaders)]),
];

export const cacheControl = {
  /** Browsers keep a copy but ask the server (ETag / Last-Modified) before using it: a new build shows at once. */
  revalidate: "no-cache",
  /** The file name carries a hash of the content, so a name never gets new content. */
  immutable: "public, max-age=31536000, immutable",
} as const;

export type Framing = "deny" | "embed";
export type Caching = keyof typeof cacheControl;

export interface PathRule {
  /** A path ending in `/` covers everything under it; any other path covers only itself. */
  path: string;
  caching: Caching;
  framing: Framing;
  /** One line for the generated configurations, saying why this path has its own rule. */
  why: string;
}

/**
 * Which caching and framing each path gets. As in nginx, a path's rule is the exact rule for it if there is one,
 * else the longest prefix rule that covers it; `/` covers everything. A missing path (404) gets the site's 404 page
 * with the framing of its rule, but is always revalidated: a 404 must never be cached as immutable.
 */
export const pathRules: readonly PathRule[] = [
  {
    path: "/",
    caching: "revalidate",
    framing: "deny",
    why: "Pages, the 404 page, icons, sitemap.xml: revalidated, so a new build shows at once.",
  },
  {
    path: "/_next/static/",
    caching: "immutable",
    framing: "deny",
    why: "Build assets: their names carry a hash of their content, so they are kept for a year.",
  },
  {
    path: "/data/",
    caching: "revalidate",
    framing: "deny",
    why: "Open data: the same names on every build, so revalidated like a page, never kept.",
  },
  {
    path: "/search-index.json",
    caching: "revalidate",
    framing: "deny",
    why: "The search index: fetched by script under the same name on every build, so revalidated.",
  },
  {
    path: "/embed/",
    caching: "revalidate",
    framing: "embed",
    why: "Embeddable cards: any site may frame them, including the 404 page under /embed/.",
  },
];

/** A path that a rule covers, to ask headersFor about the rule: `/x/` → `/x/x`; an exact path is itself. */
export function pathUnder(rule: PathRule): string {
  return rule.path.endsWith("/") ? `${rule.path}x` : rule.path;
}

/** The rule for a URL pathname (already without its query string). */
export function ruleFor(pathname: string): PathRule {
  const exact = pathRules.find((rule) => !rule.path.endsWith("/") && rule.path === pathname);
  if (exact) return exact;
  const prefixes = pathRules.filter((rule) => rule.path.endsWith("/") && pathname.startsWith(rule.path));
  const longest = prefixes.reduce<PathRule | undefined>(
    (best, rule) => (best === undefined || rule.path.length > best.path.length ? rule : best),
    undefined,
  );
  if (!longest) throw new Error(`no header rule covers ${JSON.stringify(pathname)}: pathRules must include "/"`);
  return longest;
}

export function securityHeadersFor(framing: Framing): Record<string, string> {
  return framing === "embed" ? { ...embedSecurityHeaders } : { ...securityHeaders };
}

/** Every policy header of a response for `pathname`: security headers and Cache-Control. */
export function headersFor(pathname: string, outcome: "found" | "not-found" = "found"): Record<string, string> {
  const rule = ruleFor(pathname);
  const caching: Caching = outcome === "not-found" ? "revalidate" : rule.caching;
  return { ...securityHeadersFor(rule.framing), "Cache-Control": cacheControl[caching] };
}
