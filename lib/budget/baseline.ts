/**
 * "An empty page of the same Next.js version": a one-page App Router app (a server
 * component with a heading, no client components) built with the project's own next,
 * react and react-dom, as a static export. What it loads is the framework's floor; the
 * JS budget for our pages is stated against it. Used by scripts/bench.ts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The versions that matter for the baseline, read from the installed packages (not package.json ranges). */
export function frameworkVersions(projectRoot: string): Record<"next" | "react" | "react-dom", string> {
  const version = (name: string) =>
    (JSON.parse(readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  return { next: version("next"), react: version("react"), "react-dom": version("react-dom") };
}

/** The files of the empty app. Plain .jsx so that next does not set up TypeScript in the temp folder. */
export function emptyAppFiles(versions: Record<string, string>): Record<string, string> {
  return {
    "package.json": `${JSON.stringify({ name: "empty-next-baseline", private: true, dependencies: versions }, null, 2)}\n`,
    "next.config.mjs": [
      "export default {",
      '  output: "export",',
      "  trailingSlash: true,",
      "  images: { unoptimized: true },",
      '  generateBuildId: () => "baseline",',
      "};",
      "",
    ].join("\n"),
    "app/layout.jsx": [
      "export default function RootLayout({ children }) {",
      "  return (",
      '    <html lang="ja">',
      "      <body>{children}</body>",
      "    </html>",
      "  );",
      "}",
      "",
    ].join("\n"),
    "app/page.jsx": ["export default function Page() {", "  return <h1>空のページ</h1>;", "}", ""].join("\n"),
  };
}

/**
 * Writes the empty app into a new folder under the system temp dir, gives it the project's
 * node_modules as hard links (`cp -al`: Turbopack refuses a node_modules symlinked from
 * outside the app's root; a symlink is the fallback when /tmp is another file system),
 * builds it and returns the folder; its export is in `out/`. The caller removes it.
 */
export function buildEmptyApp(projectRoot: string, { timeoutMs = 300_000 } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "next-empty-baseline-"));
  try {
    for (const [file, text] of Object.entries(emptyAppFiles(frameworkVersions(projectRoot)))) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const modules = path.join(path.resolve(projectRoot), "node_modules");
    try {
      execFileSync("cp", ["-al", modules, path.join(dir, "node_modules")], { stdio: "pipe" });
    } catch {
      rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
      symlinkSync(modules, path.join(dir, "node_modules"), "dir");
    }
    const result = spawnSync(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: dir,
      encoding: "utf8",
      timeout: timeoutMs,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) {
      throw new Error(`empty app build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
    }
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
