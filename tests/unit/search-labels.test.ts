import { describe, expect, it } from "vitest";
import { contextLabel, KIND_LABEL, missingLabel, PARTIAL_LABEL } from "@/lib/search/labels";

/** The words a reader sees beside a result (components/SearchHit.tsx, SearchBox.tsx, SearchResults.tsx). */
describe("search labels", () => {
  it("names each kind of result as the plan does", () => {
    expect(KIND_LABEL).toEqual({ section: "方向性", goal: "具体目標", action: "行動", initiative: "取組例" });
  });

  it("says where a word of the query was found instead of the item: its goal or its action", () => {
    expect(contextLabel("二酸化炭素", "goal")).toBe("「二酸化炭素」は具体目標に一致");
    expect(contextLabel("グリーンインフラ", "action")).toBe("「グリーンインフラ」は行動に一致");
  });

  it("lists the words a partial result lacks, each in quotes", () => {
    expect(missingLabel(["守りたい"])).toBe("「守りたい」を含みません");
    expect(missingLabel(["地元", "ぱぴぷぺぽ"])).toBe("「地元」「ぱぴぷぺぽ」を含みません");
    expect(PARTIAL_LABEL).toBe("一部の言葉に一致");
  });
});
