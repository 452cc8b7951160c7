import { readFileSync } from "node:fs";
import path from "node:path";
import { ContentError, parseSectionMdx, sectionFileName } from "./mdx";
import { PlanSchema, SECTION_IDS, type Plan } from "./schema";

export const PLAN_DIR = path.join(process.cwd(), "content", "plan");

/** Reads and validates content/plan/*.mdx into a Plan, plus each section's prose body. */
export function loadPlanFrom(dir: string): { plan: Plan; bodies: Map<string, string> } {
  const bodies = new Map<string, string>();
  const files = SECTION_IDS.map((id) => path.relative(process.cwd(), path.join(dir, sectionFileName({ id }))));
  const sections = SECTION_IDS.map((id, index) => {
    const file = files[index]!;
    const { section, body } = parseSectionMdx(file, readFileSync(file, "utf8"));
    if (section.id !== id) throw new Error(`${file}: id is "${section.id}" but the file is named for "${id}"`);
    bodies.set(id, body);
    return section;
  });
  // Checks across files (a repeatOf into another section) are reported against the file that holds the field.
  const result = PlanSchema.safeParse({ sections });
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const [, index, ...field] = issue.path;
      const file = typeof index === "number" ? files[index] : undefined;
      return `${file ?? path.relative(process.cwd(), dir)}: ${field.join(".") || "(plan)"}: ${issue.message}`;
    });
    throw new ContentError(issues.join("\n"));
  }
  return { plan: result.data, bodies };
}
