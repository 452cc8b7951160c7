import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `file` through a temporary sibling and a rename, so a reader never sees half a file. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const target = path.resolve(file);
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.new`);
  try {
    await writeFile(staging, content, "utf8");
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { force: true });
    throw error;
  }
}
