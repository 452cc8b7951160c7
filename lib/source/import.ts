import { PlanSchema, SECTION_IDS } from "@/lib/content/schema";
import { sectionFileName, sectionToMdx } from "@/lib/content/mdx";
import { parsePlan } from "./parse";

/**
 * From the source text to the files of content/plan/: one MDX file per
 * section, in plan order. Pure: the CLI does the reading and writing.
 */
export function planToFiles(raw: string): Map<string, string> {
  const plan = PlanSchema.parse(parsePlan(raw));
  return new Map(
    plan.sections.map((section) => [sectionFileName(section), sectionToMdx(section)] as const),
  );
}

export const EXPECTED_FILES = SECTION_IDS.map((id) => sectionFileName({ id }));
