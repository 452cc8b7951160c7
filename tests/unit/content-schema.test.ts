import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadPlanFrom } from "@/lib/content/load";
import { ContentError, parseSectionMdx, sectionFileName, sectionToMdx } from "@/lib/content/mdx";
import { PlanSchema, SECTION_IDS, SectionIdSchema, SectionSchema, type Plan, type Section } from "@/lib/content/schema";
import { parsePlan } from "@/lib/source/parse";
import { file, minimalSection } from "@/tests/fixtures/source/build";

// What the schema promises a maintainer who edits content/plan/ by hand: each rule, broken
// once, is rejected with a message that names the field and says what was expected.

// Computed before each test, not when the file loads: a mutation tool (StrykerJS) switches a
// mutant on just before the tests run, and a value computed at load would never see it.
let valid: Plan;
beforeEach(() => {
  valid = parsePlan(file(...SECTION_IDS.flatMap((id) => minimalSection(id))));
});

/** A copy of the valid plan with one edit. */
function edited(edit: (plan: Plan) => void): Plan {
  const copy = structuredClone(valid);
  edit(copy);
  return copy;
}

function issues(result: z.ZodSafeParseResult<unknown>): { path: string; message: string }[] {
  if (result.success) throw new Error("the schema accepted what it should reject");
  // The plan's own rules are reported as zod "custom" issues, like any refinement.
  for (const issue of result.error.issues) if (/numbered|must have the sections|points to/u.test(issue.message)) expect(issue.code).toBe("custom");
  return result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const first = (plan: Plan): Section => plan.sections[0]!;

describe("the plan schema", () => {
  it("accepts the six minimal sections", () => {
    expect(PlanSchema.safeParse(valid).success).toBe(true);
    expect(SECTION_IDS).toEqual(["1", "2", "3", "4", "5", "partnership"]);
    expect(SectionIdSchema.safeParse("6").success).toBe(false);
  });

  it("wants every section, in order, and says which it found", () => {
    expect(issues(PlanSchema.safeParse(edited((p) => p.sections.reverse())))).toEqual([
      {
        path: "sections",
        message: "the plan must have the sections 1, 2, 3, 4, 5, partnership in that order; found partnership, 5, 4, 3, 2, 1",
      },
    ]);
    expect(issues(PlanSchema.safeParse({ sections: [] }))).toEqual([
      { path: "sections", message: "the plan must have the sections 1, 2, 3, 4, 5, partnership in that order; found none" },
    ]);
  });

  it("rejects a repeatOf that points nowhere, at the field that holds it", () => {
    const plan = edited((p) => {
      first(p).goals[0]!.actions[0]!.initiatives[0]!.repeatOf = { section: "2", goal: 1, action: 1, initiative: 2 };
    });
    expect(issues(PlanSchema.safeParse(plan))).toEqual([
      {
        path: "sections.0.goals.0.actions.0.initiatives.0.repeatOf",
        message: "repeatOf points to 2/1/1/2, which is not in the plan",
      },
    ]);
    // The same reference to an item that exists is fine.
    const fine = edited((p) => {
      p.sections[5]!.goals[0]!.actions[0]!.initiatives[0]!.repeatOf = { section: "2", goal: 1, action: 1, initiative: 1 };
    });
    expect(PlanSchema.safeParse(fine).success).toBe(true);
  });
});

describe("the section schema", () => {
  const check = (edit: (section: Section) => void) => {
    const section = structuredClone(first(valid));
    edit(section);
    return SectionSchema.safeParse(section);
  };

  it.each([
    ["goals", (s: Section) => s.goals.push({ ...s.goals[0]!, number: 3 }), "goals", "goals must be numbered 1, 2, 3… in order; found 3 at position 2", "goals.1"],
    [
      "actions",
      (s: Section) => s.goals[0]!.actions.unshift({ ...s.goals[0]!.actions[0]!, number: 2 }),
      "actions",
      "actions must be numbered 1, 2, 3… in order; found 2 at position 1",
      "goals.0.actions.0",
    ],
    [
      "initiatives",
      (s: Section) => s.goals[0]!.actions[0]!.initiatives.push({ ...s.goals[0]!.actions[0]!.initiatives[0]! }),
      "initiatives",
      "initiatives must be numbered 1, 2, 3… in order; found 1 at position 2",
      "goals.0.actions.0.initiatives.1",
    ],
  ])("numbers the %s 1, 2, 3… and names the first one out of place", (_, edit, __, message, at) => {
    const found = issues(check(edit));
    expect(found).toContainEqual({ path: at, message });
  });

  it.each([
    ["an empty title", (s: Section) => (s.title = ""), "title"],
    ["an empty heading", (s: Section) => (s.heading = ""), "heading"],
    ["an empty label", (s: Section) => (s.label = ""), "label"],
    ["an empty tagline (a section without one has null)", (s: Section) => (s.tagline = ""), "tagline"],
    ["a direction number 0", (s: Section) => (s.number = 0), "number"],
    ["a direction number 6", (s: Section) => (s.number = 6), "number"],
    ["a direction number 1.5", (s: Section) => (s.number = 1.5), "number"],
    ["line 0", (s: Section) => (s.sourceLine = 0), "sourceLine"],
    ["a goal without actions", (s: Section) => (s.goals[0]!.actions = []), "goals.0.actions"],
    ["a section without goals", (s: Section) => (s.goals = []), "goals"],
    ["a goal without a title", (s: Section) => (s.goals[0]!.title = ""), "goals.0.title"],
    ["a goal number 0", (s: Section) => (s.goals[0]!.number = 0), "goals.0.number"],
    ["an action without a title", (s: Section) => (s.goals[0]!.actions[0]!.title = ""), "goals.0.actions.0.title"],
    ["an action without initiatives", (s: Section) => (s.goals[0]!.actions[0]!.initiatives = []), "goals.0.actions.0.initiatives"],
    ["an initiative without text", (s: Section) => (s.goals[0]!.actions[0]!.initiatives[0]!.text = ""), "goals.0.actions.0.initiatives.0.text"],
    [
      "a repeatOf with initiative 0",
      (s: Section) => (s.goals[0]!.actions[0]!.initiatives[0]!.repeatOf = { section: "1", goal: 1, action: 1, initiative: 0 }),
      "goals.0.actions.0.initiatives.0.repeatOf.initiative",
    ],
  ])("rejects %s at its field", (_, edit, at) => {
    expect(issues(check(edit)).map((issue) => issue.path)).toContain(at);
  });

  it("accepts the partnership section's null number and tagline, and a direction's 1 and 5", () => {
    expect(check((s) => Object.assign(s, { number: null, tagline: null })).success).toBe(true);
    expect(check((s) => (s.number = 5)).success).toBe(true);
    expect(check((s) => (s.number = 1)).success).toBe(true);
  });
});

describe("MDX files", () => {
  const section = () => first(valid);

  it("are named by section id", () => {
    expect(sectionFileName({ id: "partnership" })).toBe("partnership.mdx");
  });

  it("keep a long title on one line, with no YAML folding", () => {
    const title = "あ".repeat(200);
    const mdx = sectionToMdx({ ...section(), title });
    expect(mdx.split("\n")).toContain(`title: ${title}`);
  });

  it("report a frontmatter that is not a section object as a whole", () => {
    expect(() => parseSectionMdx("x.mdx", "---\n- a\n- b\n---\n")).toThrow(new ContentError("x.mdx: (frontmatter): Invalid input: expected object, received array"));
  });

  it("name the file and every field path that is wrong", () => {
    const error = (() => {
      try {
        parseSectionMdx("content/plan/1.mdx", sectionToMdx(section()).replace("number: 1\n", "number: 9\n").replace(/^title: .*$/mu, "title: ''"));
      } catch (caught) {
        return caught;
      }
      throw new Error("parseSectionMdx accepted a bad file");
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).name).toBe("ContentError");
    expect((error as Error).message.split("\n")).toEqual([
      "content/plan/1.mdx: number: Too big: expected number to be <=5",
      "content/plan/1.mdx: title: Too small: expected string to have >=1 characters",
    ]);
  });
});

describe("loading content/plan/", () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a file whose id is not the one its name says", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "content-schema-"));
    temps.push(dir);
    cpSync("content/plan", dir, { recursive: true });
    const two = path.join(dir, "2.mdx");
    writeFileSync(two, readFileSync(two, "utf8").replace("id: '2'", "id: '3'"));
    expect(() => loadPlanFrom(dir)).toThrow(`${path.relative(process.cwd(), two)}: id is "3" but the file is named for "2"`);
  });

  it("gives back the prose body of each section by id", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "content-schema-"));
    temps.push(dir);
    cpSync("content/plan", dir, { recursive: true });
    const five = path.join(dir, "5.mdx");
    writeFileSync(five, `${readFileSync(five, "utf8")}\n方向性5について。\n`);
    const { bodies } = loadPlanFrom(dir);
    expect([...bodies.keys()]).toEqual(SECTION_IDS);
    expect(bodies.get("5")).toBe("方向性5について。");
    expect(bodies.get("1")).toBe("");
  });
});
