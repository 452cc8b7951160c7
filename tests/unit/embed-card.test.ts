/**
 * The embeddable card's HTML and stylesheet (lib/embed/*), for every action of the real plan.
 */
import { describe, expect, it } from "vitest";
import { getPlan } from "@/lib/content/plan";
import { SECTION_IDS } from "@/lib/content/schema";
import { embedCardHtml, embedSnippet, escapeHtml, EMBED_HEIGHT_MESSAGE } from "@/lib/embed/card";
import { embedStyles } from "@/lib/embed/styles";
import { SECTION_COLORS } from "@/lib/overview/colors";
import { absoluteUrl, actionPath, embedActionPath, embedStylesPath } from "@/lib/urls";

const model = getPlan();

describe("the card of every action", () => {
  it("lists the action's initiatives with ● or ・, links to its page, and loads only its own stylesheet", () => {
    expect(model.actions).toHaveLength(64);
    for (const entry of model.actions) {
      const { section, goal, action } = entry;
      const html = embedCardHtml(entry);
      expect(html).toContain(`<html lang="ja">`);
      expect(html).toContain(`data-section="${section.id}"`);
      expect(html).toContain(escapeHtml(action.title));
      expect(html.match(/<li>/gu)).toHaveLength(action.initiatives.length);
      expect(html.match(/aria-hidden="true">●</gu) ?? []).toHaveLength(action.initiatives.filter((i) => i.featured).length);
      for (const item of action.initiatives) expect(html).toContain(escapeHtml(item.text));
      expect(html).toContain(`href="${actionPath(section.id, goal.number, action.number)}" target="_blank" rel="noopener"`);
      expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(actionPath(section.id, goal.number, action.number))}">`);
      // style-src 'self': no style attributes or elements; one stylesheet, from this site.
      expect(html).not.toMatch(/\sstyle=|<style/iu);
      expect([...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/gu)].map((m) => m[1])).toEqual([embedStylesPath()]);
      // No script but the inline height reporter.
      expect(html.match(/<script/gu)).toHaveLength(1);
      expect(html).not.toMatch(/<script\s+src/iu);
      expect(html).toContain(EMBED_HEIGHT_MESSAGE);
    }
  });

  it("escapes what it writes into HTML", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  });

  it("is the same every time (the build is reproducible)", () => {
    const entry = model.actions[10]!;
    expect(embedCardHtml(entry)).toBe(embedCardHtml(entry));
  });
});

describe("the snippet the action page offers", () => {
  it("frames the card at its absolute URL with a title, and accepts heights only from the site's origin", () => {
    const entry = model.actions.find((e) => e.section.id === "partnership")!;
    const snippet = embedSnippet(entry);
    const src = absoluteUrl(embedActionPath(entry.section.id, entry.goal.number, entry.action.number));
    expect(snippet).toContain(`<iframe src="${src}" title="金沢SDGs行動計画 P-1-1 ${entry.action.title}"`);
    expect(snippet).toContain(`var o=${JSON.stringify(new URL(src).origin)}`);
    expect(snippet).not.toMatch(/\sstyle=/u);
  });
});

describe("the cards' stylesheet", () => {
  it("has every section's colours in both schemes", () => {
    for (const scheme of ["light", "dark"] as const) {
      for (const id of SECTION_IDS) {
        const { strong, soft } = SECTION_COLORS[scheme].sections[id];
        expect(embedStyles).toContain(`[data-section="${id}"] { --sec: ${strong}; --sec-soft: ${soft}; }`);
      }
    }
    expect(embedStyles).not.toMatch(/url\(|@import/u);
  });
});
