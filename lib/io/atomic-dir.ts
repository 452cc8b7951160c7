import { chmod, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Replaces `dir` with exactly `files` (name → content). Everything is written
 * to a temporary sibling folder first and swapped in by rename, so a failure
 * part-way leaves the old folder exactly as it was.
 */
export async function writeDirAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const staging = await mkdtemp(path.join(parent, `.${path.basename(target)}.new-`));
  try {
    // mkdtemp creates the folder private (0700); content is meant to be shared like any other folder.
    await chmod(staging, 0o755);
    for (const [name, content] of files) {
      if (name !== path.basename(name)) throw new Error(`refusing to write outside ${dir}: ${name}`);
      await writeFile(path.join(staging, name), content, "utf8");
    }
    if (existsSync(target)) {
      const old = `${staging}.old`;
      await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(staging, target);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
