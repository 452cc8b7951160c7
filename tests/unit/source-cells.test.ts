import { describe, expect, it } from "vitest";
import {
  circledToNumber,
  numberToCircled,
  parseActionCell,
  parseGoalCell,
  parseHeading,
  parseInitiativesCell,
  unwrapParagraph,
} from "@/lib/source/cells";
import { toBlocks, toLines } from "@/lib/source/lines";
import { UL } from "@/tests/fixtures/source/build";

// The cell readers one by one, on the variations a new version of the city's file may bring.
// Each case is one the row-level tests do not reach, or reach only through an error message.

describe("unwrapParagraph", () => {
  it("unwraps a cell written as <p>…</p>, with white space around or inside", () => {
    expect(unwrapParagraph("<p>1. 目標</p>")).toBe("1. 目標");
    expect(unwrapParagraph("  <p> ① 行動 </p>  ")).toBe("① 行動");
    expect(unwrapParagraph("<p>一行目\n二行目</p>")).toBe("一行目\n二行目");
  });

  it("leaves a cell that only contains <p>…</p> somewhere as it is, trimmed", () => {
    expect(unwrapParagraph("金沢<p>らしさ</p>")).toBe("金沢<p>らしさ</p>");
    expect(unwrapParagraph("<p>らしさ</p>を守る")).toBe("<p>らしさ</p>を守る");
    expect(unwrapParagraph(" 1. 目標 ")).toBe("1. 目標");
  });
});

describe("parseHeading", () => {
  it("reads a direction's number, title and tagline, trimming around them", () => {
    expect(parseHeading("【方向性3】  子供の 環境をつくる  ～ ゆめを描けるまち ～ ")).toEqual({
      ok: true,
      key: "3",
      number: 3,
      label: "方向性3",
      title: "子供の 環境をつくる",
      tagline: "ゆめを描けるまち",
    });
  });

  it("keeps a ～ inside the title when no tagline closes the line", () => {
    expect(parseHeading("【方向性5】 A～Bをつくる")).toMatchObject({ ok: true, title: "A～Bをつくる", tagline: null });
    expect(parseHeading("【方向性5】 A～Bをつくる～")).toMatchObject({ ok: true, title: "A", tagline: "Bをつくる" });
    // A tagline is only what closes the line: nothing after it is dropped.
    expect(parseHeading("【方向性5】 A ～B～ C")).toMatchObject({ ok: true, title: "A ～B～ C", tagline: null });
  });

  it("rejects a line with a Unicode line separator inside rather than cutting the title there", () => {
    expect(parseHeading("【方向性1】 題\u2028続き")).toMatchObject({ ok: false, message: expect.stringMatching(/^expected a heading/u) });
  });

  it("takes the label's white space as it comes: 【 方向性2 】 is 方向性2", () => {
    expect(parseHeading("【 方向性2 】 題")).toMatchObject({ ok: true, key: "2", label: "方向性2" });
  });

  it("rejects a direction heading without a title", () => {
    expect(parseHeading("【方向性1】 ～副題だけ～")).toEqual({ ok: false, message: "heading 【方向性1】 has no title" });
    expect(parseHeading("【方向性1】")).toEqual({ ok: false, message: "heading 【方向性1】 has no title" });
  });

  it("reads the partnership heading only when nothing follows it", () => {
    expect(parseHeading("【方向性1～5をすすめるパートナーシップ】")).toEqual({
      ok: true,
      key: "partnership",
      number: null,
      label: "パートナーシップ",
      title: "方向性1～5をすすめるパートナーシップ",
      tagline: null,
    });
    expect(parseHeading("【方向性1～5をすすめるパートナーシップ】 余分")).toEqual({
      ok: false,
      message: "unknown section heading 【方向性1～5をすすめるパートナーシップ】",
    });
    expect(parseHeading("【パートナーシップの方向性】")).toEqual({ ok: false, message: "unknown section heading 【パートナーシップの方向性】" });
  });

  it("rejects what is not a heading of the plan", () => {
    expect(parseHeading("方向性1 題")).toEqual({ ok: false, message: 'expected a heading such as 【方向性1】 …, found "方向性1 題"' });
    expect(parseHeading("x【方向性1】 題")).toMatchObject({ ok: false, message: expect.stringMatching(/^expected a heading/u) });
    expect(parseHeading("【】 題")).toMatchObject({ ok: false, message: expect.stringMatching(/^expected a heading/u) });
    expect(parseHeading("【方向性0】 題")).toEqual({ ok: false, message: "unknown section heading 【方向性0】" });
    expect(parseHeading("【方向性12】 題")).toEqual({ ok: false, message: "unknown section heading 【方向性12】" });
    expect(parseHeading("【第方向性1】 題")).toEqual({ ok: false, message: "unknown section heading 【第方向性1】" });
  });
});

describe("parseGoalCell", () => {
  it("reads the number and title, with or without a space after the dot", () => {
    expect(parseGoalCell("1. 目標")).toEqual({ ok: true, goal: { number: 1, title: "目標" } });
    expect(parseGoalCell("2.目標")).toEqual({ ok: true, goal: { number: 2, title: "目標" } });
    expect(parseGoalCell("12.  二桁の目標 ")).toEqual({ ok: true, goal: { number: 12, title: "二桁の目標" } });
  });

  it("rejects a title with a Unicode line separator inside rather than cutting it there", () => {
    expect(parseGoalCell("1. 目標\u2028続き")).toMatchObject({ ok: false });
  });

  it("reads an empty cell as the goal above continuing", () => {
    expect(parseGoalCell("")).toEqual({ ok: true, goal: null });
    expect(parseGoalCell("<p> </p>")).toEqual({ ok: true, goal: null });
  });

  it("rejects a cell without a number, a dot or a title", () => {
    const rejected = (text: string) => ({ ok: false, message: `goal cell must start with its number, e.g. "1. …"; found "${text}"` });
    expect(parseGoalCell("目標")).toEqual(rejected("目標"));
    expect(parseGoalCell("1 目標")).toEqual(rejected("1 目標"));
    expect(parseGoalCell("1.")).toEqual(rejected("1."));
    expect(parseGoalCell("第1. 目標")).toEqual(rejected("第1. 目標"));
  });
});

describe("circled numbers", () => {
  it("map ① … ⑳ to 1 … 20 and back", () => {
    const all = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    expect([...all].map(circledToNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(Array.from({ length: 20 }, (_, i) => numberToCircled(i + 1)).join("")).toBe(all);
  });

  it("give 0 for anything else, and refuse numbers without a circled form", () => {
    expect(circledToNumber("1")).toBe(0);
    expect(circledToNumber("㉑")).toBe(0);
    expect(circledToNumber("")).toBe(0);
    expect(circledToNumber("①②")).toBe(0);
    expect(() => numberToCircled(0)).toThrow(new RangeError("no circled number for 0"));
    expect(() => numberToCircled(21)).toThrow(new RangeError("no circled number for 21"));
  });
});

describe("parseActionCell", () => {
  it("reads the circled number and the title after it, with any space between", () => {
    expect(parseActionCell("①行動")).toEqual({ ok: true, action: { number: 1, title: "行動" } });
    expect(parseActionCell("⑳\u3000行動 ")).toEqual({ ok: true, action: { number: 20, title: "行動" } });
  });

  it("rejects a cell without its number, or with a number and nothing after it", () => {
    expect(parseActionCell("1 行動")).toEqual({
      ok: false,
      message: 'action cell must start with its circled number (①, ②, …); found "1 行動"',
    });
    expect(parseActionCell("③ ")).toEqual({ ok: false, message: "action ③ has no title" });
    // An empty cell once read as ① with no title ("action  has no title").
    expect(parseActionCell("")).toEqual({ ok: false, message: 'action cell must start with its circled number (①, ②, …); found ""' });
    expect(parseActionCell("<p></p>")).toEqual({ ok: false, message: 'action cell must start with its circled number (①, ②, …); found ""' });
  });
});

describe("parseInitiativesCell", () => {
  const items = (cell: string) => {
    const result = parseInitiativesCell(cell);
    if (!result.ok) throw new Error(result.message);
    return result.items.map((item) => [item.text, item.featured, item.repeated]);
  };

  it("reads items after the <ul …> tag, and without it", () => {
    expect(items(`${UL} ●a ・b`)).toEqual([
      ["a", true, false],
      ["b", false, false],
    ]);
    expect(items("●a ・b")).toEqual(items(`${UL} ●a ・b`));
    expect(items(`  ${UL}●a`)).toEqual([["a", true, false]]);
  });

  it("drops a closing </ul>, with any white space after it or none", () => {
    for (const end of ["</ul>", "</ul> ", "</ul>  \t"]) {
      expect(items(`${UL} ●a ・b ${end}`), JSON.stringify(end)).toEqual([
        ["a", true, false],
        ["b", false, false],
      ]);
    }
  });

  it("keeps an item's own <ul> or </ul> text that is not the cell's wrapper", () => {
    expect(items("●<ul>と書く ・</ul>で閉じる")).toEqual([
      ["<ul>と書く", true, false],
      ["</ul>で閉じる", false, false],
    ]);
    expect(items(`${UL} ●a</ul>b`)).toEqual([["a</ul>b", true, false]]);
  });

  it("reads a （再掲） item, with or without a space before the mark", () => {
    expect(items("・a（再掲） ●b （再掲） ・c")).toEqual([
      ["a", false, true],
      ["b", true, true],
      ["c", false, false],
    ]);
  });

  it("rejects a cell with no items, naming what it found", () => {
    expect(parseInitiativesCell(`${UL} なし`)).toEqual({ ok: false, message: 'initiatives cell has no items marked ● or ・; found "なし"' });
    expect(parseInitiativesCell(UL)).toEqual({ ok: false, message: 'initiatives cell has no items marked ● or ・; found ""' });
  });

  it("rejects an empty item anywhere, first, middle or last, by its position", () => {
    expect(parseInitiativesCell("● ・b")).toEqual({ ok: false, message: "item 1 of the initiatives cell is empty" });
    expect(parseInitiativesCell("●a ・ ・c")).toEqual({ ok: false, message: "item 2 of the initiatives cell is empty" });
    expect(parseInitiativesCell("●a ・b ・")).toEqual({ ok: false, message: "item 3 of the initiatives cell is empty" });
    expect(parseInitiativesCell("●a ・（再掲）")).toEqual({ ok: false, message: "item 2 of the initiatives cell is empty" });
  });
});

describe("lines and blocks", () => {
  it("splits on LF, CRLF and a lone CR alike, numbering lines from 1", () => {
    expect(toLines("a\rb\r\nc\nd")).toEqual([
      { number: 1, text: "a" },
      { number: 2, text: "b" },
      { number: 3, text: "c" },
      { number: 4, text: "d" },
    ]);
  });

  it("drops a byte order mark only at the very start", () => {
    expect(toLines("\uFEFFa\n\uFEFFb").map((line) => line.text)).toEqual(["a", "\uFEFFb"]);
  });

  it("keeps white space at the start of a line and tabs between cells", () => {
    expect(toLines("\t①行動\t●a \t").map((line) => line.text)).toEqual(["\t①行動\t●a"]);
  });

  it("groups lines into blocks at blank lines, however many, keeping their numbers", () => {
    const blocks = toBlocks(toLines("\n a\nb\n\n \n\u3000\nc\n"));
    expect(blocks.map((block) => block.map((line) => `${line.number}:${line.text}`))).toEqual([["2: a", "3:b"], ["7:c"]]);
    expect(toBlocks(toLines("\n\n"))).toEqual([]);
  });
});
