import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/content/schema";
import { parsePlan, SourceError } from "@/lib/source/parse";

// Ways a new version of the city's file could differ in white space and marks,
// each in a tiny source file under tests/fixtures/source/. The characters that
// matter are invisible in most editors, so every test first checks that its
// fixture still holds them: an editor that "cleans up" the file must fail the
// test, not quietly turn it into a test of nothing.

const fixture = (name: string) => readFileSync(`tests/fixtures/source/${name}.txt`, "utf8");

const NBSP = "\u00A0";
const IDEOGRAPHIC_SPACE = "\u3000";

function errorOf(raw: string): SourceError {
  try {
    parsePlan(raw);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error("parsePlan accepted a source it should reject");
}

/** Each action as [number, title, [text, featured, repeated?] per item]. */
function actionsOf(plan: Plan) {
  return plan.sections[0]!.goals[0]!.actions.map((action) => [
    action.number,
    action.title,
    action.initiatives.map((item) => [item.text, item.featured, item.repeatOf !== null]),
  ]);
}

describe("an empty first item", () => {
  const raw = fixture("empty-first-item");

  it("holds a ● followed only by a full-width space and the next marker, on line 5", () => {
    expect(raw.split("\n")[4]).toContain(`●${IDEOGRAPHIC_SPACE}・`);
  });

  it("is reported as item 1, on its own line", () => {
    const error = errorOf(raw);
    expect(error.line).toBe(5);
    expect(error.reason).toBe("item 1 of the initiatives cell is empty");
  });
});

describe("（再掲） after a space", () => {
  const raw = fixture("repeat-after-space");

  it("holds an ASCII space and a full-width space before （再掲）", () => {
    expect(raw).toContain("つなぐ （再掲）");
    expect(raw).toContain(`健康になる${IDEOGRAPHIC_SPACE}（再掲）`);
  });

  it("strips the mark with the space before it, and finds each original", () => {
    const plan = parsePlan(raw);
    const repeats = plan.sections[0]!.goals[0]!.actions[1]!.initiatives;
    expect(repeats.map((item) => [item.text, item.repeatOf])).toEqual([
      ["魅力的な小路をつなぐ", { section: "1", goal: 1, action: 1, initiative: 1 }],
      ["歩いて移動して健康になる", { section: "1", goal: 1, action: 1, initiative: 2 }],
    ]);
  });
});

describe("a full-width space before ● or ・", () => {
  const raw = fixture("marker-after-fullwidth-space");

  it("holds markers that follow a full-width space and no ASCII space", () => {
    expect(raw).toContain(`つなぐ${IDEOGRAPHIC_SPACE}・用水`);
    expect(raw).toContain(`ようにする${IDEOGRAPHIC_SPACE}●歩行者`);
    expect(raw).not.toContain(" ・");
    expect(raw).not.toContain(" ●歩行者");
  });

  it("starts a new item at each of those markers", () => {
    expect(actionsOf(parsePlan(raw))).toEqual([
      [
        1,
        "つい歩きたくなるまちをつくる",
        [
          ["魅力的な小路をつなぐ", true, false],
          ["用水を自然に感じられるようにする", false, false],
          ["歩行者や自転車が優先の道路を増やす", true, false],
        ],
      ],
    ]);
  });
});

describe("a tab inside a cell", () => {
  const raw = fixture("tab-inside-cell");

  it("holds a tab between two items of line 5", () => {
    expect(raw.split("\n")[4]).toMatch(/歩いてみる\t・歩いて移動/u);
  });

  it("is reported on its line as a fourth cell, since a tab is the cell separator", () => {
    const error = errorOf(raw);
    expect(error.line).toBe(5);
    expect(error.reason).toBe("a row must have exactly three tab-separated cells; found 4");
  });
});

describe("non-breaking spaces, as a copy from the city's web page leaves them", () => {
  const raw = fixture("nbsp-inside-cells");

  it("holds non-breaking spaces after the heading and header row, after the numbers and markers, and between items", () => {
    const lines = raw.split("\n");
    expect(lines[0]!.endsWith(`～${NBSP}`)).toBe(true);
    expect(lines[2]!.endsWith(`取組例${NBSP}`)).toBe(true);
    expect(lines[3]).toContain(`1.${NBSP}歩いて`);
    expect(lines[3]).toContain(`①${NBSP}つい`);
    expect(lines[3]).toContain(`●${NBSP}魅力的な小路を${NBSP}つなぐ${NBSP}・用水`);
    // The second block repeats the heading without the trailing non-breaking space.
    expect(lines[5]).toBe(lines[0]!.slice(0, -1));
  });

  it("reads them as the ordinary spaces they look like, keeping one inside an item's text verbatim", () => {
    const plan = parsePlan(raw);
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]!.heading).toBe(raw.split("\n")[5]);
    expect(plan.sections[0]!.goals.map((goal) => goal.title)).toEqual(["歩いてまちの魅力を感じる"]);
    expect(actionsOf(plan)).toEqual([
      [
        1,
        "つい歩きたくなるまちをつくる",
        [
          [`魅力的な小路を${NBSP}つなぐ`, true, false],
          ["用水を自然に感じられるようにする", false, false],
        ],
      ],
      [2, "マイカーをやめてみる", [["普段歩かない道や場所を歩いてみる", true, false]]],
    ]);
  });
});

describe("marks inside an item's text", () => {
  const raw = fixture("markers-inside-text");

  it("holds ・ and ● with no space before them, and （再掲） in the middle of a sentence", () => {
    const line = raw.split("\n")[3]!;
    expect(line).toContain("自転車・高齢者カート・キックボード");
    expect(line).toContain("・●印");
    expect(line).toContain("バス停●駅舎");
    expect(line).toContain("の（再掲）表示");
  });

  it("stay text: a marker counts only at the start of the cell or after white space, and （再掲） only at the end", () => {
    expect(actionsOf(parsePlan(raw))).toEqual([
      [
        1,
        "つい歩きたくなるまちをつくる",
        [
          ["自転車・高齢者カート・キックボードのレーンを整備する", true, false],
          ["●印の付いた道を歩く", false, false],
          ["「まちのり」の（再掲）表示を見直す", false, false],
          ["バス停●駅舎をつなぐ", false, false],
        ],
      ],
    ]);
  });
});
