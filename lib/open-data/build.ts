import type { PlanModel } from "@/lib/content/plan";
import { actionCode, shortCode } from "@/lib/content/codes";
import type { InitiativeRef, Plan, SectionId } from "@/lib/content/schema";
import { refOf, SectionIdSchema } from "@/lib/content/schema";
import { absoluteUrl, actionPath, goalPath, homePath, initiativePath, sectionPath } from "@/lib/urls";
import { fullTitle, type SourceMeta } from "@/lib/source/meta";
import { OPEN_DATA_VERSION, OpenPlanSchema, type OpenPlan } from "./schema";

const refCode = (ref: InitiativeRef) => shortCode(ref.section, ref.goal, ref.action, ref.initiative);

/** An empty metadata field ("not known") is null in the open data. */
const known = (value: string) => (value === "" ? null : value);

/**
 * The plan as published open data: every level with its code and canonical URL, cross-references
 * as codes, and what is known of the source document (content/source/*.meta.json).
 */
export function toOpenData(model: PlanModel, meta: SourceMeta): OpenPlan {
  const { plan, counts } = model;
  return OpenPlanSchema.parse({
    version: OPEN_DATA_VERSION,
    title: fullTitle(meta),
    publisher: meta.publisher,
    source: {
      title: fullTitle(meta),
      publisher: meta.publisher,
      url: known(meta.publicationUrl),
      version: known(meta.planVersion),
      terms: known(meta.terms),
      termsUrl: known(meta.termsUrl),
      contact: known(meta.contact),
      copiedOn: known(meta.copiedOn),
    },
    url: absoluteUrl(homePath()),
    counts: {
      sections: counts.sections,
      goals: counts.goals,
      actions: counts.actions,
      initiatives: counts.initiatives,
      mainExamples: counts.featured,
      repeats: counts.repeats,
    },
    sections: plan.sections.map((section) => ({
      id: section.id,
      label: section.label,
      heading: section.heading,
      title: section.title,
      tagline: section.tagline,
      url: absoluteUrl(sectionPath(section.id)),
      goals: section.goals.map((goal) => ({
        number: goal.number,
        title: goal.title,
        url: absoluteUrl(goalPath(section.id, goal.number)),
        actions: goal.actions.map((action) => ({
          code: shortCode(section.id, goal.number, action.number),
          number: action.number,
          label: actionCode(section.label, goal.number, action.number),
          title: action.title,
          url: absoluteUrl(actionPath(section.id, goal.number, action.number)),
          initiatives: action.initiatives.map((item) => {
            const ref = refOf(section, goal, action, item);
            const links = model.crossRefs(ref);
            return {
              code: refCode(ref),
              position: item.position,
              text: item.text,
              mainExample: item.featured,
              repeatOf: item.repeatOf ? refCode(item.repeatOf) : null,
              repeatedIn: links.repeatedIn.map(refCode),
              sameAs: links.sameAs.map(refCode),
              url: absoluteUrl(initiativePath(ref)),
            };
          }),
        })),
      })),
    })),
  });
}

/** Reads an initiative code (`1-2-3-4`, `P-1-2-3`) back into a reference. */
export function parseInitiativeCode(code: string): InitiativeRef {
  const match = /^([1-5P])-(\d+)-(\d+)-(\d+)$/u.exec(code);
  if (!match) throw new Error(`not an initiative code: ${code}`);
  const section: SectionId = SectionIdSchema.parse(match[1] === "P" ? "partnership" : match[1]);
  return { section, goal: Number(match[2]), action: Number(match[3]), initiative: Number(match[4]) };
}

/**
 * The plan back from its open data, without source line numbers (which the
 * open data does not carry). Used to prove the export loses nothing else.
 */
export function fromOpenData(data: OpenPlan): Plan {
  return {
    sections: data.sections.map((section) => ({
      id: section.id,
      number: section.id === "partnership" ? null : Number(section.id),
      heading: section.heading,
      label: section.label,
      title: section.title,
      tagline: section.tagline,
      sourceLine: 1,
      goals: section.goals.map((goal) => ({
        number: goal.number,
        title: goal.title,
        sourceLine: 1,
        actions: goal.actions.map((action) => ({
          number: action.number,
          title: action.title,
          sourceLine: 1,
          initiatives: action.initiatives.map((item) => ({
            position: item.position,
            text: item.text,
            featured: item.mainExample,
            repeatOf: item.repeatOf ? parseInitiativeCode(item.repeatOf) : null,
            sourceLine: 1,
          })),
        })),
      })),
    })),
  };
}
