/**
 * The one text normalisation used by search: the index builder (Node, build
 * time) and the browser both import this module, so a query and the indexed
 * text can only ever be normalised the same way. No dependencies, no Node APIs.
 *
 * The page itself always shows the city's wording verbatim; nothing here is
 * used for display.
 */

/**
 * NFKC (full/half-width letters, digits and katakana; ① → 1), lower case, and
 * every whitespace character removed.
 *
 * Dropping *all* whitespace, not only the spaces inside letter-spaced words
 * such as `T A B E T E` or `L G B T`, is deliberate: the source spaces Latin
 * letters and Japanese text inconsistently, and a term can only ever match a
 * contiguous stretch of the indexed text. Queries are split into terms by
 * {@link splitQuery} *before* this runs, so `OUT IN JAPAN` still works as three
 * terms, each found inside the indexed `outinjapan`.
 */
export function normalize(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/**
 * Katakana → hiragana (ァ..ヶ → ぁ..ゖ), so ゴミ ≡ ごみ and バス ≡ ばす. The
 * prolonged sound mark ー has no hiragana twin and stays.
 */
export function foldKana(s: string): string {
  return s.replace(/[\u30A1-\u30F6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * {@link normalize} plus kana folding. Search matches on both forms so that a
 * hit in the query's own script can rank above a hit found only after folding.
 */
export function fold(s: string): string {
  return foldKana(normalize(s));
}

// Two or more single Latin letters/digits separated by whitespace: a
// letter-spaced word as the source writes `T A B E T E`, `L G B T`,
// `I Tビジネス`. Only ASCII neighbours count (NFKC has already run), so the last
// letter may touch Japanese (`Tビジネス`) while `a pen` stays two words.
const LETTER_SPACED = /(?<![a-z0-9])[a-z0-9](?:\s+[a-z0-9](?![a-z0-9]))+/giu;

/**
 * Split a query into normalised terms on half- and full-width spaces.
 * Letter-spaced Latin words are joined first, so a query pasted from the page
 * such as `L G B T` is one term `lgbt`, not four single letters that would
 * match almost anything; ordinary words (`OUT IN JAPAN`) stay separate terms.
 * Each term is already {@link normalize}d; apply {@link foldKana} for the folded form.
 */
export function splitQuery(q: string): string[] {
  return q
    .normalize("NFKC")
    .replace(LETTER_SPACED, (run) => run.replace(/\s+/gu, ""))
    .split(/\s+/u)
    .map(normalize)
    .filter((term) => term !== "");
}

/** The numbering of one action: 方向性 (or the partnership section), 具体目標, 行動. */
export type ActionCode = {
  direction: "1" | "2" | "3" | "4" | "5" | "partnership";
  goal: number;
  action: number;
};

/**
 * A code as city staff copy it from the CSV or a printout: `1-2` (goal),
 * `1-2-3` (action), `1-2-3-4` (initiative), `P-…` for the partnership section.
 * `section` is the first part as typed (a digit, or `P`), so that a code of a
 * section the plan does not have (`9-1-1`) can still be answered.
 */
export type PlanCode = {
  section: string;
  goal: number;
  action?: number;
  initiative?: number;
};

// Hyphen look-alikes people type for the separator: ASCII, Unicode hyphens and
// dashes, minus sign, and the prolonged sound mark an IME produces for "-".
// Full-width － and half-width ｰ are already ASCII / ー after NFKC.
const DASHES = /[‐‑‒–—―−ー]/gu;
const CODE = /^(p|[1-9])-(\d{1,2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/u;

/**
 * Recognise a query that is a code: `1-2`, `1-2-3`, `1-2-③`, `２-１-３`,
 * `1－2－3`, `1–2–3`, `P-1-2` / `p-1-2-1`. Circled numbers ①..⑳ become 1..20
 * through NFKC. Returns null for anything else; it does not check that the
 * plan has what the code names.
 */
export function parseCode(q: string): PlanCode | null {
  const match = CODE.exec(q.normalize("NFKC").trim().toLowerCase().replace(DASHES, "-"));
  if (!match) return null;
  const [, head, ...rest] = match;
  const numbers = rest.flatMap((part) => (part === undefined ? [] : [Number(part)]));
  if (numbers.some((n) => n < 1)) return null;
  const [goal, action, initiative] = numbers;
  if (goal === undefined) return null;
  return {
    section: head === "p" ? "P" : (head ?? ""),
    goal,
    ...(action === undefined ? {} : { action }),
    ...(initiative === undefined ? {} : { initiative }),
  };
}

/** `1-2-3-4` as the open data writes codes: the parts of a parsed code joined with "-". */
export function formatCode(code: PlanCode): string {
  return [code.section, code.goal, code.action, code.initiative].filter((part) => part !== undefined).join("-");
}

/**
 * Recognise a query that is exactly an action code (`1-2-3`, `P-1-2`) of one
 * of the plan's six sections. Returns null for anything else, including goal
 * and initiative codes; it does not check that the action exists in the plan.
 */
export function parseActionCode(q: string): ActionCode | null {
  const code = parseCode(q);
  if (!code || code.action === undefined || code.initiative !== undefined) return null;
  const direction = code.section === "P" ? "partnership" : code.section;
  if (!isDirection(direction)) return null;
  return { direction, goal: code.goal, action: code.action };
}

function isDirection(value: string): value is ActionCode["direction"] {
  return ["1", "2", "3", "4", "5", "partnership"].includes(value);
}
