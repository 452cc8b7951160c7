import type { SectionId } from "@/lib/content/schema";
import { fit, tile, type Rect } from "./tile";
import type { ActionNode, GoalNode, OverviewTree, SectionNode } from "./tree";

/**
 * The overview picture's geometry, computed at build time: rows of sections, each a
 * header band over a body in which goals and then actions are tiled (./tile.ts).
 *
 * Every action's cell has the same area per initiative, across the whole picture. The
 * section headers would skew that if the sections were squarified too, so the top level
 * is laid out in rows instead: in a row, widths follow the sections' counts, and each row
 * gets the height that gives its bodies the common area per initiative (solved for below).
 * What is drawn is the cell shrunk by a small gap, wider between goals than between actions.
 */

export type { Rect };

export type MapSpec = {
  /** Also the CSS hook: which screens show this layout. */
  name: "landscape" | "portrait";
  width: number;
  height: number;
  /** The sections of each row, left to right; every section exactly once. */
  rows: readonly (readonly SectionId[])[];
  /** Height of a section's header band (its label and title). */
  header: number;
  /** Space between sections, across and down. */
  sectionGap: number;
  /** Space between two goals' actions, and between two actions of one goal. */
  goalGap: number;
  actionGap: number;
  /**
   * Height of the band at the bottom that shows the title of the action under the pointer
   * or focus. 0: each section's header band shows it instead (for tall layouts, where a
   * band at the bottom would be off screen).
   */
  band: number;
  /** Font size of the action codes, in the picture's own units (px at scale 1). */
  codeSize: number;
};

/** The code label's pill: where it sits and its font size. */
export type Label = Rect & { size: number };

export type ActionBox = {
  node: ActionNode;
  /** The action's share of the picture: area = initiatives × unit. */
  cell: Rect;
  /** What is drawn: the cell less the gaps. */
  shape: Rect;
  /** The part of the shape that stands for the main examples (●): its lower part, in proportion. */
  featured: Rect;
  label: Label;
  /** Where the title shows on hover and focus. */
  tip: Rect;
};

export type GoalBox = { node: GoalNode; cell: Rect; actions: ActionBox[] };

export type SectionBox = { node: SectionNode; box: Rect; header: Rect; body: Rect; goals: GoalBox[] };

export type MapLayout = {
  spec: MapSpec;
  sections: SectionBox[];
  /** The tip band (landscape), or null when the section headers show the titles. */
  band: Rect | null;
  /** Area of one initiative, in square units. */
  unit: number;
};

/** A wide picture for desktops, projectors (1280×720 in class view) and an A4 landscape print. */
export const LANDSCAPE: MapSpec = {
  name: "landscape",
  width: 1280,
  height: 600,
  rows: [
    ["1", "2", "3"],
    ["4", "5", "partnership"],
  ],
  header: 46,
  sectionGap: 12,
  goalGap: 9,
  actionGap: 3,
  band: 40,
  codeSize: 22,
};

/** A tall picture for phones: one section under the other, drawn at its own size on a 390 px screen. */
export const PORTRAIT: MapSpec = {
  name: "portrait",
  width: 358,
  height: 1380,
  rows: [["1"], ["2"], ["3"], ["4"], ["5"], ["partnership"]],
  header: 48,
  sectionGap: 10,
  goalGap: 6,
  actionGap: 3,
  band: 0,
  codeSize: 16,
};

/**
 * Width of an action code in its bold label font, as a multiple of the font size; an
 * estimate on the generous side (checked against the rendered text by the browser tests).
 */
export function codeWidthEm(code: string): number {
  return [...code].reduce((w, c) => w + (c === "-" ? 0.42 : /\d/u.test(c) ? 0.62 : 0.72), 0);
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function inset(rect: Rect, top: number, right: number, bottom: number, left: number): Rect {
  return { x: rect.x + left, y: rect.y + top, width: rect.width - left - right, height: rect.height - top - bottom };
}

/** The room a code label needs in a cell (the pill drawn behind it). */
export function labelSize(code: string, size: number): { width: number; height: number; pad: number } {
  const pad = Math.round(size * 0.2);
  return { width: codeWidthEm(code) * size + 2 * pad, height: size * 1.3, pad };
}

/** Goals, then the actions of each goal, tiled over a section's body in plan order; areas proportional to initiatives. */
function layoutBody(spec: MapSpec, section: SectionNode, body: Rect): { goal: GoalNode; cell: Rect; actions: { action: ActionNode; cell: Rect }[] }[] {
  // Room around a label: the pill's own margin on two sides, plus the widest gap a side can get.
  const margin = 2 * labelSize("", spec.codeSize).pad + spec.goalGap;
  const actionsIn = (goal: GoalNode, cell: Rect) =>
    tile(goal.actions, cell, (a) => a.initiatives, (a, c) => fit(c, labelSize(a.code, spec.codeSize), margin));
  const goals = tile(section.goals, body, (g) => g.initiatives, (g, c) => actionsIn(g, c).score);
  return goals.cells.map(({ item: goal, rect }) => ({
    goal,
    cell: rect,
    actions: actionsIn(goal, rect).cells.map(({ item: action, rect: cell }) => ({ action, cell })),
  }));
}

/** The picture for a tree, laid out to a spec. */
export function layoutMap(tree: OverviewTree, spec: MapSpec): MapLayout {
  const byId = new Map(tree.sections.map((s) => [s.id, s]));
  const placed = spec.rows.flat();
  if (placed.length !== tree.sections.length || new Set(placed).size !== placed.length || placed.some((id) => !byId.has(id))) {
    throw new Error(`${spec.name}: the rows must hold each section once; they hold ${placed.join(", ")}`);
  }
  const rows = spec.rows.map((ids) => {
    const sections = ids.map((id) => byId.get(id)!);
    return {
      sections,
      total: sections.reduce((n, s) => n + s.initiatives, 0),
      width: spec.width - (sections.length - 1) * spec.sectionGap,
    };
  });
  // Row r's bodies are `width_r` wide and `unit × total_r / width_r` tall; the rows, their
  // headers, the gaps and the band add up to the picture's height.
  const bandSpace = spec.band > 0 ? spec.band + spec.sectionGap : 0;
  const free = spec.height - rows.length * spec.header - (rows.length - 1) * spec.sectionGap - bandSpace;
  const unit = free / rows.reduce((n, row) => n + row.total / row.width, 0);
  if (!(unit > 0)) throw new Error(`${spec.name}: no room left for the bodies (${free} units of height)`);

  const sections: SectionBox[] = [];
  let y = 0;
  for (const row of rows) {
    const bodyHeight = (unit * row.total) / row.width;
    let x = 0;
    for (const node of row.sections) {
      const width = (row.width * node.initiatives) / row.total;
      const box = { x, y, width, height: spec.header + bodyHeight };
      const header = { x, y, width, height: spec.header };
      const body = { x, y: y + spec.header, width, height: bodyHeight };
      const goals = layoutBody(spec, node, body).map(({ goal, cell, actions }) => ({
        node: goal,
        cell,
        actions: actions.map(({ action, cell: actionCell }) => {
          // A side on the section's edge needs no gap (the section gap is there); a side on
          // a goal's edge gets the goal gap; the rest, the gap between two actions.
          const side = (at: number, goalEdge: number, bodyEdge: number) =>
            near(at, bodyEdge) ? 0 : near(at, goalEdge) ? spec.goalGap / 2 : spec.actionGap / 2;
          const shape = inset(
            actionCell,
            side(actionCell.y, cell.y, body.y),
            side(actionCell.x + actionCell.width, cell.x + cell.width, body.x + body.width),
            side(actionCell.y + actionCell.height, cell.y + cell.height, body.y + body.height),
            side(actionCell.x, cell.x, body.x),
          );
          const share = action.featured / action.initiatives;
          const featuredHeight = shape.height * share;
          const { width, height, pad } = labelSize(action.code, spec.codeSize);
          const label: Label = { x: shape.x + pad, y: shape.y + pad, width, height, size: spec.codeSize };
          return {
            node: action,
            cell: actionCell,
            shape,
            featured: { x: shape.x, y: shape.y + shape.height - featuredHeight, width: shape.width, height: featuredHeight },
            label,
            tip: header,
          };
        }),
      }));
      sections.push({ node, box, header, body, goals });
      x += width + spec.sectionGap;
    }
    y += spec.header + bodyHeight + spec.sectionGap;
  }
  const band = spec.band > 0 ? { x: 0, y: spec.height - spec.band, width: spec.width, height: spec.band } : null;
  if (band) for (const s of sections) for (const g of s.goals) for (const a of g.actions) a.tip = band;
  return { spec, sections, band, unit };
}

/** Every action box of a layout in plan order. */
export function layoutActions(layout: MapLayout): ActionBox[] {
  return layout.sections.flatMap((s) => s.goals.flatMap((g) => g.actions));
}

export const area = (r: Rect) => r.width * r.height;
