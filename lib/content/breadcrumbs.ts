import type { Goal, Section } from "./schema";
import { actionPath, goalPath, homePath, sectionPath } from "@/lib/urls";
import { numberToCircled } from "@/lib/source/cells";

export type Crumb = { label: string; href: string };

/** The trail from the home page down to a section, goal or action (the last crumb is the page itself). */
export function breadcrumbs(section: Section, goal?: Goal, action?: number): Crumb[] {
  const crumbs: Crumb[] = [
    { label: "トップ", href: homePath() },
    { label: section.label, href: sectionPath(section.id) },
  ];
  if (goal) crumbs.push({ label: `具体目標${goal.number}`, href: goalPath(section.id, goal.number) });
  if (goal && action !== undefined) {
    crumbs.push({ label: `行動${numberToCircled(action)}`, href: actionPath(section.id, goal.number, action) });
  }
  return crumbs;
}
