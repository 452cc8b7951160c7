/**
 * The Content-Type of each kind of file in out/, shared by the Node server (lib/server/static.ts) and the nginx
 * configuration (lib/hosting/nginx.ts), so both send the same type on every nginx version: older mime.types files
 * lack csv and webmanifest, and 1.22's says application/javascript where later ones say text/javascript.
 */
import path from "node:path";

export interface ContentType {
  /** The media type without parameters. */
  type: string;
  /** File extensions, lower case, without the dot. */
  extensions: readonly string[];
  /** Text in UTF-8: sent with `; charset=utf-8`. */
  utf8: boolean;
  /** Worth gzipping. */
  compressible: boolean;
}

const text = (type: string, ...extensions: string[]): ContentType => ({ type, extensions, utf8: true, compressible: true });
const binary = (type: string, ...extensions: string[]): ContentType => ({ type, extensions, utf8: false, compressible: false });

export const contentTypes: readonly ContentType[] = [
  text("text/html", "html"),
  text("text/css", "css"),
  text("text/javascript", "js", "mjs"),
  text("application/json", "json", "map"),
  text("text/csv", "csv"),
  text("text/plain", "txt"),
  text("application/xml", "xml"),
  text("application/manifest+json", "webmanifest"),
  // SVG is XML text, but a charset parameter on image/svg+xml is unusual and not needed (the file declares it).
  { type: "image/svg+xml", extensions: ["svg"], utf8: false, compressible: true },
  binary("image/png", "png"),
  binary("image/jpeg", "jpg", "jpeg"),
  binary("image/webp", "webp"),
  binary("image/avif", "avif"),
  binary("image/gif", "gif"),
  binary("image/x-icon", "ico"),
  binary("font/woff2", "woff2"),
  binary("font/woff", "woff"),
  binary("application/pdf", "pdf"),
];

/** For anything not listed, as nginx's default_type: the browser must not guess (X-Content-Type-Options: nosniff). */
export const defaultContentType = "application/octet-stream";

const byExtension = new Map(contentTypes.flatMap((entry) => entry.extensions.map((extension) => [extension, entry])));

/** The Content-Type header for a file name, e.g. `text/html; charset=utf-8`. */
export function contentTypeFor(file: string): string {
  const entry = byExtension.get(path.extname(file).slice(1).toLowerCase());
  if (!entry) return defaultContentType;
  return entry.utf8 ? `${entry.type}; charset=utf-8` : entry.type;
}

/** Whether a Content-Type header names a type that is gzipped. */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return contentTypes.some((entry) => entry.compressible && entry.type === type);
}
