import { describe, expect, it } from "vitest";
import { parseActionCode, splitQuery } from "@/lib/search/normalize";

// Edges of the search normalisation that a small slip in lib/search/normalize.ts
// would break without the broader tests in normalize.test.ts noticing.

describe("parseActionCode: every dash look-alike a reader may type between the numbers", () => {
  // What lib/search/normalize.ts promises to read as the separator, each by code point,
  // so a character dropped from its list fails here by name.
  const promised: [string, string][] = [
    ["U+002D hyphen-minus", "-"],
    ["U+2010 hyphen", "\u2010"],
    ["U+2011 non-breaking hyphen", "\u2011"],
    ["U+2012 figure dash", "\u2012"],
    ["U+2013 en dash", "\u2013"],
    ["U+2014 em dash", "\u2014"],
    ["U+2015 horizontal bar", "\u2015"],
    ["U+2212 minus sign", "\u2212"],
    ["U+30FC prolonged sound mark (an IME's -)", "\u30FC"],
    // These reach one of the above through NFKC.
    ["U+FF0D full-width hyphen-minus", "\uFF0D"],
    ["U+FE63 small hyphen-minus", "\uFE63"],
    ["U+FF70 half-width prolonged sound mark", "\uFF70"],
    ["U+FE58 small em dash", "\uFE58"],
    ["U+FE31 vertical em dash", "\uFE31"],
    ["U+FE32 vertical en dash", "\uFE32"],
  ];

  it("lists fifteen separators", () => {
    expect(promised).toHaveLength(15);
  });

  // Codes of every kind: a direction, the partnership section's P (either case), full-width
  // digits, circled numbers, two-digit numbers.
  const kinds: [string, (dash: string) => string, ReturnType<typeof parseActionCode>][] = [
    ["a direction's code", (d) => `1${d}2${d}3`, { direction: "1", goal: 2, action: 3 }],
    ["a partnership code", (d) => `P${d}1${d}2`, { direction: "partnership", goal: 1, action: 2 }],
    ["a lower-case partnership code", (d) => `p${d}2${d}5`, { direction: "partnership", goal: 2, action: 5 }],
    ["a full-width code", (d) => `５${d}２${d}６`, { direction: "5", goal: 2, action: 6 }],
    ["a code with a circled action number", (d) => `4${d}3${d}⑫`, { direction: "4", goal: 3, action: 12 }],
    ["a code with two-digit numbers", (d) => `2${d}10${d}20`, { direction: "2", goal: 10, action: 20 }],
  ];

  it.each(promised)("reads %s in codes of every kind, alone or beside another separator", (_, dash) => {
    expect(kinds).toHaveLength(6);
    for (const [kind, code, expected] of kinds) expect(parseActionCode(code(dash)), kind).toEqual(expected);
    expect(parseActionCode(`3${dash}1-4`)).toEqual({ direction: "3", goal: 1, action: 4 });
    expect(parseActionCode(`3-1${dash}4`)).toEqual({ direction: "3", goal: 1, action: 4 });
  });

  it.each(promised)("still wants exactly three numbers around %s", (_, dash) => {
    expect(parseActionCode(`1${dash}2`)).toBeNull();
    expect(parseActionCode(`1${dash}2${dash}3${dash}4`)).toBeNull();
    expect(parseActionCode(`1${dash}${dash}2${dash}3`)).toBeNull();
  });

  it.each([
    ["a wave dash", "1〜2〜3"],
    ["a full-width tilde", "1～2～3"],
    ["an underscore", "1_2_3"],
    ["a middle dot", "1・2・3"],
    ["a space", "1 2 3"],
    ["a slash", "1/2/3"],
  ])("does not take %s for a dash", (_, query) => {
    expect(parseActionCode(query)).toBeNull();
  });
});

describe("splitQuery: letter-spaced words beside other words and numbers", () => {
  it.each([
    // The join needs a boundary on the left: the s of SDGs is not a letter of a spaced word.
    ["SDGs 5", ["sdgs", "5"]],
    ["5 SDGs", ["5", "sdgs"]],
    ["ＳＤＧｓ　５", ["sdgs", "5"]],
    // …and on the right: 10 is a number, not the next spaced letter.
    ["T A B E T E 10", ["tabete", "10"]],
    ["10 T A B E T E", ["10", "tabete"]],
    ["Ｔ　Ａ　Ｂ　Ｅ　Ｔ　Ｅ　１０", ["tabete", "10"]],
    ["SDGs T A B E T E", ["sdgs", "tabete"]],
    ["T A B E T E アプリ", ["tabete", "アプリ"]],
    ["アプリ T A B E T E", ["アプリ", "tabete"]],
    ["OUT IN JAPAN L G B T", ["out", "in", "japan", "lgbt"]],
    ["L G B T OUT IN JAPAN", ["lgbt", "out", "in", "japan"]],
    ["L G B T、障害", ["lgbt、障害"]],
    ["K O G E I 2030", ["kogei", "2030"]],
  ])("%s → %j", (query, terms) => {
    expect(splitQuery(query)).toEqual(terms);
  });

  it("joins across any kind and length of white space between the letters", () => {
    expect(splitQuery("L\u3000G  B\tT")).toEqual(["lgbt"]);
  });

  it("leaves ordinary words of one letter and more alone", () => {
    expect(splitQuery("a pen 5")).toEqual(["a", "pen", "5"]);
    expect(splitQuery("Wi Fi")).toEqual(["wi", "fi"]);
  });
});
