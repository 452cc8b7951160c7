import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSectionMdx } from "./mdx";
import { PlanSchema, SECTION_IDS, type Plan } from "./schema";
import { sectionFileName } from "./mdx";

export const PLAN_DIR = path.join(process.cwd(), "content", "plan");

/** Reads and validates content/plan/*.mdx into a Plan, plus each section's prose body. */
export function loadPlanFrom(dir: string): { plan: Plan; bodies: Map<string, string> } {
  const bodies = new Map<string, string>();
  const sections = SECTION_IDS.map((id) => {
    const file = path.join(dir, sectionFileName({ id }));
    const { section, body } = parseSectionMdx(path.relative(process.cwd(), file), readFileSync(file, "utf8"));
    if (section.id !== id) throw new Error(`${file}: id is "${section.id}" but the file is named for "${id}"`);
    bodies.set(id, body);
    return section;
  });
  return { plan: PlanSchema.parse({ sections }), bodies };
}
