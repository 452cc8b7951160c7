/**
 * The overview's tree and picture, from the real plan: counts per section, goal and action,
 * and a picture in which every action's area is its number of initiatives times one unit,
 * with room for its code label.
 */
import { describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { area, codeWidthEm, LANDSCAPE, layoutActions, layoutMap, PORTRAIT, type MapSpec, type Rect } from "@/lib/overview/layout";
import { fit, tile } from "@/lib/overview/tile";
import { countsText, overviewTree, treeActions } from "@/lib/overview/tree";

const model = getPlan();
const tree = overviewTree(model.plan);

describe("the overview tree of the real plan", () => {
  it("has 6 sections, 17 goals, 64 actions and 260 initiatives, 128 of them ●", () => {
    expect(tree.sections.map((s) => s.id)).toEqual(["1", "2", "3", "4", "5", "partnership"]);
    expect(tree.goals).toBe(17);
    expect(tree.actions).toBe(64);
    expect(treeActions(tree)).toHaveLength(64);
    expect(tree.initiatives).toBe(260);
    expect(tree.featured).toBe(128);
    expect(countsText(tree)).toBe("取組例260件（うち●128件）");
  });

  it("counts each section's goals, actions and initiatives", () => {
    expect(tree.sections.map((s) => [s.label, s.goals.length, s.actions, s.initiatives])).toEqual([
      ["方向性1", 4, 14, 55],
      ["方向性2", 2, 10, 51],
      ["方向性3", 3, 11, 56],
      ["方向性4", 4, 13, 46],
      ["方向性5", 2, 11, 33],
      ["パートナーシップ", 2, 5, 19],
    ]);
  });

  it("counts each goal as the sum of its actions, and each section as the sum of its goals", () => {
    expect(tree.sections).toHaveLength(6);
    for (const section of tree.sections) {
      expect(section.initiatives).toBe(section.goals.reduce((n, g) => n + g.initiatives, 0));
      expect(section.featured).toBe(section.goals.reduce((n, g) => n + g.featured, 0));
      for (const goal of section.goals) {
        expect(goal.initiatives).toBe(goal.actions.reduce((n, a) => n + a.initiatives, 0));
        expect(goal.featured).toBe(goal.actions.reduce((n, a) => n + a.featured, 0));
      }
    }
    const goal31 = tree.sections[2]!.goals[0]!;
    expect([goal31.title, goal31.actions.length, goal31.initiatives, goal31.featured]).toEqual(["子供の多様性を尊重し、個性を伸ばす", 4, 26, 11]);
  });

  it("counts every action's initiatives and ● as its page lists them, （再掲） included, with its short code", () => {
    const actions = treeActions(tree);
    expect(actions).toHaveLength(model.actions.length);
    actions.forEach((node, i) => {
      const { section, goal, action } = model.actions[i]!;
      expect([node.section, node.goal, node.number, node.title]).toEqual([section.id, goal.number, action.number, action.title]);
      expect(node.initiatives).toBe(action.initiatives.length);
      expect(node.featured).toBe(action.initiatives.filter((item) => item.featured).length);
    });
    const byCode = new Map(actions.map((a) => [a.code, a]));
    expect([byCode.get("3-1-2")?.initiatives, byCode.get("3-1-2")?.featured]).toEqual([10, 3]);
    expect([byCode.get("3-2-4")?.initiatives, byCode.get("3-2-4")?.featured]).toEqual([2, 0]);
    expect([byCode.get("P-1-1")?.initiatives, byCode.get("P-1-1")?.featured]).toEqual([6, 4]);
    // 2-1-3 lists only （再掲） items: they count.
    expect(model.actions.find((e) => e.section.id === "2" && e.goal.number === 1 && e.action.number === 3)!.action.initiatives.every((i) => i.repeatOf)).toBe(true);
    expect([byCode.get("2-1-3")?.initiatives, byCode.get("2-1-3")?.featured]).toEqual([3, 1]);
  });
});

const inside = (inner: Rect, outer: Rect, eps = 1e-6) =>
  inner.x >= outer.x - eps &&
  inner.y >= outer.y - eps &&
  inner.x + inner.width <= outer.x + outer.width + eps &&
  inner.y + inner.height <= outer.y + outer.height + eps;

const overlap = (a: Rect, b: Rect, eps = 1e-6) =>
  a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;

describe.each([LANDSCAPE, PORTRAIT])("the $name picture", (spec: MapSpec) => {
  const layout = layoutMap(tree, spec);
  const actions = layoutActions(layout);
  const relative = (value: number, expected: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(1e-9);

  it("draws every action once, in plan order", () => {
    expect(actions).toHaveLength(64);
    expect(actions.map((a) => a.node.code)).toEqual(treeActions(tree).map((a) => a.code));
  });

  it("gives every action, goal and section an area of its initiatives times one unit", () => {
    expect(layout.unit).toBeGreaterThan(0);
    for (const a of actions) relative(area(a.cell), a.node.initiatives * layout.unit);
    expect(layout.sections).toHaveLength(6);
    for (const s of layout.sections) {
      relative(area(s.body), s.node.initiatives * layout.unit);
      for (const g of s.goals) relative(area(g.cell), g.node.initiatives * layout.unit);
    }
    // The bodies together: 260 units, all of the picture but the headers, gaps and band.
    relative(
      layout.sections.reduce((sum, s) => sum + area(s.body), 0),
      260 * layout.unit,
    );
  });

  it("tiles each body without overlaps, inside the picture", () => {
    const frame = { x: 0, y: 0, width: spec.width, height: spec.height };
    for (const s of layout.sections) {
      expect(inside(s.box, frame)).toBe(true);
      for (const g of s.goals) {
        expect(inside(g.cell, s.body)).toBe(true);
        for (const a of g.actions) expect(inside(a.cell, g.cell)).toBe(true);
      }
    }
    for (let i = 0; i < actions.length; i++) {
      for (let j = i + 1; j < actions.length; j++) expect(overlap(actions[i]!.cell, actions[j]!.cell), `${actions[i]!.node.code} / ${actions[j]!.node.code}`).toBe(false);
    }
    for (let i = 0; i < layout.sections.length; i++) {
      for (let j = i + 1; j < layout.sections.length; j++) expect(overlap(layout.sections[i]!.box, layout.sections[j]!.box)).toBe(false);
    }
  });

  it("leaves room in every action's shape for its code label, at the spec's size", () => {
    for (const a of actions) {
      expect(inside(a.shape, a.cell), a.node.code).toBe(true);
      expect(inside(a.label, a.shape), a.node.code).toBe(true);
      expect(a.label.size).toBe(spec.codeSize);
      expect(a.label.width, a.node.code).toBeGreaterThanOrEqual(codeWidthEm(a.node.code) * spec.codeSize);
    }
  });

  it("fills the ● share of every action from the bottom of its shape", () => {
    for (const a of actions) {
      expect(a.featured.height / a.shape.height).toBeCloseTo(a.node.featured / a.node.initiatives, 9);
      expect(a.featured.y + a.featured.height).toBeCloseTo(a.shape.y + a.shape.height, 9);
    }
  });

  it("keeps a place for the titles that nothing else is drawn on", () => {
    for (const a of actions) {
      for (const b of actions) expect(overlap(a.tip, b.cell), `${a.node.code} tip / ${b.node.code}`).toBe(false);
    }
  });
});

describe("the landscape picture", () => {
  const layout = layoutMap(tree, LANDSCAPE);
  it("shows titles in a band along the bottom; the portrait one in each section's header", () => {
    expect(layout.band).toEqual({ x: 0, y: LANDSCAPE.height - LANDSCAPE.band, width: LANDSCAPE.width, height: LANDSCAPE.band });
    for (const a of layoutActions(layout)) expect(a.tip).toBe(layout.band);
    const portrait = layoutMap(tree, PORTRAIT);
    for (const s of portrait.sections) for (const g of s.goals) for (const a of g.actions) expect(a.tip).toBe(s.header);
  });

  it("refuses rows that leave out or repeat a section", () => {
    expect(() => layoutMap(tree, { ...LANDSCAPE, rows: [["1", "2", "3"], ["4", "5"]] })).toThrow(/each section once/);
    expect(() => layoutMap(tree, { ...LANDSCAPE, rows: [["1", "2", "3"], ["4", "4", "partnership"]] })).toThrow(/each section once/);
    expect(() => layoutMap(tree, { ...LANDSCAPE, height: 100 })).toThrow(/no room/);
  });
});

describe("tile", () => {
  const square = { x: 0, y: 0, width: 100, height: 100 };
  const room = (need: number) => (_: unknown, cell: Rect) => fit(cell, { width: need, height: need }, 0);

  it("gives each item its share of the area, in order", () => {
    const weights = [1, 2, 3, 4];
    const { cells } = tile(weights, square, (w) => w, room(0));
    expect(cells.map((c) => c.item)).toEqual(weights);
    cells.forEach((c) => expect(area(c.rect)).toBeCloseTo(c.item * 1000, 9));
  });

  it("chooses the cuts that leave the tightest label the most room", () => {
    // Two equal items in a wide rectangle: side by side, each 50×100, fits a 40×40 label;
    // one above the other, each 100×50, too. A 60-wide label only fits the second way.
    const wide = { x: 0, y: 0, width: 100, height: 100 };
    const sideBySide = tile([1, 1], wide, () => 1, (_, cell) => fit(cell, { width: 60, height: 20 }, 0));
    expect(sideBySide.cells.map((c) => c.rect.width)).toEqual([100, 100]);
    expect(sideBySide.score.room).toBeGreaterThanOrEqual(0);
    const tall = tile([1, 1], wide, () => 1, (_, cell) => fit(cell, { width: 20, height: 60 }, 0));
    expect(tall.cells.map((c) => c.rect.height)).toEqual([100, 100]);
  });

  it("refuses an empty list", () => {
    expect(() => tile([], square, () => 1, room(0))).toThrow(/nothing/);
  });
});
