import type { PlanModel } from "./plan";
import { actionCode } from "./codes";
import { actionPath, goalPath, sectionPath } from "@/lib/urls";

/**
 * One screen of class view (授業モード): a page the teacher steps onto with →,
 * PageDown or a clicker. `label` names it for the toolbar's links.
 */
export type Slide = { kind: "section" | "goal" | "action"; path: string; label: string };

/**
 * The plan as a class presents it: each direction's title screen, then each
 * goal's title screen followed by its actions. Stepping from 3-3-③ onwards
 * therefore shows 方向性4 and its 具体目標1 before 4-1-①.
 */
export function classSlides(model: PlanModel): Slide[] {
  return model.plan.sections.flatMap((section) => [
    { kind: "section" as const, path: sectionPath(section.id), label: section.label },
    ...section.goals.flatMap((goal) => [
      { kind: "goal" as const, path: goalPath(section.id, goal.number), label: `${section.label} · 具体目標${goal.number}` },
      ...goal.actions.map((action) => ({
        kind: "action" as const,
        path: actionPath(section.id, goal.number, action.number),
        label: actionCode(section.label, goal.number, action.number),
      })),
    ]),
  ]);
}

/** The screens before and after `path` in a sequence of slides (any sequence: the plan, or a chosen list). */
export function slideNeighbours(slides: readonly Slide[], path: string): { prev?: Slide; next?: Slide } {
  const at = slides.findIndex((slide) => slide.path === path);
  if (at < 0) return {};
  return { prev: slides[at - 1], next: slides[at + 1] };
}
