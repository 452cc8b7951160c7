/**
 * The section colours (lib/overview/colors.ts) meet WCAG AA wherever they are used, in the
 * light and the dark scheme, and app/globals.css holds exactly these values.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECTION_IDS } from "@/lib/content/schema";
import { contrastRatio, cssVar, SECTION_COLORS } from "@/lib/overview/colors";

const css = readFileSync("app/globals.css", "utf8");

// Class view swaps the page's text and background for pure black and white (app/globals.css).
const CLASS_VIEW = { light: { fg: "#000000", bg: "#ffffff" }, dark: { fg: "#ffffff", bg: "#000000" } } as const;

describe.each(["light", "dark"] as const)("in the %s scheme", (scheme) => {
  const palette = SECTION_COLORS[scheme];

  it("has a colour for each of the six sections", () => {
    expect(Object.keys(palette.sections).sort()).toEqual([...SECTION_IDS].sort());
  });

  for (const id of SECTION_IDS) {
    it(`section ${id}: text on its colours and its colours on the page meet AA`, () => {
      const { strong, soft } = palette.sections[id];
      // Text: 4.5:1 (a chip's label on the strong colour; the page's text on the soft one, also in class view).
      expect(contrastRatio(palette.on, strong)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(palette.fg, soft)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(CLASS_VIEW[scheme].fg, soft)).toBeGreaterThanOrEqual(4.5);
      // Graphics: 3:1 (the ● share against the rest of an action's shape; outlines and bands against the page).
      expect(contrastRatio(strong, soft)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(strong, palette.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(strong, CLASS_VIEW[scheme].bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it("app/globals.css defines the same values, and the page colours they were checked against", () => {
    for (const id of SECTION_IDS) {
      const { strong, soft } = palette.sections[id];
      expect(css).toContain(`${cssVar(id, "strong")}-${scheme}: ${strong};`);
      expect(css).toContain(`${cssVar(id, "soft")}-${scheme}: ${soft};`);
    }
    expect(css).toContain(`--sec-on-${scheme}: ${palette.on};`);
    for (const [name, value] of [["bg", palette.bg], ["fg", palette.fg], ["muted", palette.muted], ["border", palette.border], ["accent", palette.accent]]) {
      expect(css).toContain(`--c-${name}: ${value};`);
    }
  });
});

describe("contrastRatio", () => {
  it("follows WCAG 2: black on white is 21, a colour on itself 1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrastRatio("#1c6cbc", "#1c6cbc")).toBe(1);
    // #767676 on white is the well-known smallest grey at 4.5:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio("red", "#ffffff")).toThrow(/#rrggbb/);
  });
});
