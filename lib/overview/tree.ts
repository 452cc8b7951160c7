import { shortCode } from "@/lib/content/codes";
import type { Action, Plan, SectionId } from "@/lib/content/schema";

/**
 * The plan as one counted tree, 6 sections → 17 goals → 64 actions: what the overview
 * picture, its text alternative and the list of all actions are drawn from. Every count
 * includes items marked （再掲）, as the action pages list them.
 */

export type Counts = {
  /** Initiatives (取組例) listed, ● and ・ together. */
  initiatives: number;
  /** Of those, the main examples (●). */
  featured: number;
};

export type ActionNode = Counts & {
  section: SectionId;
  goal: number;
  number: number;
  /** `3-1-2`, `P-1-2` (lib/content/codes.ts). */
  code: string;
  title: string;
};

export type GoalNode = Counts & { section: SectionId; number: number; title: string; actions: ActionNode[] };

export type SectionNode = Counts & {
  id: SectionId;
  /** `方向性3`, `パートナーシップ`. */
  label: string;
  title: string;
  goals: GoalNode[];
  /** Number of actions in the section. */
  actions: number;
};

export type OverviewTree = Counts & { sections: SectionNode[]; goals: number; actions: number };

const sum = (items: readonly Counts[]): Counts => ({
  initiatives: items.reduce((n, c) => n + c.initiatives, 0),
  featured: items.reduce((n, c) => n + c.featured, 0),
});

const countAction = (action: Action): Counts => ({
  initiatives: action.initiatives.length,
  featured: action.initiatives.filter((item) => item.featured).length,
});

/** The counted tree of a plan, in plan order. */
export function overviewTree(plan: Plan): OverviewTree {
  const sections = plan.sections.map((section): SectionNode => {
    const goals = section.goals.map((goal): GoalNode => {
      const actions = goal.actions.map(
        (action): ActionNode => ({
          section: section.id,
          goal: goal.number,
          number: action.number,
          code: shortCode(section.id, goal.number, action.number),
          title: action.title,
          ...countAction(action),
        }),
      );
      return { section: section.id, number: goal.number, title: goal.title, actions, ...sum(actions) };
    });
    return {
      id: section.id,
      label: section.label,
      title: section.title,
      goals,
      actions: goals.reduce((n, g) => n + g.actions.length, 0),
      ...sum(goals),
    };
  });
  return {
    sections,
    goals: sections.reduce((n, s) => n + s.goals.length, 0),
    actions: sections.reduce((n, s) => n + s.actions, 0),
    ...sum(sections),
  };
}

/** Every action of the tree in plan order. */
export function treeActions(tree: OverviewTree): ActionNode[] {
  return tree.sections.flatMap((s) => s.goals.flatMap((g) => g.actions));
}

/** How the counts read on the page: `取組例8件（うち●3件）`. */
export function countsText(counts: Counts): string {
  return `取組例${counts.initiatives}件（うち●${counts.featured}件）`;
}
