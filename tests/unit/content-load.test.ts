import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadPlanFrom } from "@/lib/content/load";
import { ContentError, parseSectionMdx, sectionToMdx } from "@/lib/content/mdx";
import { actionsOf, buildModel, entryPoints, findAction, neighbours } from "@/lib/content/plan";
import { parsePlan } from "@/lib/source/parse";

const raw = readFileSync("content/source/kanazawa-sdgs-action-plan.txt", "utf8");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the committed content/plan/ in which one file's frontmatter has been edited. */
function planWithEdit(file: string, edit: (data: Record<string, any>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "content-load-"));
  temps.push(dir);
  cpSync("content/plan", dir, { recursive: true });
  const target = path.join(dir, file);
  const parsed = matter(readFileSync(target, "utf8"), {});
  edit(parsed.data);
  writeFileSync(target, matter.stringify(parsed.content, parsed.data));
  return dir;
}

function loadError(dir: string): Error {
  try {
    loadPlanFrom(dir);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("loadPlanFrom accepted a plan it should reject");
}

describe("loadPlanFrom rejects a bad content file, naming the file and the field", () => {
  it("loads an unedited copy of content/plan/", () => {
    // Otherwise the rejections below could come from the copying, not the edit.
    const { plan } = loadPlanFrom(planWithEdit("1.mdx", () => {}));
    expect(plan.sections).toHaveLength(6);
  });

  it("rejects a goal number that is not a number", () => {
    const error = loadError(planWithEdit("3.mdx", (data) => (data.goals[1].number = "x")));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/3\.mdx: goals\.1\.number: /);
  });

  it("rejects an action without a title", () => {
    const error = loadError(planWithEdit("4.mdx", (data) => delete data.goals[0].actions[2].title));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/4\.mdx: goals\.0\.actions\.2\.title: /);
  });

  it("rejects a （再掲） whose repeatOf points to an item that does not exist", () => {
    const error = loadError(
      planWithEdit("2.mdx", (data) => {
        data.goals[0].actions[2].initiatives[0].repeatOf = { section: "1", goal: 2, action: 9, initiative: 1 };
      }),
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/2\.mdx: goals\.0\.actions\.2\.initiatives\.0\.repeatOf: .*1\/2\/9\/1/);
  });

  it("reports every dangling repeatOf, one per line, each against its own file", () => {
    const dir = planWithEdit("2.mdx", (data) => {
      data.goals[0].actions[2].initiatives[0].repeatOf = { section: "1", goal: 2, action: 9, initiative: 1 };
      data.goals[0].actions[2].initiatives[1].repeatOf = { section: "1", goal: 2, action: 9, initiative: 2 };
    });
    const lines = loadError(dir).message.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/2\.mdx: goals\.0\.actions\.2\.initiatives\.0\.repeatOf: .*1\/2\/9\/1/u);
    expect(lines[1]).toMatch(/2\.mdx: goals\.0\.actions\.2\.initiatives\.1\.repeatOf: .*1\/2\/9\/2/u);
  });

  it("rejects frontmatter that is not YAML", () => {
    const dir = planWithEdit("5.mdx", () => {});
    writeFileSync(path.join(dir, "5.mdx"), "---\nid: '5'\ngoals: [\n---\n");
    const error = loadError(dir);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toMatch(/5\.mdx: the frontmatter is not valid YAML/);
  });
});

describe("MDX round trip", () => {
  it("gives back every section of the parsed plan unchanged after sectionToMdx → parseSectionMdx", () => {
    for (const section of parsePlan(raw).sections) {
      const { section: back, body } = parseSectionMdx(`${section.id}.mdx`, sectionToMdx(section));
      expect(back).toEqual(section);
      expect(body).toBe("");
    }
  });

  it("keeps a prose body next to the data", () => {
    const section = parsePlan(raw).sections[0]!;
    const { body } = parseSectionMdx("1.mdx", sectionToMdx(section, "金沢の取組について。\n"));
    expect(body).toBe("金沢の取組について。");
  });
});

describe("previous and next action", () => {
  // Built before each test, not when the file loads, so that a mutant switched on for the tests is in it.
  let model: ReturnType<typeof buildModel>;
  beforeEach(() => {
    model = buildModel(parsePlan(raw));
  });
  const at = (section: string, goal: number, action: number) => {
    const entry = findAction(model, section, String(goal), String(action));
    if (!entry) throw new Error(`no action ${section}/${goal}/${action}`);
    return entry;
  };
  const where = (entry: ReturnType<typeof at> | undefined) =>
    entry && `${entry.section.id}/${entry.goal.number}/${entry.action.number}`;

  it("crosses from the last action of a goal to the first of the next goal", () => {
    const { prev, next } = neighbours(model, at("1", 1, 4));
    expect(where(prev)).toBe("1/1/3");
    expect(where(next)).toBe("1/2/1");
  });

  it("crosses from the last action of 方向性1 to the first of 方向性2, and back", () => {
    expect(where(neighbours(model, at("1", 4, 4)).next)).toBe("2/1/1");
    expect(where(neighbours(model, at("2", 1, 1)).prev)).toBe("1/4/4");
  });

  it("has no previous action before the first one", () => {
    const { prev, next } = neighbours(model, at("1", 1, 1));
    expect(prev).toBeUndefined();
    expect(where(next)).toBe("1/1/2");
  });

  it("has no next action after the last one, in the partnership section", () => {
    const { prev, next } = neighbours(model, at("partnership", 2, 3));
    expect(where(prev)).toBe("partnership/2/2");
    expect(next).toBeUndefined();
  });
});

describe("entry points of direction and goal pages", () => {
  let model: ReturnType<typeof buildModel>;
  beforeEach(() => {
    model = buildModel(parsePlan(raw));
  });
  const where = (entry: { section: { id: string }; goal: { number: number }; action: { number: number } } | undefined) =>
    entry && `${entry.section.id}/${entry.goal.number}/${entry.action.number}`;

  it("a direction page leads to its first action, and back to the last action of the previous direction", () => {
    const { prev, next } = entryPoints(model, "2");
    expect(where(next)).toBe("2/1/1");
    expect(where(prev)).toBe("1/4/4");
  });

  it("a goal page leads to its first action; the very first goal has nothing before it", () => {
    expect(where(entryPoints(model, "2", 2).next)).toBe("2/2/1");
    expect(where(entryPoints(model, "2", 2).prev)).toBe("2/1/3");
    expect(entryPoints(model, "1", 1).prev).toBeUndefined();
  });

  it("lists a goal's actions in order, and a section's across its goals", () => {
    expect(actionsOf(model, "2", 2).map(where)).toEqual(["2/2/1", "2/2/2", "2/2/3", "2/2/4", "2/2/5", "2/2/6", "2/2/7"]);
    expect(actionsOf(model, "partnership").length).toBe(5);
  });
});
