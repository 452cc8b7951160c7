import { z } from "zod";

/**
 * The plan's content types, defined once. Every type used by the parser, the
 * importer, the loader and the pages is derived from these schemas.
 */

/** URL slug of a section: its number, or `partnership` for 方向性1～5をすすめるパートナーシップ. */
export const SectionIdSchema = z.enum(["1", "2", "3", "4", "5", "partnership"]);
export type SectionId = z.infer<typeof SectionIdSchema>;

/** Order of the sections in the plan, used for sorting and previous/next. */
export const SECTION_IDS: readonly SectionId[] = SectionIdSchema.options;

const positive = z.number().int().min(1);

/** Where an initiative sits in the plan: section, goal number, action number, position from 1. */
export const InitiativeRefSchema = z.object({
  section: SectionIdSchema,
  goal: positive,
  action: positive,
  initiative: positive,
});
export type InitiativeRef = z.infer<typeof InitiativeRefSchema>;

export const InitiativeSchema = z.object({
  /** Position in its action, from 1; the `#i-{position}` anchor on the action page. */
  position: positive,
  /** The city's wording, verbatim, without the list marker and without a trailing （再掲）. */
  text: z.string().min(1),
  /** ● in the source: one of the plan's main examples (主な取組例). ・ otherwise. */
  featured: z.boolean(),
  /** For an item marked （再掲）: the original it repeats. Null for every other item. */
  repeatOf: InitiativeRefSchema.nullable(),
  /** 1-based line of the source row this item was read from. */
  sourceLine: positive,
});
export type Initiative = z.infer<typeof InitiativeSchema>;

function consecutive<T>(key: (item: T) => number, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    items.forEach((item, index) => {
      if (key(item) !== index + 1) {
        ctx.addIssue({
          code: "custom",
          message: `${what} must be numbered 1, 2, 3… in order; found ${key(item)} at position ${index + 1}`,
          path: [index],
        });
      }
    });
  };
}

export const ActionSchema = z.object({
  /** ①→1, ②→2 … */
  number: positive,
  title: z.string().min(1),
  sourceLine: positive,
  initiatives: z
    .array(InitiativeSchema)
    .min(1)
    .superRefine(consecutive((i: Initiative) => i.position, "initiatives")),
});
export type Action = z.infer<typeof ActionSchema>;

export const GoalSchema = z.object({
  number: positive,
  title: z.string().min(1),
  sourceLine: positive,
  actions: z
    .array(ActionSchema)
    .min(1)
    .superRefine(consecutive((a: Action) => a.number, "actions")),
});
export type Goal = z.infer<typeof GoalSchema>;

/** One section of the plan: 方向性1–5 or the partnership section. The frontmatter of one MDX file. */
export const SectionSchema = z.object({
  id: SectionIdSchema,
  /** 1–5 for a direction; null for the partnership section. */
  number: z.number().int().min(1).max(5).nullable(),
  /** The heading line as it stands in the source, e.g. `【方向性1】 自然、… ～古くて新しくて心地よいまち～`. */
  heading: z.string().min(1),
  /** Short label: `方向性1` … `方向性5`, or `パートナーシップ`. */
  label: z.string().min(1),
  title: z.string().min(1),
  /** The phrase between ～ ～ after the title; the partnership section has none. */
  tagline: z.string().min(1).nullable(),
  sourceLine: positive,
  goals: z
    .array(GoalSchema)
    .min(1)
    .superRefine(consecutive((g: Goal) => g.number, "goals")),
});
export type Section = z.infer<typeof SectionSchema>;

export const PlanSchema = z
  .object({ sections: z.array(SectionSchema) })
  .superRefine((plan, ctx) => {
    const ids = plan.sections.map((s) => s.id);
    if (ids.join() !== SECTION_IDS.join()) {
      ctx.addIssue({
        code: "custom",
        message: `the plan must have the sections ${SECTION_IDS.join(", ")} in that order; found ${ids.join(", ") || "none"}`,
        path: ["sections"],
      });
    }
    plan.sections.forEach((section, s) =>
      section.goals.forEach((goal, g) =>
        goal.actions.forEach((action, a) =>
          action.initiatives.forEach((item, i) => {
            if (item.repeatOf && !findInitiative(plan, item.repeatOf)) {
              ctx.addIssue({
                code: "custom",
                message: `repeatOf points to ${refKey(item.repeatOf)}, which is not in the plan`,
                path: ["sections", s, "goals", g, "actions", a, "initiatives", i, "repeatOf"],
              });
            }
          }),
        ),
      ),
    );
  });
export type Plan = z.infer<typeof PlanSchema>;

/** A stable string key for a reference, e.g. `1/2/3/4`. */
export function refKey(ref: InitiativeRef): string {
  return `${ref.section}/${ref.goal}/${ref.action}/${ref.initiative}`;
}

/** Looks up an initiative by reference in any object shaped like a plan. */
export function findInitiative(
  plan: { sections: Section[] },
  ref: InitiativeRef,
): Initiative | undefined {
  return plan.sections
    .find((s) => s.id === ref.section)
    ?.goals[ref.goal - 1]?.actions[ref.action - 1]?.initiatives[ref.initiative - 1];
}

/** The reference of an initiative from the section, goal and action it sits in. */
export function refOf(section: Pick<Section, "id">, goal: Pick<Goal, "number">, action: Pick<Action, "number">, item: Pick<Initiative, "position">): InitiativeRef {
  return { section: section.id, goal: goal.number, action: action.number, initiative: item.position };
}

/** Every initiative of a plan in reading order, with its reference. */
export function* allInitiatives(plan: { sections: Section[] }): Generator<{ item: Initiative; ref: InitiativeRef }> {
  for (const section of plan.sections) {
    for (const goal of section.goals) {
      for (const action of goal.actions) {
        for (const item of action.initiatives) yield { item, ref: refOf(section, goal, action, item) };
      }
    }
  }
}
