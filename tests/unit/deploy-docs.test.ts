/**
 * The README's deployment section shows the host configurations of this repository, not copies that drift:
 * the nginx files exactly as committed, the policy's headers with their values, and for the hosts that cannot
 * be run here (GitHub Pages, S3 + CloudFront) a plain statement that they are not tested.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { siteConfigPath, tlsWrapperPath } from "@/lib/hosting/nginx-config";
import { contentSecurityPolicy, embedContentSecurityPolicy, securityHeaders } from "@/lib/security/csp";

const docs = readFileSync("README.md", "utf8");

/** The contents of every fenced block in the README with this language tag. */
function fencedBlocks(language: string): string[] {
  return [...docs.matchAll(new RegExp("^```" + language + "\\n([\\s\\S]*?)^```$", "gm"))].map((match) => match[1]!);
}

/** The text of one `### heading` section, up to the next heading. */
function section(heading: string): string {
  const start = docs.indexOf(`\n### ${heading}\n`);
  expect(start, `README has a "### ${heading}" section`).toBeGreaterThan(-1);
  const end = docs.slice(start + 1).search(/\n#{2,3} /);
  return docs.slice(start, end === -1 ? undefined : start + 1 + end);
}

describe("README.md deployment section", () => {
  it("quotes a whole Content-Security-Policy of the policy wherever it mentions one", () => {
    const lines = docs.split("\n").filter((line) => line.includes("default-src"));
    expect(lines.length).toBeGreaterThanOrEqual(3); // the header block, and nginx's two framings
    for (const line of lines) expect([contentSecurityPolicy, embedContentSecurityPolicy].some((p) => line.includes(p)), line).toBe(true);
  });

  it("lists every header of a page with its value", () => {
    for (const [name, value] of Object.entries(securityHeaders)) expect(docs).toContain(`\n${name}: ${value}\n`);
  });

  it("shows the nginx configuration files exactly as committed, and no other nginx configuration", () => {
    const files = [siteConfigPath, tlsWrapperPath].map((file) => readFileSync(file, "utf8"));
    const blocks = fencedBlocks("nginx");
    expect(blocks).toHaveLength(2);
    expect(blocks).toEqual(files);
    for (const file of [siteConfigPath, tlsWrapperPath]) expect(docs).toContain(`\`${file}\`:\n\n\`\`\`nginx\n`);
  });

  it("has Netlify and Cloudflare Pages read out/_headers, with nothing to configure and no copy of the rules", () => {
    for (const host of ["Netlify", "Cloudflare Pages"]) expect(section(host)).toMatch(/^Nothing to configure\./m);
    expect(docs).not.toMatch(/^\/\*\n {2}\S+: /m); // a pasted _headers rule
  });

  it("says plainly which hosts are not tested here", () => {
    for (const host of ["GitHub Pages", "Amazon S3 + CloudFront"]) {
      expect(section(`${host} (not tested here)`)).toContain("Nothing in this section is run by the tests");
    }
    expect(section("nginx (tested)")).toContain("the tests run");
  });
});
