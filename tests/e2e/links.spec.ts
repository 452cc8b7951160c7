/**
 * Every internal href/src in the export points at a file that exists, and every #fragment
 * at an id on the target page. Reads out/ directly (no browser), with the same URL → file
 * mapping as the server, so a link that works here works on the static host.
 * OUT_DIR overrides the folder (the webServer in playwright.config.ts serves the same one).
 */
import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { fileForPathname } from "../../lib/server/static";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = path.resolve(repoRoot, process.env.OUT_DIR ?? "out");
const origin = "http://site.invalid";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return entry.isFile() && entry.name.endsWith(".html") ? [full] : [];
    })
    .sort();
}

/** The URL a static host serves a file at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function urlOf(file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join("/");
  if (relative === "index.html") return "/";
  if (relative.endsWith("/index.html")) return `/${relative.slice(0, -"index.html".length)}`;
  return `/${relative}`;
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return namedEntities[name.toLowerCase()] ?? match;
  });
}

/** Attributes of every start tag, decoded; script/style bodies and comments are not markup and are skipped. */
function* attributes(html: string): Generator<{ name: string; value: string }> {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, "<$1$2></$1>");
  for (const tag of markup.matchAll(/<[a-zA-Z][^\s/>]*((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    for (const attribute of (tag[1] ?? "").matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if (attribute[1] !== undefined && value !== undefined) yield { name: attribute[1].toLowerCase(), value: decodeEntities(value) };
    }
  }
}

function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const { name, value } of attributes(html)) {
    if (name === "href" || name === "src") links.push(value.trim());
    if (name === "srcset" || name === "imagesrcset") {
      for (const candidate of value.split(",")) links.push(candidate.trim().split(/\s+/)[0] ?? "");
    }
  }
  return links;
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const { name, value } of attributes(readFileSync(file, "utf8"))) if (name === "id") ids.add(value);
    idCache.set(file, ids);
  }
  return ids;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Why `href` on `page` is broken, or null when it resolves (or is not ours to check). */
function problemWith(page: string, href: string): string | null {
  if (href === "") return null;
  // Another scheme (https:, mailto:, data:, tel: …) or another host.
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith("//")) return null;
  const url = new URL(href, new URL(urlOf(page), origin));
  const target = fileForPathname(outDir, url.pathname);
  if (target === null) return `${url.pathname} is not a servable path`;
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch {
    return `no file ${path.relative(outDir, target)}`;
  }
  if (stats.isDirectory()) return `${url.pathname} is a folder; link to ${url.pathname}/ (the server would redirect)`;
  const fragment = url.hash.slice(1);
  if (fragment === "" || !target.endsWith(".html")) return null;
  const ids = idsIn(target);
  const decoded = safeDecode(fragment);
  // HTML scrolls to the top for "#top" even without such an id.
  if (ids.has(fragment) || ids.has(decoded) || decoded.toLowerCase() === "top") return null;
  return `no id="${decoded}" in ${path.relative(outDir, target)}`;
}

test("every internal link and asset in the export resolves", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "reads files only; one project is enough");

  let pages: string[] = [];
  try {
    pages = htmlFiles(outDir);
  } catch {
    // reported below
  }
  expect(pages.length, `no .html files in ${outDir}: run npm run build first`).toBeGreaterThan(0);

  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const href of new Set(linksIn(readFileSync(page, "utf8")))) {
      checked += 1;
      const problem = problemWith(page, href);
      if (problem) broken.push(`${path.relative(outDir, page)} → ${href}  (${problem})`);
    }
  }
  testInfo.annotations.push({ type: "links", description: `${checked} links on ${pages.length} pages` });
  expect(broken.length, `${broken.length} broken internal link(s) in ${outDir}:\n${broken.join("\n")}\n`).toBe(0);
});
