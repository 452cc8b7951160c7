/**
 * Security headers for the exported site, shared by `scripts/serve.ts --csp`
 * and the hosting instructions in the README, so both describe one policy.
 */

export const contentSecurityPolicy: string = [
  "default-src 'self'",
  // Next's static export inlines its bootstrap scripts (self.__next_f.push…), so they cannot be hash- or nonce-pinned per build.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "upgrade-insecure-requests",
].join("; ");

export const securityHeaders = {
  "Content-Security-Policy": contentSecurityPolicy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "X-Frame-Options": "DENY",
} as const satisfies Record<string, string>;
