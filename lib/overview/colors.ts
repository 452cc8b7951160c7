import type { SectionId } from "@/lib/content/schema";

/**
 * One colour per section, the same everywhere: the overview picture, the home page's
 * cards, the section label in page headers (also in class view) and the embeddable cards.
 *
 * Each section has a strong colour (a band or chip, with `on` text on it; also its
 * outlines and the ● share in the picture) and a soft one (the background of an action in
 * the picture, under the page's own text colour), in the light and the dark scheme.
 * app/globals.css holds the same values as CSS variables and the embed stylesheet is
 * generated from these; tests/unit/section-colors.test.ts checks that the two agree and
 * that every pair meets WCAG AA.
 */

export type SchemeColors = { strong: string; soft: string };

export type SchemePalette = {
  /** Text on a strong colour. */
  on: string;
  /** The page's own colours the section colours sit among (app/globals.css: --c-bg, --c-fg, --c-muted, --c-border, --c-accent). */
  bg: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  sections: Record<SectionId, SchemeColors>;
};

export const SECTION_COLORS: Record<"light" | "dark", SchemePalette> = {
  light: {
    on: "#ffffff",
    bg: "#ffffff",
    fg: "#1b1f24",
    muted: "#4a5360",
    border: "#c9d1da",
    accent: "#1c6cbc",
    sections: {
      "1": { strong: "#2d6a35", soft: "#e2f1e3" },
      "2": { strong: "#00677a", soft: "#dcf0f3" },
      "3": { strong: "#b03f00", soft: "#fbe6da" },
      "4": { strong: "#6b3fa0", soft: "#ece3f7" },
      "5": { strong: "#1d5ea8", soft: "#e0ebf8" },
      partnership: { strong: "#a1264f", soft: "#f8e1e9" },
    },
  },
  dark: {
    on: "#101418",
    bg: "#101418",
    fg: "#e9edf1",
    muted: "#b4bfcb",
    border: "#3a4552",
    accent: "#458cc9",
    sections: {
      "1": { strong: "#86d08e", soft: "#1b3320" },
      "2": { strong: "#5ccbdb", soft: "#0f3038" },
      "3": { strong: "#ffa878", soft: "#3d2415" },
      "4": { strong: "#c7a6f2", soft: "#2c2140" },
      "5": { strong: "#8fbcf5", soft: "#16283f" },
      partnership: { strong: "#f5a0bd", soft: "#3b1926" },
    },
  },
};

/** The CSS custom property names of a section's colours (app/globals.css). */
export const cssVar = (section: SectionId, kind: keyof SchemeColors) =>
  `--sec-${section === "partnership" ? "p" : section}${kind === "soft" ? "-soft" : ""}`;

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const match = /^#([\da-f]{6})$/iu.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(match[1]!, 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
