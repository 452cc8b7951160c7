/**
 * The filters of the list of all actions: the URL round trip, and which rows of the real
 * plan each filter keeps.
 */
import { describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { foldRow, isFiltered, matchRow, NO_FILTER, parseFilter, textQuery, type ListFilter } from "@/lib/overview/filter";
import { actionsPath } from "@/lib/urls";

const model = getPlan();
const choices = model.plan.sections.map((s) => ({ id: s.id, goals: s.goals.map((g) => g.number) }));
const rows = model.actions.map(({ section, goal, action }) =>
  foldRow({
    section: section.id,
    goal: goal.number,
    action: action.number,
    featured: action.initiatives.filter((i) => i.featured).length,
    title: action.title,
    initiatives: action.initiatives.map((i) => i.text),
  }),
);
const codesOf = (filter: Partial<ListFilter>) =>
  rows
    .filter((row) => matchRow(row, { ...NO_FILTER, ...filter }, textQuery(filter.q ?? "")).match)
    .map((row) => `${row.section === "partnership" ? "P" : row.section}-${row.goal}-${row.action}`);

describe("the filter in the URL", () => {
  it("is written in a fixed order, without what is not filtered", () => {
    expect(actionsPath()).toBe("/actions/");
    expect(actionsPath(NO_FILTER)).toBe("/actions/");
    expect(actionsPath({ section: "3" })).toBe("/actions/?section=3");
    expect(actionsPath({ q: "バス", featured: true, goal: 1, section: "3" })).toBe(`/actions/?section=3&goal=1&featured=1&q=${encodeURIComponent("バス")}`);
    // A goal means nothing without its section; blank words are no words.
    expect(actionsPath({ goal: 2 })).toBe("/actions/");
    expect(actionsPath({ q: "  " })).toBe("/actions/");
  });

  it("reads back what it wrote", () => {
    for (const filter of [
      NO_FILTER,
      { ...NO_FILTER, section: "partnership" },
      { section: "3", goal: 2, featured: true, q: "子供 学校" },
      { ...NO_FILTER, featured: true, q: "a&b=c#?" },
    ]) {
      expect(parseFilter(actionsPath(filter).replace(/^\/actions\//u, ""), choices)).toEqual(filter);
    }
  });

  it("ignores a section or goal the plan does not have, instead of showing nothing", () => {
    expect(parseFilter("?section=9&goal=1&featured=yes", choices)).toEqual(NO_FILTER);
    expect(parseFilter("?section=5&goal=3", choices)).toEqual({ ...NO_FILTER, section: "5" });
    expect(parseFilter("?section=5&goal=1.0", choices)).toEqual({ ...NO_FILTER, section: "5" });
    expect(parseFilter("?goal=1", choices)).toEqual(NO_FILTER);
  });

  it("knows when anything is filtered", () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, q: " " })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, featured: true })).toBe(true);
  });
});

describe("the rows a filter keeps, on the real plan", () => {
  it("keeps all 64 without a filter, and the 11 actions of 方向性3 for section=3", () => {
    expect(rows).toHaveLength(64);
    expect(codesOf({})).toHaveLength(64);
    expect(codesOf({ section: "3" })).toEqual(["3-1-1", "3-1-2", "3-1-3", "3-1-4", "3-2-1", "3-2-2", "3-2-3", "3-2-4", "3-3-1", "3-3-2", "3-3-3"]);
    expect(codesOf({ section: "3", goal: 2 })).toEqual(["3-2-1", "3-2-2", "3-2-3", "3-2-4"]);
  });

  it("with ● only, drops the actions that have no main example", () => {
    expect(codesOf({ featured: true })).toHaveLength(62);
    expect(codesOf({ section: "3", featured: true })).not.toContain("3-2-4");
    expect(codesOf({ section: "5", featured: true })).not.toContain("5-1-4");
  });

  it("matches words as search does: width, case, spaces and katakana/hiragana do not matter", () => {
    const bus = codesOf({ q: "バス" });
    expect(bus.length).toBeGreaterThan(0);
    expect(codesOf({ q: "ばす" })).toEqual(bus);
    expect(codesOf({ q: "ﾊﾞｽ" })).toEqual(bus);
    // Every word must be found, each in the title or in any one initiative.
    const both = codesOf({ q: "バス 自転車" });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((code) => bus.includes(code))).toBe(true);
    expect(both.length).toBeLessThan(bus.length);
    expect(codesOf({ q: "ＳＤＧｓ" })).toEqual(codesOf({ q: "sdgs" }));
    expect(codesOf({ q: "存在しない言葉" })).toEqual([]);
  });

  it("takes an action code as that action, however it is typed", () => {
    expect(codesOf({ q: "3-1-2" })).toEqual(["3-1-2"]);
    expect(codesOf({ q: "３－１－②" })).toEqual(["3-1-2"]);
    expect(codesOf({ q: "p-2-3" })).toEqual(["P-2-3"]);
    expect(codesOf({ q: "3-1-2", section: "1" })).toEqual([]);
  });

  it("says when words were found only among an action's initiatives, not in its title", () => {
    const row = rows.find((r) => r.section === "1" && r.goal === 2 && r.action === 3)!;
    expect(row.title).toBe("乗りたくなる公共交通にする");
    expect(matchRow(row, { ...NO_FILTER, q: "公共交通" }, textQuery("公共交通"))).toEqual({ match: true, onlyInInitiatives: false });
    const inItems = matchRow(row, { ...NO_FILTER, q: "バス" }, textQuery("バス"));
    expect(inItems).toEqual({ match: true, onlyInInitiatives: true });
    expect(matchRow(row, NO_FILTER, textQuery(""))).toEqual({ match: true, onlyInInitiatives: false });
  });
});
