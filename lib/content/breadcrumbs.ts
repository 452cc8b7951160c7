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

/** One step of a page's place in the plan: a label (方向性1, 具体目標1., 行動①) and the plan's own title. */
export type TitleStep = { label: string; title: string };

/**
 * The page's place in the plan, spelled out for paper (where the breadcrumb links are not
 * printed): 方向性1 自然、… › 具体目標1. 金沢独自の… › 行動① 自然・歴史・….
 */
export function titlePath(section: Section, goal?: Goal, action?: { number: number; title: string }): TitleStep[] {
  const path = [{ label: section.label, title: section.title }];
  if (goal) path.push({ label: `具体目標${goal.number}.`, title: goal.title });
  if (goal && action) path.push({ label: `行動${numberToCircled(action.number)}`, title: action.title });
  return path;
}
