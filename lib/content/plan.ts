import { buildCrossRefs, type CrossRefs } from "./crossref";
import { loadPlanFrom, PLAN_DIR } from "./load";
import { allInitiatives, type Action, type Goal, type Initiative, type InitiativeRef, type Plan, type Section, type SectionId } from "./schema";

/** An action together with where it sits; what every page and index works from. */
export type ActionEntry = { section: Section; goal: Goal; action: Action; index: number };

export type PlanModel = {
  plan: Plan;
  bodies: Map<string, string>;
  actions: ActionEntry[];
  crossRefs: (ref: InitiativeRef) => CrossRefs;
  counts: { sections: number; goals: number; actions: number; initiatives: number; featured: number; repeats: number };
};

/** Flattens the plan into its actions in reading order. */
export function listActions(plan: Plan): ActionEntry[] {
  return plan.sections.flatMap((section) =>
    section.goals.flatMap((goal) => goal.actions.map((action) => ({ section, goal, action }))),
  ).map((entry, index) => ({ ...entry, index }));
}

export function countPlan(plan: Plan): PlanModel["counts"] {
  const items = [...allInitiatives(plan)].map(({ item }) => item);
  return {
    sections: plan.sections.length,
    goals: plan.sections.reduce((n, s) => n + s.goals.length, 0),
    actions: plan.sections.reduce((n, s) => n + s.goals.reduce((m, g) => m + g.actions.length, 0), 0),
    initiatives: items.length,
    featured: items.filter((i) => i.featured).length,
    repeats: items.filter((i) => i.repeatOf).length,
  };
}

export function buildModel(plan: Plan, bodies = new Map<string, string>()): PlanModel {
  return { plan, bodies, actions: listActions(plan), crossRefs: buildCrossRefs(plan), counts: countPlan(plan) };
}

let cached: PlanModel | undefined;

/** The validated plan from content/plan/, read once per build. */
export function getPlan(): PlanModel {
  if (!cached) {
    const { plan, bodies } = loadPlanFrom(PLAN_DIR);
    cached = buildModel(plan, bodies);
  }
  return cached;
}

export function findSection(model: PlanModel, id: string): Section | undefined {
  return model.plan.sections.find((s) => s.id === id);
}

export function findGoal(model: PlanModel, id: string, goal: string): { section: Section; goal: Goal } | undefined {
  const section = findSection(model, id);
  const found = section?.goals.find((g) => String(g.number) === goal);
  return section && found ? { section, goal: found } : undefined;
}

export function findAction(model: PlanModel, id: string, goal: string, action: string): ActionEntry | undefined {
  return model.actions.find(
    (e) => e.section.id === id && String(e.goal.number) === goal && String(e.action.number) === action,
  );
}

/** The actions of a section, or of one of its goals, in reading order. */
export function actionsOf(model: PlanModel, section: string, goal?: number): ActionEntry[] {
  return model.actions.filter((e) => e.section.id === section && (goal === undefined || e.goal.number === goal));
}

/**
 * Where a direction or goal page sits in the sequence of actions: its first
 * action (next) and the action before it (prev), for previous/next and class view.
 */
export function entryPoints(model: PlanModel, section: string, goal?: number): { prev?: ActionEntry; next?: ActionEntry } {
  const first = actionsOf(model, section, goal)[0];
  return { prev: first ? model.actions[first.index - 1] : undefined, next: first };
}

/** The action before and after this one in reading order, across goal and section boundaries. */
export function neighbours(model: PlanModel, entry: ActionEntry): { prev?: ActionEntry; next?: ActionEntry } {
  return { prev: model.actions[entry.index - 1], next: model.actions[entry.index + 1] };
}

/** The entry an initiative reference points to. */
export function resolveRef(model: PlanModel, ref: InitiativeRef): { entry: ActionEntry; item: Initiative } | undefined {
  const entry = findAction(model, ref.section, String(ref.goal), String(ref.action));
  const item = entry?.action.initiatives[ref.initiative - 1];
  return entry && item ? { entry, item } : undefined;
}

export type { SectionId };
