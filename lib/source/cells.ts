/**
 * Readers for the cells of one source row. Each returns `{ ok: true, … }` or
 * `{ ok: false, message }`; the row parser adds the line number.
 */

export type CellResult<T> = ({ ok: true } & T) | { ok: false; message: string };

/** Some rows wrap a cell in `<p>…</p>`; the text inside is what counts. */
export function unwrapParagraph(cell: string): string {
  const match = /^\s*<p>([\s\S]*)<\/p>\s*$/u.exec(cell);
  return (match ? match[1]! : cell).trim();
}

/** A heading such as `【方向性1】 自然… ～古くて新しくて心地よいまち～` or `【方向性1～5をすすめるパートナーシップ】`. */
export function parseHeading(line: string): CellResult<{
  key: string;
  number: number | null;
  label: string;
  title: string;
  tagline: string | null;
}> {
  const match = /^【([^】]+)】\s*(.*)$/u.exec(line);
  if (!match) return { ok: false, message: `expected a heading such as 【方向性1】 …, found "${line}"` };
  const inside = match[1]!.trim();
  const rest = match[2]!.trim();
  const direction = /^方向性([1-5])$/u.exec(inside);
  if (direction) {
    // rest is trimmed and \s* takes the space before ～, so the title needs no trimming of its own.
    const tagged = /^(.*?)\s*～(.+)～$/u.exec(rest);
    const title = tagged ? tagged[1]! : rest;
    if (!title) return { ok: false, message: `heading 【${inside}】 has no title` };
    return {
      ok: true,
      key: direction[1]!,
      number: Number(direction[1]),
      label: inside,
      title,
      tagline: tagged ? tagged[2]!.trim() : null,
    };
  }
  if (/パートナーシップ$/u.test(inside) && rest === "") {
    return { ok: true, key: "partnership", number: null, label: "パートナーシップ", title: inside, tagline: null };
  }
  return { ok: false, message: `unknown section heading 【${inside}】` };
}

/** The goal cell: `1. title`, or empty when the row continues the goal above. */
export function parseGoalCell(cell: string): CellResult<{ goal: { number: number; title: string } | null }> {
  const text = unwrapParagraph(cell);
  if (text === "") return { ok: true, goal: null };
  const match = /^(\d+)\.\s*(.+)$/u.exec(text);
  if (!match) return { ok: false, message: `goal cell must start with its number, e.g. "1. …"; found "${text}"` };
  // text is trimmed and \s* takes the space after the dot.
  return { ok: true, goal: { number: Number(match[1]), title: match[2]! } };
}

const CIRCLED = [..."①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"];

/** ① → 1 … ⑳ → 20; 0 for anything else (a string search would find "" at the start, as ①). */
export function circledToNumber(char: string): number {
  return CIRCLED.indexOf(char) + 1;
}

/** 1 → ① … 20 → ⑳. */
export function numberToCircled(n: number): string {
  const char = CIRCLED[n - 1];
  if (!char) throw new RangeError(`no circled number for ${n}`);
  return char;
}

/** The action cell: `①title`, sometimes `① title`. */
export function parseActionCell(cell: string): CellResult<{ action: { number: number; title: string } }> {
  const text = unwrapParagraph(cell);
  const number = circledToNumber(text.charAt(0));
  if (number === 0) {
    return { ok: false, message: `action cell must start with its circled number (①, ②, …); found "${text}"` };
  }
  const title = text.slice(1).trim();
  if (!title) return { ok: false, message: `action ${text} has no title` };
  return { ok: true, action: { number, title } };
}

export type RawInitiative = { text: string; featured: boolean; repeated: boolean };

const REPEAT_MARK = "（再掲）";

/**
 * The initiatives cell: an `<ul …>` opening tag, then items that each start
 * with ● (a main example) or ・. `・` also appears inside item text
 * (自転車・高齢者カート), so a marker counts only at the start of the cell or
 * after white space. Items may themselves contain spaces.
 */
export function parseInitiativesCell(cell: string): CellResult<{ items: RawInitiative[] }> {
  const body = cell
    .replace(/^\s*<ul\b[^>]*>/u, "")
    .replace(/<\/ul>\s*$/u, "")
    .trim();
  const markers = [...body.matchAll(/(?<=^|\s)[●・]/gu)];
  if (markers.length === 0) {
    return { ok: false, message: `initiatives cell has no items marked ● or ・; found "${body}"` };
  }
  const before = body.slice(0, markers[0]!.index).trim();
  if (before !== "") return { ok: false, message: `text before the first ● or ・ marker: "${before}"` };
  const items: RawInitiative[] = [];
  markers.forEach((marker, index) => {
    const start = marker.index + marker[0].length;
    const end = index + 1 < markers.length ? markers[index + 1]!.index : body.length;
    const raw = body.slice(start, end).trim();
    const repeated = raw.endsWith(REPEAT_MARK);
    items.push({
      text: repeated ? raw.slice(0, -REPEAT_MARK.length).trim() : raw,
      featured: marker[0] === "●",
      repeated,
    });
  });
  const empty = items.findIndex((item) => item.text === "");
  if (empty !== -1) return { ok: false, message: `item ${empty + 1} of the initiatives cell is empty` };
  return { ok: true, items };
}
