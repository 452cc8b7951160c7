import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * What is known about the source document: content/source/kanazawa-sdgs-action-plan.meta.json,
 * beside the text it describes, filled in by whoever publishes the site. /data/, plan.json,
 * the footer and the printed header read it from here.
 *
 * An empty string means "not known". Nothing is guessed: a URL or terms of use that cannot be
 * checked against the city's own publication stay empty, and the site then says that the terms
 * are the city's and where to ask.
 */
export const SOURCE_META_FILE = path.join("content", "source", "kanazawa-sdgs-action-plan.meta.json");

const unknownOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

export const SourceMetaSchema = z.strictObject({
  /** The plan's title as the city writes it, e.g. 金沢SDGs行動計画. */
  title: z.string().trim().min(1, "the plan's title is required"),
  /** The name the plan is also known by, e.g. IMAGINE KANAZAWA 2030; "" if none. */
  subtitle: z.string().trim(),
  /** Who publishes the plan: 金沢市. */
  publisher: z.string().trim().min(1, "the publisher is required (金沢市)"),
  /** The address of the city's own publication of the plan (a web page or PDF); "" if not verified. */
  publicationUrl: unknownOr(z.url({ protocol: /^https?$/u, error: "expected an http(s) URL, or \"\" if not known" })),
  /** The version or date of the plan as the city states it (e.g. 令和2年3月策定); "" if not known. */
  planVersion: z.string().trim(),
  /** The terms of use, word for word as the city states them; "" if not known. Never a guessed licence. */
  terms: z.string().trim(),
  /** Where the city states those terms; "" if not known. */
  termsUrl: unknownOr(z.url({ protocol: /^https?$/u, error: "expected an http(s) URL, or \"\" if not known" })),
  /** Whom to ask about using the text (a department, a page); "" if not known. */
  contact: z.string().trim(),
  /** The day the text in content/source/ was taken into this site (YYYY-MM-DD). */
  copiedOn: unknownOr(z.iso.date({ error: "expected a date as YYYY-MM-DD, or \"\" if not known" })),
}).refine((meta) => meta.terms === "" || meta.termsUrl !== "", {
  // Terms copied from the city always say where the city states them, so a reader can check them.
  path: ["termsUrl"],
  message: "terms are filled in: give the URL where the city states them",
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

const FIELDS: Record<string, z.ZodType> = SourceMetaSchema.shape;

export class SourceMetaError extends Error {
  override name = "SourceMetaError";
}

const isFieldObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** The line on which a top-level key is written, for error messages. */
function lineOfKey(text: string, key: string): number | undefined {
  const at = text.search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}"\\s*:`, "u"));
  return at === -1 ? undefined : lineAt(text, at);
}

/**
 * Parses and validates the metadata. Every problem is reported as `file:line: field: what is
 * wrong`, all at once, so that one run shows everything to fix.
 */
export function parseSourceMeta(text: string, file: string = SOURCE_META_FILE): SourceMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/u.exec(message)?.[1];
    const where = position === undefined ? file : `${file}:${lineAt(text, Number(position))}`;
    throw new SourceMetaError(`${where}: not valid JSON: ${message.split("\n")[0]}`);
  }
  if (!isFieldObject(raw)) {
    const found = raw === null ? "null" : Array.isArray(raw) ? "a list" : `a ${typeof raw}`;
    throw new SourceMetaError(`${file}: expected one JSON object of fields ({ "title": …, "publisher": … }), found ${found}`);
  }
  const result = SourceMetaSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // An unknown field names itself in `keys`; any other issue in its path.
    const key = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0];
    const line = typeof key === "string" ? lineOfKey(text, key) : undefined;
    const field = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".") || "(file)";
    const missing = typeof key === "string" && !Object.hasOwn(raw, key);
    const message = missing
      ? FIELDS[key]?.safeParse("").success
        ? 'missing (write "" if not known)'
        : "missing"
      : issue.code === "unrecognized_keys"
        ? `unknown field; the fields are ${Object.keys(FIELDS).join(", ")}`
        : issue.message;
    return `${line === undefined ? file : `${file}:${line}`}: ${field}: ${message}`;
  });
  throw new SourceMetaError(problems.join("\n"));
}

export function loadSourceMeta(file: string = SOURCE_META_FILE): SourceMeta {
  return parseSourceMeta(readFileSync(file, "utf8"), file);
}

let cached: SourceMeta | undefined;

/** The source's metadata, read once per build. */
export function getSourceMeta(): SourceMeta {
  cached ??= loadSourceMeta();
  return cached;
}

/** How the plan is named on paper and in the footer: 金沢SDGs行動計画（金沢市）. */
export const planWithPublisher = (meta: SourceMeta) => `${meta.title}（${meta.publisher}）`;

/** The plan's full title: 金沢SDGs行動計画（IMAGINE KANAZAWA 2030）. */
export const fullTitle = (meta: SourceMeta) => (meta.subtitle ? `${meta.title}（${meta.subtitle}）` : meta.title);
