import { chmod, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

// Strings are written as UTF-8 (writeFile's default). Every folder removed below exists at that
// point, so rm is not told to ignore a missing one: that would hide a real problem.
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Replaces `dir` with exactly `files` (name → content). Everything is written
 * to a temporary sibling folder first and swapped in by rename, so a failure
 * part-way leaves the old folder exactly as it was. Errors say which of the
 * three happened: nothing changed, the new folder is in place but its previous
 * copy is left beside it, or (if even putting it back failed) where it is.
 */
export async function writeDirAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const replacing = existsSync(target);
  let staging: string | undefined;
  try {
    staging = await mkdtemp(path.join(parent, `.${path.basename(target)}.new-`));
    // mkdtemp creates the folder private (0700); content is meant to be shared like any other folder.
    await chmod(staging, 0o755);
    for (const [name, content] of files) {
      if (name !== path.basename(name)) throw new Error(`refusing to write outside ${dir}: ${name}`);
      await writeFile(path.join(staging, name), content);
    }
  } catch (error) {
    if (staging) await rm(staging, { recursive: true });
    throw new Error(`could not write ${dir}, which is left as it was: ${reason(error)}`, { cause: error });
  }

  // Two renames, as no portable call swaps two folders: between them `dir` is briefly missing.
  const old = `${staging}.old`;
  try {
    if (replacing) await rename(target, old);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true });
    if (replacing && existsSync(old)) {
      await rename(old, target).catch((restoreError: unknown) => {
        throw new Error(`could not write ${dir}, nor put it back: its previous copy is ${old} (${reason(restoreError)})`, {
          cause: error,
        });
      });
    }
    throw new Error(`could not write ${dir}, which is left as it was: ${reason(error)}`, { cause: error });
  }

  if (replacing) {
    await rm(old, { recursive: true }).catch((error: unknown) => {
      throw new Error(`${dir} was written, but its previous copy ${old} could not be removed: ${reason(error)}`, { cause: error });
    });
  }
}
