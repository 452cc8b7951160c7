/**
 * The committed nginx files: the site configuration is exactly what lib/security/csp.ts renders to, and the
 * host's TLS wrapper leaves everything to it and runs on Debian 12's nginx 1.22.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSiteConfig, siteConfigPath, tlsWrapperPath } from "@/lib/hosting/nginx-config";
import { headersFor, pathRules, pathUnder } from "@/lib/security/csp";

describe(siteConfigPath, () => {
  const committed = readFileSync(siteConfigPath, "utf8");

  it("is what the policy renders to (after a policy change: npm run deploy:config)", () => {
    expect(committed, "run npm run deploy:config and commit the result").toBe(renderSiteConfig());
  });

  it("sends each header of the policy with `always`, so that 404s and redirects carry it too", () => {
    const headers = committed.split("\n").filter((line) => line.trim().startsWith("add_header "));
    expect(headers.length).toBeGreaterThan(0);
    for (const line of headers) expect(line, line).toMatch(/^ {4}add_header [A-Za-z-]+ "[^"]*" always;$/);
    for (const rule of pathRules) {
      for (const [name, value] of Object.entries(headersFor(pathUnder(rule)))) {
        expect(committed, `${rule.path} ${name}`).toContain(`add_header ${name} "${value}" always;`);
      }
    }
  });

  it("uses nothing newer than nginx 1.22 and nothing host-specific", () => {
    for (const directive of ["http2", "listen", "server_name", "ssl_", "root ", "quic", "add_header_inherit"]) {
      expect(committed.split("\n").filter((line) => line.trim().startsWith(directive)), directive).toEqual([]);
    }
  });
});

describe(tlsWrapperPath, () => {
  const wrapper = readFileSync(tlsWrapperPath, "utf8");
  const lines = wrapper.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));

  it("includes the site configuration and adds no headers or locations of its own", () => {
    expect(lines).toContain("include /etc/nginx/snippets/imagine-kanazawa.conf;");
    // An add_header here would be dropped in every location of the site file that has its own.
    expect(lines.filter((line) => /^(add_header|location|error_page|gzip|types|try_files)\b/.test(line))).toEqual([]);
  });

  it("speaks nginx 1.22: http2 on the listen line, not the `http2 on;` of 1.25.1", () => {
    expect(lines).not.toContain("http2 on;");
    expect(lines).toContain("listen 443 ssl http2;");
    expect(lines).toContain("return 301 https://$host$request_uri;");
  });
});
