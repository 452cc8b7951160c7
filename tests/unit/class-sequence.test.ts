/** The order in which class view presents the plan: title screens before what they introduce. */
import { beforeEach, describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { classSlides, slideNeighbours, type Slide } from "@/lib/content/sequence";

const model = getPlan();
// Computed before each test, not when the file loads: code that runs only at import is not
// attributed to any test, and a mutant of classSlides would then pass unseen (StrykerJS).
let slides: Slide[];
let paths: string[];
beforeEach(() => {
  slides = classSlides(model);
  paths = slides.map((slide) => slide.path);
});
const after = (path: string, n = 1) => paths.slice(paths.indexOf(path) + 1, paths.indexOf(path) + 1 + n);

describe("classSlides", () => {
  it("has one screen for each direction, goal and action, each once", () => {
    expect(slides).toHaveLength(model.counts.sections + model.counts.goals + model.counts.actions);
    expect(new Set(paths).size).toBe(slides.length);
  });

  it("opens with 方向性1, its 具体目標1, then the first action", () => {
    expect(slides.slice(0, 3)).toEqual([
      { kind: "section", path: "/directions/1/", label: "方向性1" },
      { kind: "goal", path: "/directions/1/goals/1/", label: "方向性1 · 具体目標1" },
      { kind: "action", path: "/directions/1/goals/1/actions/1/", label: "方向性1 · 具体目標1 · 行動①" },
    ]);
  });

  it("shows a direction's and its first goal's title screens between 3-3-③ and 4-1-①", () => {
    expect(after("/directions/3/goals/3/actions/3/", 3)).toEqual(["/directions/4/", "/directions/4/goals/1/", "/directions/4/goals/1/actions/1/"]);
  });

  it("shows a goal's title screen between the last action of one goal and the first of the next", () => {
    expect(after("/directions/1/goals/1/actions/4/", 2)).toEqual(["/directions/1/goals/2/", "/directions/1/goals/2/actions/1/"]);
  });

  it("ends with the partnership section's last action", () => {
    expect(slides.at(-1)).toMatchObject({ kind: "action", path: expect.stringMatching(/^\/directions\/partnership\/goals\/\d+\/actions\/\d+\/$/u) });
  });
});

describe("slideNeighbours", () => {
  it("gives the screens on either side, and nothing past either end or for a page that is not presented", () => {
    expect(slideNeighbours(slides, "/directions/4/")).toEqual({ prev: slides[paths.indexOf("/directions/4/") - 1], next: slides[paths.indexOf("/directions/4/") + 1] });
    expect(slideNeighbours(slides, paths[0]!)).toEqual({ prev: undefined, next: slides[1] });
    expect(slideNeighbours(slides, paths.at(-1)!).next).toBeUndefined();
    expect(slideNeighbours(slides, "/search/")).toEqual({});
  });

  it("works on any list of screens (a lesson's chosen items)", () => {
    const chosen = [slides[5]!, slides[40]!, slides[80]!];
    expect(slideNeighbours(chosen, slides[40]!.path)).toEqual({ prev: slides[5], next: slides[80] });
  });
});
