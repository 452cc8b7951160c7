/**
 * `out/_headers`: the policy of lib/security/csp.ts in the format that Netlify and Cloudflare Pages read from the
 * published folder, written at build time (app/%5Fheaders/route.ts) so those hosts need no configuration.
 *
 * Both hosts apply every rule whose path matches, in file order. They differ when two rules set one header:
 * Cloudflare joins the values with a comma unless the later rule first detaches the header with `! Name`;
 * Netlify keeps the later rule's value and skips `! Name` lines (they have no colon). So the first rule, `/*`,
 * carries every header, and each later rule detaches what it changes and sets it again: one file, one result.
 */
import { headersFor, pathRules, pathUnder, type PathRule } from "../security/csp";

/** The file's path pattern for a rule: `/x/` → `/x/*`; an exact path stays as it is. */
export function headersFilePattern(rule: PathRule): string {
  return rule.path.endsWith("/") ? `${rule.path}*` : rule.path;
}

export function renderHeadersFile(): string {
  const [root, ...rest] = pathRules;
  if (root?.path !== "/") throw new Error('_headers: the first path rule must be "/"');
  const base = headersFor(pathUnder(root));
  const lines = [
    "# Response headers for Netlify and Cloudflare Pages, written by `npm run build` from lib/security/csp.ts.",
    "# Every matching rule applies, in order. A later rule detaches (\"! Name\", Cloudflare) and sets again what it",
    "# changes; Netlify skips the \"!\" lines and keeps the later value. Edit the policy, not this file.",
    "",
    `# ${root.why}`,
    headersFilePattern(root),
    ...Object.entries(base).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of rest) {
    const headers = headersFor(pathUnder(rule));
    const changed = Object.entries(headers).filter(([name, value]) => base[name] !== value);
    const dropped = Object.keys(base).filter((name) => !(name in headers));
    lines.push("", `# ${rule.why}`);
    if (changed.length === 0 && dropped.length === 0) {
      lines.push(`# ${headersFilePattern(rule)}: the headers of ${headersFilePattern(root)}, nothing to add.`);
      continue;
    }
    lines.push(
      headersFilePattern(rule),
      ...[...changed.map(([name]) => name), ...dropped].map((name) => `  ! ${name}`),
      ...changed.map(([name, value]) => `  ${name}: ${value}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
