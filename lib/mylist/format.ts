/**
 * The list's one format, for the share link (`/my/?items=1-2-3-4,3-1-2,P-1-1-1`) and for storage on the
 * device: canonical codes of the open data joined with commas. This module only joins and splits it, with
 * no dependencies, so content pages (which only store what they wrote) stay small; reading codes people
 * typed, with the reason for each one skipped, is ./codec.ts.
 */

/** The text of a list: `1-2-3-4,3-1-2`. */
export function encodeList(codes: readonly string[]): string {
  return codes.join(",");
}

/** The codes of a text this site wrote (storage), each once. Anything else goes through ./codec.ts. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(",").filter((code) => code !== ""))];
}

/** Whether a canonical code names an initiative (four parts) rather than an action (three). */
export const isInitiativeCode = (code: string) => code.split("-").length === 4;
