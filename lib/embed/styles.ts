import { SECTION_IDS } from "@/lib/content/schema";
import { SECTION_COLORS, type SchemePalette } from "@/lib/overview/colors";

/**
 * The embeddable cards' stylesheet (/embed/card.css): the site's colours and section
 * colours (lib/overview/colors.ts), the system Japanese fonts, nothing downloaded.
 * Written out rather than taken from the site's Tailwind build, whose file name is a hash
 * the card could not know and whose size the card does not need.
 */

const FONTS = `"Hiragino Sans", "Hiragino Kaku Gothic ProN", "BIZ UDPGothic", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif`;

function schemeRules(palette: SchemePalette, indent: string): string {
  const lines = [
    `${indent}:root { --bg: ${palette.bg}; --fg: ${palette.fg}; --muted: ${palette.muted}; --border: ${palette.border}; --link: ${palette.accent}; --on: ${palette.on}; }`,
    ...SECTION_IDS.map(
      (id) => `${indent}[data-section="${id}"] { --sec: ${palette.sections[id].strong}; --sec-soft: ${palette.sections[id].soft}; }`,
    ),
  ];
  return lines.join("\n");
}

export const embedStyles = `/* Embeddable action cards (lib/embed/card.ts). */
:root { color-scheme: light dark; }
${schemeRules(SECTION_COLORS.light, "")}
@media (prefers-color-scheme: dark) {
${schemeRules(SECTION_COLORS.dark, "  ")}
}
* { box-sizing: border-box; }
html { font-family: ${FONTS}; line-height: 1.7; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); overflow-wrap: anywhere; line-break: strict; }
.card { margin: 0; padding: 12px 16px 14px; border: 1px solid var(--border); border-top: 6px solid var(--sec); border-radius: 8px; background: var(--bg); }
.where { margin: 0; font-size: 0.875rem; color: var(--muted); }
.chip { display: inline-block; padding: 0 0.5em; border-radius: 4px; background: var(--sec); color: var(--on); font-weight: bold; }
h1 { margin: 0.25rem 0 0; font-size: 1.25rem; line-height: 1.4; word-break: auto-phrase; }
.code { margin-inline-end: 0.4em; padding: 0 0.3em; border: 1px solid var(--sec); border-radius: 4px; background: var(--sec-soft); font-size: 0.9em; }
.counts { margin: 0.25rem 0 0; font-size: 0.875rem; color: var(--muted); }
.items { margin: 0.5rem 0 0; padding: 0; list-style: none; }
.items li { display: flex; gap: 0.4em; margin-top: 0.3rem; }
.mark { flex: none; width: 1.2em; text-align: center; color: var(--muted); }
.mark--featured { color: var(--sec); font-weight: bold; }
.more { margin: 0.75rem 0 0; font-size: 0.875rem; }
a { color: var(--link); text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; border-radius: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media print { .card { border-color: #999999; } }
`;
