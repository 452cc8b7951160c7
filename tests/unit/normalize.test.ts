import { describe, expect, it } from "vitest";
import { fold, foldKana, normalize, parseActionCode, splitQuery } from "@/lib/search/normalize";

describe("normalize: NFKC", () => {
  it("folds full-width Latin letters and digits to ASCII", () => {
    expect(normalize("ＳＤＧｓ２０３０")).toBe("sdgs2030");
  });

  it("folds half-width katakana to full-width, joining voiced marks", () => {
    expect(normalize("ｶﾞｰﾃﾞﾝ")).toBe("ガーデン");
  });

  it("turns circled numbers into digits", () => {
    expect(normalize("①⑳")).toBe("120");
  });

  it("turns the full-width hyphen into ASCII", () => {
    expect(normalize("1－2")).toBe("1-2");
  });
});

describe("normalize: case", () => {
  it("lower-cases Latin letters", () => {
    expect(normalize("IMAGINE KANAZAWA")).toBe("imaginekanazawa");
    expect(normalize("MaaS")).toBe("maas");
  });
});

describe("normalize: spaces", () => {
  it("joins the source's letter-spaced words", () => {
    expect(normalize("T A B E T E")).toBe("tabete");
    expect(normalize("L G B T")).toBe("lgbt");
    expect(normalize("I Tビジネス")).toBe("itビジネス");
    expect(normalize("K O G E I を")).toBe("kogeiを");
  });

  it("drops spaces between Latin words too, as the query is split into terms first", () => {
    expect(normalize("OUT IN JAPAN")).toBe("outinjapan");
  });

  it("drops half- and full-width spaces between Japanese words", () => {
    expect(normalize("ごみ 削減　推進")).toBe("ごみ削減推進");
  });

  it("keeps the script: katakana stays katakana", () => {
    expect(normalize("ゴミ")).toBe("ゴミ");
  });
});

describe("foldKana", () => {
  it("maps katakana to hiragana", () => {
    expect(foldKana("ゴミ")).toBe("ごみ");
    expect(foldKana("バス")).toBe("ばす");
  });

  it("covers the ends of the range, small ァ and ヶ", () => {
    expect(foldKana("ァヶ")).toBe("ぁゖ");
  });

  it("keeps the prolonged sound mark, hiragana, kanji and Latin", () => {
    expect(foldKana("コーヒー")).toBe("こーひー");
    expect(foldKana("ごみ削減ABC")).toBe("ごみ削減ABC");
  });
});

describe("fold", () => {
  it("normalises and folds kana, so differently written words meet", () => {
    expect(fold("ｺﾞﾐ")).toBe("ごみ");
    expect(fold("ゴミ")).toBe(fold("ごみ"));
    expect(fold("マイ 自転車")).toBe("まい自転車");
  });
});

describe("splitQuery", () => {
  it("splits on half- and full-width spaces and drops empty terms", () => {
    expect(splitQuery("  ごみ 削減　食品ロス ")).toEqual(["ごみ", "削減", "食品ロス"]);
  });

  it("returns normalised terms", () => {
    expect(splitQuery("ＳＤＧｓ　ｶﾞｰﾃﾞﾝ")).toEqual(["sdgs", "ガーデン"]);
  });

  it("keeps ordinary Latin words as separate terms", () => {
    expect(splitQuery("OUT IN JAPAN")).toEqual(["out", "in", "japan"]);
    expect(splitQuery("a pen")).toEqual(["a", "pen"]);
  });

  it("joins letter-spaced words pasted from the page into one term", () => {
    expect(splitQuery("L G B T")).toEqual(["lgbt"]);
    expect(splitQuery("アプリT A B E T E")).toEqual(["アプリtabete"]);
    expect(splitQuery("I Tビジネス")).toEqual(["itビジネス"]);
    expect(splitQuery("K O G E I を")).toEqual(["kogei", "を"]);
    expect(splitQuery("Ｌ　Ｇ　Ｂ　Ｔ")).toEqual(["lgbt"]);
  });

  it("returns nothing for a blank query", () => {
    expect(splitQuery(" 　 ")).toEqual([]);
  });
});

describe("parseActionCode", () => {
  it.each([
    ["1-2-3", { direction: "1", goal: 2, action: 3 }],
    ["1-2-③", { direction: "1", goal: 2, action: 3 }],
    ["２-１-３", { direction: "2", goal: 1, action: 3 }],
    ["1－2－3", { direction: "1", goal: 2, action: 3 }],
    ["5−2−⑥", { direction: "5", goal: 2, action: 6 }],
    ["3ー1ー4", { direction: "3", goal: 1, action: 4 }],
    ["1-1-⑳", { direction: "1", goal: 1, action: 20 }],
    [" 4-3-2 ", { direction: "4", goal: 3, action: 2 }],
    ["P-1-2", { direction: "partnership", goal: 1, action: 2 }],
    ["p-2-③", { direction: "partnership", goal: 2, action: 3 }],
    ["Ｐ－１－２", { direction: "partnership", goal: 1, action: 2 }],
  ])("reads %s", (query, expected) => {
    expect(parseActionCode(query)).toEqual(expected);
  });

  it.each(["", "1-2", "1-2-3-4", "6-1-1", "0-1-1", "1-0-1", "1-1-0", "x-1-2", "1-2-3 ごみ", "123", "1.2.3"])(
    "rejects %j",
    (query) => {
      expect(parseActionCode(query)).toBeNull();
    },
  );
});
