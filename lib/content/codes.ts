import { numberToCircled } from "@/lib/source/cells";
import type { SectionId } from "./schema";

/** Human code of an action as city documents write it: `方向性1 · 具体目標2 · 行動①`. */
export function actionCode(sectionLabel: string, goal: number, action: number): string {
  return `${sectionLabel} · 具体目標${goal} · 行動${numberToCircled(action)}`;
}

/** Short machine-friendly code: `1-2-3`, `P-1-2` for the partnership section; initiatives add `-4`. */
export function shortCode(section: SectionId, goal: number, action: number, initiative?: number): string {
  const head = section === "partnership" ? "P" : section;
  return [head, goal, action, ...(initiative === undefined ? [] : [initiative])].join("-");
}
