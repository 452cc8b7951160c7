import type { PlanModel } from "@/lib/content/plan";
import type { SourceMeta } from "@/lib/source/meta";
import { toOpenData } from "./build";
import { initiativesCsv } from "./csv";
import { openPlanJsonSchema } from "./schema";

/**
 * The text of each open-data file, exactly as /data/ serves it: the routes write these
 * strings, and the /data/ page states their sizes from the same strings.
 */
export function openDataFiles(model: PlanModel, meta: SourceMeta) {
  const data = toOpenData(model, meta);
  return {
    "plan.json": `${JSON.stringify(data, null, 2)}\n`,
    "plan.schema.json": `${JSON.stringify(openPlanJsonSchema(), null, 2)}\n`,
    "initiatives.csv": initiativesCsv(data),
  };
}
export type OpenDataFileName = keyof ReturnType<typeof openDataFiles>;

/** A file's size as the /data/ page states it: 「123.4 KB（126,345 バイト）」. */
export function formatSize(text: string): string {
  const bytes = Buffer.byteLength(text, "utf8");
  return `${(bytes / 1024).toFixed(1)} KB（${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/gu, ",")} バイト）`;
}
