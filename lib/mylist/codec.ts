import { formatCode, parseCode } from "@/lib/search/normalize";
import { itemOfPath } from "@/lib/urls";

/**
 * Reads a list from text a person or another device wrote: a share link's `items`
 * (`/my/?items=1-2-3-4,3-1-2,P-1-1-1`, the format of ./format.ts). An initiative is
 * `direction-goal-action-position`, an action `direction-goal-action`, the partnership section `P`.
 * Codes are read with the search's parser (lib/search/normalize.ts), so `２－１－３` or `p-1-1` in a
 * hand-typed link still count. Pure and zod-free: it runs in the browser on /my/ and the search page
 * (the browser code stays zod-free; see tests/e2e/csp.spec.ts).
 */

/** Why a code of a link was not taken into the list. */
export type SkipReason = "malformed" | "not-an-item" | "unknown" | "duplicate" | "too-many";

export type Skipped = { code: string; reason: SkipReason };

export type Decoded = {
  /** The codes that name an action or initiative of the plan, in the link's order, each once, canonical. */
  codes: string[];
  /** Everything else, in the link's order, with the reason. */
  skipped: Skipped[];
};

/** More codes than the plan has items (324) can only be a mistake; the rest of such a link is not read. */
export const MAX_CODES = 400;

/** People separate codes with commas, 、 or spaces; this site writes commas (./format.ts). */
const SEPARATORS = /[,、，\s]+/u;

/** The canonical code (`1-2-3`, `P-1-1-1`) of an action or initiative code, or why it is not one. */
export function readCode(text: string): { code: string } | { reason: "malformed" | "not-an-item" } {
  const parsed = parseCode(text);
  if (!parsed) return { reason: "malformed" };
  if (parsed.action === undefined) return { reason: "not-an-item" };
  return { code: formatCode(parsed) };
}

/**
 * Reads a list from its text. `isKnown` says whether the plan has a canonical code; without it, any
 * well-formed code of an action or initiative is taken (storage, where only this site writes).
 */
export function decodeList(text: string | null | undefined, isKnown?: (code: string) => boolean): Decoded {
  const codes: string[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const parts = (text ?? "").split(SEPARATORS).filter((part) => part !== "");
  parts.forEach((part, index) => {
    if (index >= MAX_CODES) {
      skipped.push({ code: part, reason: "too-many" });
      return;
    }
    const read = readCode(part);
    if ("reason" in read) skipped.push({ code: part, reason: read.reason });
    else if (isKnown && !isKnown(read.code)) skipped.push({ code: read.code, reason: "unknown" });
    else if (seen.has(read.code)) skipped.push({ code: read.code, reason: "duplicate" });
    else {
      seen.add(read.code);
      codes.push(read.code);
    }
  });
  return { codes, skipped };
}

/** The code of what a search result or link points at (an action page, or an initiative on it), or null. */
export function codeOfPath(path: string): string | null {
  const item = itemOfPath(path);
  if (!item) return null;
  const read = readCode(formatCode({ ...item, section: item.section === "partnership" ? "P" : item.section }));
  return "code" in read ? read.code : null;
}
