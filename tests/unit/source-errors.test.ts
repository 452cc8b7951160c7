import { describe, expect, it } from "vitest";
import { parsePlan, SourceError } from "@/lib/source/parse";
import { file, HEADER, HEADINGS, minimalSection, row, table, UL } from "@/tests/fixtures/source/build";

// A maintainer who mistypes the source must be sent to the right line: every
// case asserts the exact line number, and a reason that says what is wrong.

function errorOf(raw: string): SourceError {
  try {
    parsePlan(raw);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error("parsePlan accepted a source it should reject");
}

// table() puts the heading on line 1, the header row on line 3 and rows from line 4;
// a one-row table (minimalSection) is five lines, so the next section starts on line 6.
const H1 = HEADINGS["1"];

describe("rows", () => {
  it("rejects a row with two cells", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), `\t②行動だけ`)));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/exactly three tab-separated cells; found 2/);
  });

  it("rejects a row with four cells", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), `${row("", "②行動", "●b")}\t余分`)));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/exactly three tab-separated cells; found 4/);
  });

  it("rejects an action without its circled number", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "自分たちが住んでいる地域に関心をもつ", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/circled number.*自分たちが住んでいる地域に関心をもつ/);
  });

  it("rejects a section whose first row does not name its goal", () => {
    const error = errorOf(file(...table(H1, row("", "①行動", "●a"))));
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/first row of a section must name its goal/);
  });
});

describe("rows after the first", () => {
  it("rejects a goal cell without its number on a later row, instead of continuing the goal above", () => {
    const error = errorOf(file(...table(H1, row("1. 一つ目", "①行動", "●a"), row("二つ目の目標", "①行動", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toBe('goal cell must start with its number, e.g. "1. …"; found "二つ目の目標"');
  });

  it("rejects a second table under one heading without the heading repeated", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a")), HEADER, row("", "②行動", "●b")));
    expect(error.line).toBe(6);
    expect(error.reason).toBe("expected a section heading such as 【方向性1】 … before this table");
  });
});

describe("the error itself", () => {
  it("is a SourceError whose message starts with the line", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "③行動", "●b"))));
    expect(error.name).toBe("SourceError");
    expect(error.message).toBe("line 5: action 3 of goal 1 is out of order; expected action 2");
  });
});

describe("numbering", () => {
  it("rejects a goal restated on a later row of the same table, as a duplicate", () => {
    // Only the first row of a later block may restate the goal it continues.
    const error = errorOf(file(...table(H1, row("1. 一つ目", "①行動", "●a"), row("1. 一つ目", "②行動", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toBe("goal 1 is a duplicate; expected goal 2");
  });

  it("rejects a later block that restates a goal other than the last one", () => {
    const error = errorOf(
      file(...table(H1, row("1. 一つ目", "①行動", "●a"), row("2. 二つ目", "①行動", "●b")), ...table(H1, row("1. 一つ目", "②行動", "●c"))),
    );
    expect(error.line).toBe(10);
    expect(error.reason).toBe("goal 1 is a duplicate; expected goal 3");
  });

  it("rejects a duplicate goal number", () => {
    const error = errorOf(file(...table(H1, row("1. 一つ目", "①行動", "●a"), row("1. もう一つ", "①行動", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/goal 1 is a duplicate; expected goal 2/);
  });

  it("rejects a goal restated in a later block with a different title, instead of continuing it", () => {
    const error = errorOf(
      file(...table(H1, row("1. 一つ目", "①行動", "●a")), ...table(H1, row("1. 別の題", "②行動", "●b"))),
    );
    expect(error.line).toBe(9);
    expect(error.reason).toMatch(/goal 1 is a duplicate; expected goal 2/);
  });

  it("rejects an out-of-order goal number", () => {
    const error = errorOf(file(...table(H1, row("1. 一つ目", "①行動", "●a"), row("3. 三つ目", "①行動", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/goal 3 is out of order; expected goal 2/);
  });

  it("rejects a duplicate action number", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "②行動", "●b"), row("", "②行動", "●c"))));
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/action 2 of goal 1 is a duplicate; expected action 3/);
  });

  it("rejects an out-of-order action number", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "③行動", "●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/action 3 of goal 1 is out of order; expected action 2/);
  });

  it("rejects a continued goal whose actions start again from ①", () => {
    const error = errorOf(
      file(...table(H1, row("1. 一つ目", "①行動", "●a")), ...table(H1, row("1. 一つ目", "①行動", "●b"))),
    );
    expect(error.line).toBe(9);
    expect(error.reason).toMatch(/action 1 of goal 1 is a duplicate; expected action 2/);
  });
});

describe("initiatives cell", () => {
  it("rejects a cell without any ● or ・ marker", () => {
    const error = errorOf(file(...table(H1, `1. 目標\t①行動\t${UL} 金沢の歴史を学ぶ`)));
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/no items marked ● or ・/);
  });

  it("rejects text before the first marker", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "②行動", "例えば ●b"))));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/text before the first ● or ・ marker: "例えば"/);
  });

  it("rejects an empty item", () => {
    const error = errorOf(file(...table(H1, row("1. 目標", "①行動", "●a ・ ●c"))));
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/item 2 of the initiatives cell is empty/);
  });

  it("rejects a （再掲） item whose original is nowhere in the plan", () => {
    const error = errorOf(
      file(...table(H1, row("1. 目標", "①行動", "●a"), row("", "②行動", "●b ・どこにもない取組（再掲）")), ...minimalSection("2")),
    );
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/"どこにもない取組（再掲）" repeats an item that is not anywhere else/);
  });
});

describe("file structure", () => {
  it("rejects an empty file", () => {
    const error = errorOf("");
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/empty/);
  });

  it("rejects a file of only blank lines", () => {
    const error = errorOf("\n \n\t\n\n");
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/empty/);
  });

  it("rejects a table without its header row", () => {
    const error = errorOf(file(H1, "", row("1. 目標", "①行動", "●a")));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/expected the header row/);
  });

  it("rejects a heading followed directly by another heading", () => {
    const error = errorOf(file(H1, "", ...minimalSection("2")));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/expected the header row of a table after the heading above/);
  });

  it("rejects a heading at the end of the file, pointing at the heading", () => {
    const error = errorOf(file(...minimalSection("1"), HEADINGS["2"], "", ""));
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/has no table/);
  });

  it("rejects a header row with no rows under it", () => {
    const error = errorOf(file(H1, "", HEADER, ""));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/at least one row/);
  });

  it("rejects a table with no heading above it", () => {
    const error = errorOf(file("", HEADER, row("1. 目標", "①行動", "●a")));
    expect(error.line).toBe(2);
    expect(error.reason).toMatch(/expected a section heading/);
  });

  it("rejects an unknown heading", () => {
    const error = errorOf(file(...minimalSection("1"), ...table("【方向性6】 存在しない方向性 ～なにか～", row("1. 目標", "①行動", "●a"))));
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/unknown section heading 【方向性6】/);
  });

  it("rejects sections out of order", () => {
    const error = errorOf(file(...minimalSection("1"), ...minimalSection("3")));
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/order.*expected 2, found 【方向性3】/);
  });

  it("rejects a section that comes back after another section", () => {
    const error = errorOf(file(...minimalSection("1"), ...minimalSection("2"), ...minimalSection("1")));
    expect(error.line).toBe(11);
    expect(error.reason).toMatch(/【方向性1】 appears again after another section/);
  });

  it("rejects a continued section whose heading differs from the first", () => {
    const error = errorOf(
      file(...minimalSection("1"), ...table("【方向性1】 別の題 ～別の副題～", row("2. 目標", "①行動", "●a"))),
    );
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/different heading from line 1/);
  });
});
