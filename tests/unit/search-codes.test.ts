import { describe, expect, it } from "vitest";
import type { SectionId } from "@/lib/content/schema";
import { answerCode } from "@/lib/search/codes";
import { prepare } from "@/lib/search/engine";
import type { SearchDoc } from "@/lib/search/index-schema";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";
import { actionPath, goalPath, initiativePath, sectionPath } from "@/lib/urls";

/**
 * answerCode on small plans, where the real one has no example: a goal with a single action,
 * goals with twenty and twenty-one actions (the last circled number is ⑳), a plan without
 * some sections. The real plan's answers are tested in search-people-words.test.ts.
 */

/** Per section, per goal, per action: how many initiatives. */
type Shape = Array<[SectionId, number[][]]>;

function planOf(shape: Shape) {
  const docs: SearchDoc[] = [];
  const add = (doc: SearchDoc) => docs.push(doc) - 1;
  for (const [section, goals] of shape) {
    const label = section === "partnership" ? "パートナーシップ" : `方向性${section}`;
    const s = add({ k: "section", t: `${label}の題`, u: sectionPath(section), w: label, y: [] });
    goals.forEach((actions, g) => {
      const goal = g + 1;
      const gi = add({ k: "goal", t: `目標${goal}`, u: goalPath(section, goal), w: `${label} · 具体目標${goal}`, y: [], p: s });
      actions.forEach((initiatives, a) => {
        const action = a + 1;
        const w = `${label} · 具体目標${goal} · 行動${action}`;
        const ai = add({ k: "action", t: `行動${goal}-${action}`, u: actionPath(section, goal, action), w, y: [], p: gi });
        for (let i = 1; i <= initiatives; i++) {
          add({ k: "initiative", t: `取組${goal}-${action}-${i}`, u: initiativePath({ section, goal, action, initiative: i }), w, y: [], p: ai });
        }
      });
    });
  }
  return prepare({ v: SEARCH_INDEX_VERSION, docs, s: [] });
}

const plan = planOf([
  ["1", [[2], Array.from({ length: 20 }, () => 0), Array.from({ length: 21 }, () => 0)]],
  ["3", [[0]]],
  ["partnership", [[1, 3]]],
]);

describe("answerCode on a small plan", () => {
  it("is null for anything that is not a code", () => {
    for (const q of ["バス", "1", "1-", "-1-2", "0-1", "1-0", "1-2-3-4-5"]) expect(answerCode(plan, q), q).toBeNull();
  });

  it("finds a goal, an action and an initiative, with no message", () => {
    expect(answerCode(plan, "1-1")).toEqual({ code: "1-1", found: plan.byUrl.get("/directions/1/goals/1/"), message: "", links: [] });
    expect(answerCode(plan, "1-1-1")).toMatchObject({ code: "1-1-1", found: { t: "行動1-1" }, message: "", links: [] });
    expect(answerCode(plan, "P－1－2－3")).toMatchObject({ code: "P-1-2-3", found: { t: "取組1-2-3" }, message: "", links: [] });
  });

  it("counts the actions of a goal with one action as ①〜①", () => {
    expect(answerCode(plan, "1-1-2")).toEqual({
      code: "1-1-2",
      found: null,
      message: "「1-1-2」という行動はありません。具体目標1-1 の行動は ①〜① です。",
      links: [{ label: "1-1-1 行動1-1", url: "/directions/1/goals/1/actions/1/" }],
    });
  });

  it("writes up to twenty actions as a circled number and more in digits", () => {
    const twenty = answerCode(plan, "1-2-21");
    expect(twenty?.message).toBe("「1-2-21」という行動はありません。具体目標1-2 の行動は ①〜⑳ です。");
    expect(twenty?.links).toHaveLength(20);
    expect(twenty?.links.at(-1)).toEqual({ label: "1-2-20 行動2-20", url: "/directions/1/goals/2/actions/20/" });
    expect(answerCode(plan, "1-3-22")?.message).toBe("「1-3-22」という行動はありません。具体目標1-3 の行動は ①〜21 です。");
  });

  it("lists the goals of a section, numbered as codes, when the goal is missing", () => {
    expect(answerCode(plan, "1-4")).toEqual({
      code: "1-4",
      found: null,
      message: "「1-4」という具体目標はありません。方向性1 の具体目標は 1〜3 です。",
      links: [
        { label: "1-1 目標1", url: "/directions/1/goals/1/" },
        { label: "1-2 目標2", url: "/directions/1/goals/2/" },
        { label: "1-3 目標3", url: "/directions/1/goals/3/" },
      ],
    });
    expect(answerCode(plan, "p-2-1")).toMatchObject({
      message: "「P-2-1」という行動はありません。パートナーシップ（P） の具体目標は 1〜1 です。",
      links: [{ label: "P-1 目標1", url: "/directions/partnership/goals/1/" }],
    });
  });

  it("names the actions of the partnership section with P", () => {
    expect(answerCode(plan, "P-1-3")).toMatchObject({
      message: "「P-1-3」という行動はありません。具体目標P-1 の行動は ①〜② です。",
      links: [
        { label: "P-1-1 行動1-1", url: "/directions/partnership/goals/1/actions/1/" },
        { label: "P-1-2 行動1-2", url: "/directions/partnership/goals/1/actions/2/" },
      ],
    });
  });

  it("points a missing initiative at its action, with how many it has", () => {
    expect(answerCode(plan, "P-1-2-4")).toEqual({
      code: "P-1-2-4",
      found: null,
      message: "「P-1-2-4」という取組例はありません。行動P-1-2 の取組例は 1〜3 です。",
      links: [{ label: "P-1-2 行動1-2（取組例 3件）", url: "/directions/partnership/goals/1/actions/2/" }],
    });
  });

  it("lists the sections the plan has when the code names one it lacks, a real section id included", () => {
    const sections = [
      { label: "方向性1 方向性1の題", url: "/directions/1/" },
      { label: "方向性3 方向性3の題", url: "/directions/3/" },
      { label: "パートナーシップ パートナーシップの題", url: "/directions/partnership/" },
    ];
    for (const [q, kind] of [["2-1-1", "行動"], ["9-1", "具体目標"], ["5-1-1-1", "取組例"]] as const) {
      expect(answerCode(plan, q), q).toEqual({
        code: q,
        found: null,
        message: `「${q}」という${kind}はありません。方向性は 1〜5 と P（パートナーシップ）です。`,
        links: sections,
      });
    }
  });
});
