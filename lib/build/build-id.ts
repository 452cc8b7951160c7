/**
 * A build id derived from what goes into the build, so that two builds of the same
 * commit produce byte-identical out/ (Next's default id is random per build).
 * Used by next.config.ts (`generateBuildId`).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Everything `next build` reads, relative to the project root: sources, content, the
 * generated readings, the lockfile (dependency versions) and the config files.
 * Missing entries are skipped, so a checkout without e.g. .generated/ still builds.
 */
export const BUILD_INPUTS: readonly string[] = [
  ".generated",
  "app",
  "components",
  "content",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** Environment variables that change the built pages (lib/urls.ts reads SITE_URL). */
export const BUILD_ENV: readonly string[] = ["SITE_URL"];

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    return [];
  }
  if (stats.isFile()) return [relative];
  if (!stats.isDirectory()) return [];
  return readdirSync(full)
    .flatMap((name) => filesUnder(root, path.posix.join(relative, name)));
}

/**
 * sha256 over the sorted input paths and their bytes, plus the build environment,
 * shortened to 20 hex characters (the id appears in every asset URL of the build).
 */
export function contentBuildId(
  root: string,
  inputs: readonly string[] = BUILD_INPUTS,
  env: Record<string, string | undefined> = process.env,
): string {
  const hash = createHash("sha256");
  const files = inputs.flatMap((input) => filesUnder(root, input)).sort();
  for (const file of files) {
    // Length-prefixed so that no two different (path, content) lists hash the same.
    const bytes = readFileSync(path.join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  for (const name of BUILD_ENV) hash.update(`env:${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex").slice(0, 20);
}
