/**
 * Security headers for the exported site, shared by `scripts/serve.ts --csp`
 * and the hosting instructions in the README's deployment section, so both describe one policy.
 * tests/e2e/csp.spec.ts visits every kind of page under this policy and fails on any violation.
 */

export const contentSecurityPolicy: string = [
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
  "frame-ancestors 'none'",
  // No upgrade-insecure-requests: every resource is same-origin, so it has nothing to upgrade on an HTTPS host,
  // and on a plain-HTTP preview at a LAN address it rewrites every asset to https:// and the page loads bare.
  // HTTPS is the host's job: redirect http to https and send Strict-Transport-Security (the README's deployment section).
].join("; ");

export const securityHeaders = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
} as const satisfies Record<string, string>;
