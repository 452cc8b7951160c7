/**
 * The nginx configuration of the site, rendered from the policy in lib/security/csp.ts and the content types in
 * lib/hosting/content-types.ts. `npm run deploy:config` writes it to scripts/deploy/nginx/imagine-kanazawa.conf,
 * which the README quotes, `npm run preview:nginx` and the browser tests serve out/ with, and a unit test holds
 * equal to this rendering. It runs on Debian 12's nginx 1.22 and on current nginx: nothing in it is newer.
 */
import { contentTypes, defaultContentType } from "./content-types";
import { headersFor, pathRules, pathUnder, type PathRule } from "../security/csp";

/** Where the committed configuration lives, relative to the repository. */
export const siteConfigPath = "scripts/deploy/nginx/imagine-kanazawa.conf";
/** The host's TLS wrapper that includes it (an example: names, certificates and paths are the host's). */
export const tlsWrapperPath = "scripts/deploy/nginx/tls-server.conf";

const indent = "    ";

/** A double-quoted nginx string; refuses what nginx would read differently (variables, escapes, line breaks). */
function quoted(value: string): string {
  if (/["\\$\n\r]/.test(value)) throw new Error(`nginx config: cannot quote ${JSON.stringify(value)} safely`);
  return `"${value}"`;
}

/** One add_header per header, all with `always` so that 404s and redirects get them too. */
function addHeaders(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
}

/** A name for a rule's named 404 location: `/embed/` → `@embed_not_found`. */
function notFoundLocationName(rule: PathRule): string {
  const slug = rule.path.replace(/[^a-z0-9]+/gi, "_").replace(/^_+|_+$/g, "");
  return `@${slug || "root"}_not_found`;
}

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);

/** The rule that would cover `rule`'s paths if `rule` had no location of its own. */
function parentRule(rule: PathRule): PathRule | undefined {
  return pathRules
    .filter((other) => other !== rule && other.path.endsWith("/") && rule.path.startsWith(other.path))
    .reduce<PathRule | undefined>((best, other) => (best && best.path.length >= other.path.length ? best : other), undefined);
}

/** Whether a rule needs a location: not when the location that covers it anyway sends the same headers. */
function needsLocation(rule: PathRule): boolean {
  const parent = parentRule(rule);
  if (!parent) return true;
  return (["found", "not-found"] as const).some(
    (outcome) => !sameHeaders(headersFor(pathUnder(rule), outcome), headersFor(pathUnder(parent), outcome)),
  );
}

function location(rule: PathRule, notFoundPageHeaders: Record<string, string>): string[] {
  const sample = pathUnder(rule);
  if (!needsLocation(rule)) {
    return [`# ${rule.why}`, `# ${rule.path}: the headers of location ${parentRule(rule)!.path}, so no location of its own.`];
  }
  const notFound = headersFor(sample, "not-found");
  // The server-wide `error_page 404 /404.html` ends in the location of /404.html, with its headers. A rule whose
  // 404 needs other headers (an embed's framing) sends the page from a named location of its own instead.
  const ownNotFound = !sameHeaders(notFound, notFoundPageHeaders);
  const isPrefix = rule.path.endsWith("/");
  const lines = [
    `# ${rule.why}`,
    `location ${isPrefix ? rule.path : `= ${rule.path}`} {`,
    ...(isPrefix
      ? [
          `${indent}try_files \${uri}index.html =404;`,
          `${indent}location ~ [^/]$ {`,
          `${indent}${indent}try_files $uri $uri/ =404;`,
          `${indent}}`,
        ]
      : [`${indent}try_files $uri =404;`]),
    ...(ownNotFound ? [`${indent}error_page 404 ${notFoundLocationName(rule)};`] : []),
    ...addHeaders(headersFor(sample, "found")).map((line) => indent + line),
    "}",
  ];
  if (ownNotFound) {
    lines.push(
      `location ${notFoundLocationName(rule)} {`,
      `${indent}try_files /404.html =404;`,
      ...addHeaders(notFound).map((line) => indent + line),
      "}",
    );
  }
  return lines;
}

/** The site's configuration: to be included inside a `server {}` block that sets listen, server_name, TLS and root. */
export function renderSiteConfig(): string {
  const textTypes = contentTypes.filter((entry) => entry.type !== "text/html");
  const width = Math.max(...contentTypes.map((entry) => entry.type.length)) + 1;
  const notFoundPageHeaders = headersFor("/404.html", "found");
  const lines = [
    "# IMAGINE KANAZAWA 2030: everything the site needs from nginx (1.22 or later).",
    "# Generated from lib/security/csp.ts by `npm run deploy:config`; change the policy there, not here.",
    "# Include it inside a server {} block that sets listen, server_name, TLS and root:",
    `# see ${tlsWrapperPath}. The tests serve out/ with exactly this file.`,
    "",
    "# Content types: the same on every nginx version, and the same as `npm start` sends.",
    "types {",
    ...contentTypes.map((entry) => `${indent}${entry.type.padEnd(width)}${entry.extensions.join(" ")};`),
    "}",
    `default_type ${defaultContentType};`,
    "charset utf-8;",
    // text/html is always included by both directives; naming it again draws a warning.
    `charset_types ${textTypes.filter((entry) => entry.utf8).map((entry) => entry.type).join(" ")};`,
    "",
    "gzip on;",
    "gzip_comp_level 6;",
    "gzip_vary on;",
    `gzip_types ${textTypes.filter((entry) => entry.compressible).map((entry) => entry.type).join(" ")};`,
    "",
    '# "/x" → "/x/" as a relative Location, right behind a proxy or on any port.',
    "absolute_redirect off;",
    "error_page 404 /404.html;",
    "",
    "# In every location, \"/x/\" serves x/index.html, and the inner location takes every path that does not end",
    "# in \"/\": \"/x\" serves the file x or, when x is a folder, answers 301 to \"/x/\" with the query string kept",
    "# (nginx's static module does that for a folder). Inner locations inherit the add_header and error_page lines;",
    "# an add_header in a location drops every add_header from outside it, so each location lists them all.",
    ...pathRules.flatMap((rule) => ["", ...location(rule, notFoundPageHeaders)]),
  ];
  return `${lines.join("\n")}\n`;
}

export interface LocalServerOptions {
  /** Absolute path of the folder to serve (out/). */
  root: string;
  /** Absolute path of the site configuration to include. */
  siteConfig: string;
  /** Absolute path of a private folder for the pid file and temporary files. */
  prefix: string;
  host: string;
  port: number;
}

/**
 * A whole nginx.conf around the given server blocks that runs as any user: no `user` directive, one process
 * (`master_process off`, so no privilege switch), everything it writes inside `prefix`, errors to stderr.
 */
export function renderLocalMain(prefix: string, servers: string): string {
  return [
    "daemon off;",
    "master_process off;",
    "worker_processes 1;",
    `pid ${quoted(`${prefix}/nginx.pid`)};`,
    "error_log stderr warn;",
    "events { worker_connections 256; }",
    "http {",
    `${indent}access_log off;`,
    // Debian compiles in /var/lib/nginx/…, which only root may write.
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (kind) => `${indent}${kind}_temp_path ${quoted(`${prefix}/${kind}`)};`,
    ),
    servers,
    "}",
    "",
  ].join("\n");
}

/** Serves `root` on one address with the site configuration included as committed; only this wrapper is local. */
export function renderLocalConfig({ root, siteConfig, prefix, host, port }: LocalServerOptions): string {
  const address = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  return renderLocalMain(
    prefix,
    [
      "server {",
      `${indent}listen ${address};`,
      `${indent}root ${quoted(root)};`,
      `${indent}include ${quoted(siteConfig)};`,
      "}",
    ].join("\n"),
  );
}
