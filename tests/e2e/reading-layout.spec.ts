/**
 * Reading quality: lines that break between phrases (文節), not inside words, and
 * furigana that never stretch their word.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { phraseBoundaries } from "../../lib/phrases/budoux";
import { actionPath, sectionPath } from "../../lib/urls";
import { openWithPrefs, plan } from "./support/classroom";

// ── Pages under test, chosen from the plan ───────────────────────────────────
const byCode = (section: string, goal: number, action: number) =>
  plan.actions.find((e) => e.section.id === section && e.goal.number === goal && e.action.number === action)!;
/** 3-1-②, the action the issue measured: ten initiatives, a two-line title on a phone. */
const example = byCode("3", 1, 2);
const pathOf = (e: typeof example) => actionPath(e.section.id, e.goal.number, e.action.number);

/** The action holding the widest phrase of the plan: the hardest to keep on one line at 390 px. */
const widest = [...plan.actions].sort((a, b) => widestPhrase(b) - widestPhrase(a))[0]!;
function widestPhrase(entry: typeof example): number {
  const texts = [entry.action.title, ...entry.action.initiatives.map((i) => i.text)];
  return Math.max(...texts.map((text) => Math.max(...phrasesOf(text).map((p) => p.length))));
}

function phrasesOf(text: string): string[] {
  const cuts = [0, ...phraseBoundaries(text), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** What the page should show on an action page, in order: the title, then each initiative. */
const actionTexts = (entry: typeof example) => [
  { what: "the title", selector: "h1#page-title", text: entry.action.title },
  ...entry.action.initiatives.map((item, i) => ({
    what: `initiative ${item.position}`,
    selector: `main [data-initiatives] > li:nth-child(${i + 1}) [data-text]`,
    text: item.text,
  })),
];

const MODES = [
  { name: "", prefs: {} },
  { name: " in class view", prefs: { classView: "on" } },
  { name: " with furigana", prefs: { furigana: "on" } },
  { name: " in class view with furigana", prefs: { classView: "on", furigana: "on" } },
] as const;

/** The issue's two sizes: a phone (the phone project) and a 1280×720 screen or projector. */
async function useIssueSize(page: Page, project: string) {
  if (project === "desktop") await page.setViewportSize({ width: 1280, height: 720 });
}

// ── Measuring lines in the browser ──────────────────────────────────────────────
type Lines = {
  /** The text a sighted reader sees (no readings, nothing visually hidden). */
  text: string;
  /** Offsets into `text` where a new line starts. */
  breaks: number[];
  /** Width of each character, and the room the line it sits on has (both in px). */
  widths: number[];
  room: number[];
};

/**
 * The visible text of an element and where its lines break, as drawn. A line's
 * room is the element's width less whatever floats beside that line (the QR code
 * in class view, the room kept for an item's controls).
 */
function measureLines(locator: Locator): Promise<Lines> {
  return locator.evaluate((el) => {
    const hidden = (node: Node) => node.parentElement?.closest("rt, rp, .sr-only, [aria-hidden='true']") !== null;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const contentLeft = box.left + Number.parseFloat(style.paddingLeft);
    const contentRight = box.right - Number.parseFloat(style.paddingRight);
    const floats = [...document.querySelectorAll<HTMLElement>(".qr-slot")]
      .filter((f) => getComputedStyle(f).float !== "none" && f.getClientRects().length > 0)
      .map((f) => {
        const r = f.getBoundingClientRect();
        const s = getComputedStyle(f);
        return { top: r.top, bottom: r.bottom, left: r.left - Number.parseFloat(s.marginLeft) };
      });
    const spacer = getComputedStyle(el.closest("p") ?? el, "::before");
    const spacerWidth = spacer.float !== "none" && spacer.display !== "none" ? Number.parseFloat(spacer.width) : 0;
    let text = "";
    const chars: { top: number; height: number; width: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (hidden(node)) continue;
      const data = node.textContent ?? "";
      for (let i = 0; i < data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        text += data[i];
        // Collapsed white space has no box: it belongs to the line before it.
        chars.push(rect ? { top: rect.top, height: rect.height, width: rect.width } : { ...chars.at(-1)!, width: 0 });
      }
    }
    const breaks: number[] = [];
    const room: number[] = [];
    let lineTop = chars[0]?.top ?? 0;
    let line = 0;
    chars.forEach((c, i) => {
      if (i > 0 && c.top > lineTop + c.height / 2) {
        breaks.push(i);
        lineTop = c.top;
        line++;
      }
      const beside = floats.filter((f) => f.top < c.top + c.height && f.bottom > c.top);
      const right = Math.min(contentRight, ...beside.map((f) => f.left));
      room.push(right - contentLeft - (line === 0 ? spacerWidth : 0));
    });
    return { text, breaks, widths: chars.map((c) => c.width), room };
  });
}

/** Where a line may break inside one of BudouX's phrases: after a space or a mark that ends a word. */
const WORD_END = /[\s・：）」』”)\-～、。]/u;

/** The line breaks that fall inside a phrase that would have fitted on a line of its own. */
function badBreaks(expected: string, lines: Lines): string[] {
  const allowed = new Set(phraseBoundaries(expected));
  const bad: string[] = [];
  for (const at of lines.breaks) {
    if (allowed.has(at) || WORD_END.test(expected[at - 1] ?? "")) continue;
    const start = Math.max(0, ...[...allowed].filter((b) => b < at));
    const end = Math.min(expected.length, ...[...allowed].filter((b) => b > at));
    const width = lines.widths.slice(start, end).reduce((sum, w) => sum + w, 0);
    const room = Math.min(...lines.room.slice(start, end));
    if (width <= room) bad.push(`${expected.slice(start, at)}|${expected.slice(at, end)} (phrase ${Math.round(width)} px, line ${Math.round(room)} px)`);
  }
  return bad;
}

const show = (text: string, breaks: number[]) =>
  [0, ...breaks].map((from, i) => text.slice(from, breaks[i] ?? text.length)).join(" / ");

// ── 1. Line breaks between phrases ────────────────────────────────────────────────
test.describe("lines break between phrases (文節), not inside words", () => {
  for (const entry of [example, widest]) {
    for (const mode of MODES) {
      test(`${pathOf(entry)}${mode.name}: the title and every initiative`, async ({ page }, testInfo) => {
        await useIssueSize(page, testInfo.project.name);
        await openWithPrefs(page, pathOf(entry), mode.prefs);
        const texts = actionTexts(entry);
        expect(texts).toHaveLength(entry.action.initiatives.length + 1);
        let broken = 0;
        for (const { what, selector, text } of texts) {
          const lines = await measureLines(page.locator(selector));
          // The page shows the city's text, whatever markup the line breaking added.
          expect(lines.text, what).toBe(text);
          expect(badBreaks(text, lines), `${what}: ${show(lines.text, lines.breaks)}`).toEqual([]);
          broken += lines.breaks.length;
        }
        // The check means something only where lines do break: 3-1-② breaks at every size.
        if (entry === example) expect(broken).toBeGreaterThan(0);
      });
    }
  }

  for (const mode of MODES.slice(0, 2)) {
    test(`the action titles of a direction page${mode.name}`, async ({ page }, testInfo) => {
      await useIssueSize(page, testInfo.project.name);
      await openWithPrefs(page, sectionPath("3"), mode.prefs);
      const entries = plan.actions.filter((e) => e.section.id === "3");
      const headings = page.locator("main section[aria-labelledby^='a-'] :is(h2, h3)");
      await expect(headings).toHaveCount(entries.length);
      for (const [i, entry] of entries.entries()) {
        const lines = await measureLines(headings.nth(i));
        expect(lines.text).toBe(entry.action.title);
        expect(badBreaks(entry.action.title, lines), show(lines.text, lines.breaks)).toEqual([]);
      }
    });
  }

  test("BudouX runs at build time only: no script the browser loads carries its model", ({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "reads files, not pages");
    const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
    const chunks = path.resolve(repoRoot, process.env.OUT_DIR ?? "out", "_next", "static", "chunks");
    const scripts = readdirSync(chunks).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(3);
    // The first entries of the Japanese model's unigram table (budoux/module/data/models/ja.js).
    const model = /"?UW3"?:\s*\{\s*"。":\s*7331/u;
    expect(scripts.filter((file) => model.test(readFileSync(path.join(chunks, file), "utf8")))).toEqual([]);
  });

  test("a word and its reading are one piece: no <wbr> inside a <ruby>", async ({ page }) => {
    await openWithPrefs(page, "/directions/3/", { furigana: "on" });
    expect(await page.locator("main ruby").count()).toBeGreaterThan(100);
    await expect(page.locator("main ruby wbr")).toHaveCount(0);
    expect(await page.locator("main .phrased wbr").count()).toBeGreaterThan(100);
  });

  for (const mode of [MODES[0], MODES[2]]) {
    test(`copying a title or an initiative gives the city's text${mode.name}`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
      await openWithPrefs(page, pathOf(example), mode.prefs);
      const texts = actionTexts(example);
      expect(texts.length).toBeGreaterThan(5);
      for (const { what, selector, text } of texts.slice(1, 4)) {
        await page.locator(selector).evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        });
        await page.keyboard.press("ControlOrMeta+C");
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: what }).toBe(text);
      }
    });
  }

  for (const mode of MODES.slice(0, 2)) {
    test(`at the largest text size${mode.name}, no text runs off a 390 px screen`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== "phone", "the narrowest screen is the phone's");
      for (const entry of [example, widest]) {
        await openWithPrefs(page, pathOf(entry), { ...mode.prefs, textSize: "3" });
        const width = page.viewportSize()!.width;
        expect(await page.evaluate(() => document.documentElement.scrollWidth), pathOf(entry)).toBeLessThanOrEqual(width);
        const overflowing = await page.locator("main .phrased").evaluateAll((blocks, width) =>
          blocks
            .filter((b) => b.getClientRects().length > 0 && (b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > width))
            .map((b) => (b as HTMLElement).innerText.slice(0, 30)),
          width,
        );
        expect(overflowing, pathOf(entry)).toEqual([]);
      }
    });
  }
});

// ── 2. Furigana that never stretch their word ─────────────────────────────────────
test.describe("furigana (ふりがな) keep their word whole", () => {
  for (const section of ["1", "3"] as const) {
    test(`on the page of 方向性${section}: every base character 1 em wide, no reading over another or over the line above`, async ({ page }, testInfo) => {
      await useIssueSize(page, testInfo.project.name);
      await openWithPrefs(page, sectionPath(section), { furigana: "on" });
      const report = await page.locator("main").evaluate((main) => {
        const rubies = [...main.querySelectorAll("ruby")].filter((r) => r.getClientRects().length > 0);
        const stretched: string[] = [];
        const small: string[] = [];
        const readings: { word: string; rect: DOMRect; line: DOMRect }[] = [];
        for (const ruby of rubies) {
          const rt = ruby.querySelector("rt")!;
          const size = Number.parseFloat(getComputedStyle(ruby).fontSize);
          if (Number.parseFloat(getComputedStyle(rt).fontSize) < size / 2) small.push(ruby.textContent ?? "");
          const base = [...ruby.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
          const word = base.textContent ?? "";
          const xs: number[] = [];
          for (let i = 0; i < word.length; i++) {
            const range = document.createRange();
            range.setStart(base, i);
            range.setEnd(base, i + 1);
            const rect = range.getBoundingClientRect();
            if (Math.abs(rect.width - size) > 0.5) stretched.push(`${word}: ${word[i]} is ${rect.width.toFixed(1)} px in ${size} px text`);
            xs.push(rect.left);
          }
          for (let i = 1; i < xs.length; i++) {
            if (Math.abs(xs[i]! - xs[i - 1]! - size) > 0.5) stretched.push(`${word}: ${word[i - 1]}→${word[i]} ${(xs[i]! - xs[i - 1]!).toFixed(1)} px apart`);
          }
          const range = document.createRange();
          range.selectNodeContents(base);
          readings.push({ word, rect: rt.getBoundingClientRect(), line: range.getBoundingClientRect() });
        }
        // Every character of text (no readings), by rows of 10 px, to find what sits above a reading.
        const rows = new Map<number, DOMRect[]>();
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest("rt, rp, .sr-only") || !node.textContent?.trim()) continue;
          for (let i = 0; i < node.textContent.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            const row = Math.floor(rect.bottom / 10);
            rows.set(row, [...(rows.get(row) ?? []), rect]);
          }
        }
        const overlap = (a: DOMRect, b: DOMRect) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        const collisions: string[] = [];
        readings.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
        for (let i = 0; i < readings.length; i++) {
          const { word, rect, line } = readings[i]!;
          for (let j = i + 1; j < readings.length && readings[j]!.rect.top < rect.bottom; j++) {
            if (overlap(rect, readings[j]!.rect)) collisions.push(`${word} and ${readings[j]!.word}`);
          }
          // Text of the line above the reading's own word must stay clear of it.
          for (let row = Math.floor(rect.top / 10); row <= Math.floor((line.top + 1) / 10); row++) {
            const hit = (rows.get(row) ?? []).find((g) => g.bottom <= line.top + 1 && overlap(g, rect));
            if (hit) collisions.push(`${word}'s reading over the line above`);
          }
        }
        return { rubies: rubies.length, stretched, small, collisions };
      });
      expect(report.rubies).toBeGreaterThan(200);
      expect(report.stretched).toEqual([]);
      expect(report.small).toEqual([]);
      expect(report.collisions).toEqual([]);
    });

    test(`on the page of 方向性${section}, a screen reader still reads each word once`, async ({ page }) => {
      await openWithPrefs(page, sectionPath(section), { furigana: "on" });
      // The first reading on screen (the print masthead, hidden on screen, holds the title path too).
      await expect(page.locator("main rt").filter({ visible: true }).first()).toBeVisible();
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send("Accessibility.getFullAXTree");
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const read = (id: string): string => {
        const node = byId.get(id);
        if (!node) return "";
        const own = !node.ignored && node.role?.value === "StaticText" ? String(node.name?.value ?? "") : "";
        return own + (node.childIds ?? []).map(read).join("");
      };
      const spoken = read(nodes[0]!.nodeId).replace(/\s+/gu, "");
      const described = nodes.filter((n) => !n.ignored).map((n) => String(n.description?.value ?? "")).join("\n");
      const entries = plan.actions.filter((e) => e.section.id === section);
      expect(entries.length).toBeGreaterThan(5);
      const squeeze = (text: string) => text.replace(/\s+/gu, "");
      for (const entry of entries) {
        expect(spoken).toContain(squeeze(entry.action.title));
        for (const item of entry.action.initiatives) expect(spoken).toContain(squeeze(item.text));
      }
      const readings = await page.locator("main rt").allTextContents();
      expect(readings.length).toBeGreaterThan(200);
      // Readings that are not also written out somewhere in the text (こども is both).
      const written = entries.flatMap((e) => [e.goal.title, e.action.title, ...e.action.initiatives.map((i) => i.text)]).join("\n");
      const checked = [...new Set(readings)].filter((r) => r.length >= 4 && !written.includes(r));
      expect(checked.length).toBeGreaterThan(50);
      for (const reading of checked) {
        expect(spoken, reading).not.toContain(reading);
        expect(described, reading).not.toContain(reading);
      }
    });
  }
});
