/**
 * Tiling a rectangle into cells whose areas are proportional to weights, in order, so that
 * every cell can hold its label. Squarified treemaps (d3-hierarchy's default) aim at square
 * cells and know nothing of labels: on this plan they leave thin slivers that no code fits
 * in, whichever of d3's tilings is used. Here the rectangle is cut in two, across or down,
 * between two neighbours in the list, recursively; of all such cuts the one whose worst
 * cell has the most room to spare for its label wins. Lists are short (at most 7 actions
 * in a goal, 7 goals in a section), so trying every cut is cheap and the result exact.
 */

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * How good a tiling is: first the room to spare around the tightest label (capped, so that
 * once every label fits comfortably the shapes decide), then the worst cell's elongation.
 */
export type Score = { room: number; elongation: number };

/** Room beyond which more does not matter; then the least elongated tiling wins. */
const ENOUGH_ROOM = 6;

const better = (a: Score, b: Score) =>
  Math.min(a.room, ENOUGH_ROOM) !== Math.min(b.room, ENOUGH_ROOM)
    ? Math.min(a.room, ENOUGH_ROOM) > Math.min(b.room, ENOUGH_ROOM)
    : a.elongation < b.elongation;

const worse = (a: Score, b: Score): Score => ({ room: Math.min(a.room, b.room), elongation: Math.max(a.elongation, b.elongation) });

export type Tiling<T> = { score: Score; cells: { item: T; rect: Rect }[] };

/**
 * Tiles `rect` with `items` in order. `weight` gives each item's share of the area;
 * `evaluate` scores one item placed in one cell (for a group, the best tiling of its own
 * items inside that cell).
 */
export function tile<T>(items: readonly T[], rect: Rect, weight: (item: T) => number, evaluate: (item: T, cell: Rect) => Score): Tiling<T> {
  if (items.length === 0) throw new Error("nothing to tile");
  if (items.length === 1) return { score: evaluate(items[0]!, rect), cells: [{ item: items[0]!, rect }] };
  const total = items.reduce((n, item) => n + weight(item), 0);
  let best: Tiling<T> | undefined;
  let before = 0;
  for (let k = 1; k < items.length; k++) {
    before += weight(items[k - 1]!);
    const share = before / total;
    // Across (first part on the left) and down (first part on top).
    const splits: [Rect, Rect][] = [
      [
        { ...rect, width: rect.width * share },
        { ...rect, x: rect.x + rect.width * share, width: rect.width * (1 - share) },
      ],
      [
        { ...rect, height: rect.height * share },
        { ...rect, y: rect.y + rect.height * share, height: rect.height * (1 - share) },
      ],
    ];
    for (const [first, second] of splits) {
      const a = tile(items.slice(0, k), first, weight, evaluate);
      const b = tile(items.slice(k), second, weight, evaluate);
      const candidate = { score: worse(a.score, b.score), cells: [...a.cells, ...b.cells] };
      if (!best || better(candidate.score, best.score)) best = candidate;
    }
  }
  return best!;
}

/** How well a label of `need` fits in a cell that loses `gap` to its borders. */
export function fit(cell: Rect, need: { width: number; height: number }, gap: number): Score {
  const width = cell.width - gap;
  const height = cell.height - gap;
  return {
    room: Math.min(width - need.width, height - need.height),
    elongation: Math.max(width / height, height / width),
  };
}
