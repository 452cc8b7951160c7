/**
 * The README's deployment section copies the policy of lib/security/csp.ts into each host's configuration.
 * These tests keep the copies honest: a changed header must be changed in the docs too.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/csp";

const docs = readFileSync("README.md", "utf8");

describe("README.md deployment section", () => {
  it("quotes the whole Content-Security-Policy wherever it mentions one", () => {
    const lines = docs.split("\n").filter((line) => line.includes("default-src"));
    expect(lines.length).toBeGreaterThanOrEqual(3); // the reference block, nginx, _headers
    for (const line of lines) expect(line).toContain(contentSecurityPolicy);
  });

  it("lists every security header with its value, as a header block and as nginx add_header lines", () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(docs).toContain(`\n${name}: ${value}\n`);
      expect(docs).toContain(`add_header ${name} "${value}" always;`);
      expect(docs).toContain(`\n  ${name}: ${value}\n`);
    }
  });
});
