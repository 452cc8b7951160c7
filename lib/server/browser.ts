/**
 * The system Chromium used by Playwright and the Lighthouse bench. We never download
 * Playwright's own browser build: CI installs Debian's `chromium` with `fonts-noto-cjk`,
 * so the Japanese text renders with real glyphs.
 */

export const defaultChromiumPath = "/usr/bin/chromium";

/** `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || defaultChromiumPath;
}

/** Flags for a headless run in a container: no sandbox (often unavailable as root), no GPU, no background traffic. */
export const chromiumArgs: string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
