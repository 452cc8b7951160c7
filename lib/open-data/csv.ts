import type { OpenPlan } from "./schema";

export const CSV_COLUMNS = ["code", "direction", "goal", "action", "position", "main_example", "text", "repeat_of", "url"] as const;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/**
 * /data/initiatives.csv: one row per initiative, RFC 4180 (CRLF line ends),
 * UTF-8 with a BOM so that Excel in Japan opens it without garbling.
 */
export function initiativesCsv(data: OpenPlan): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const section of data.sections) {
    for (const goal of section.goals) {
      for (const action of goal.actions) {
        for (const item of action.initiatives) {
          rows.push([
            item.code,
            section.id,
            String(goal.number),
            String(action.number),
            String(item.position),
            item.mainExample ? "true" : "false",
            item.text,
            item.repeatOf ?? "",
            item.url,
          ]);
        }
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
