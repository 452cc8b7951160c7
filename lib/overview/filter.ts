import { fold, foldKana, parseActionCode, splitQuery } from "@/lib/search/normalize";

/**
 * The filters of the list of all actions (/actions/): which section and goal, only actions
 * with main examples (●), and words. The state lives in the URL
 * (`/actions/?section=3&goal=1&featured=1&q=…`, built by actionsPath in lib/urls.ts) so that a filtered
 * list can be shared and Back restores it. Runs in the browser: no zod, no Node APIs.
 */

export type ListFilter = {
  /** A section id (`3`, `partnership`), or null for all. */
  section: string | null;
  /** A goal number within the section, or null for all; never set without a section. */
  goal: number | null;
  /** Only actions with at least one main example (●). */
  featured: boolean;
  /** The words, as typed. */
  q: string;
};

export const NO_FILTER: ListFilter = { section: null, goal: null, featured: false, q: "" };

/** The sections and their goal numbers that a filter may name. */
export type FilterChoices = readonly { id: string; goals: readonly number[] }[];

/** A filter from a URL's query; anything the plan does not have is ignored rather than matching nothing. */
export function parseFilter(search: string | URLSearchParams, choices: FilterChoices): ListFilter {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const section = choices.find((s) => s.id === params.get("section"));
  const goalText = params.get("goal") ?? "";
  const goal = section && /^\d+$/u.test(goalText) && section.goals.includes(Number(goalText)) ? Number(goalText) : null;
  return { section: section?.id ?? null, goal, featured: params.get("featured") === "1", q: params.get("q") ?? "" };
}

export const isFiltered = (filter: ListFilter) =>
  filter.section !== null || filter.featured || filter.q.trim() !== "";

/** What a row of the list is matched on. */
export type RowFacts = {
  section: string;
  goal: number;
  action: number;
  featured: number;
  /** The action's title, then its initiatives' texts, as shown. */
  title: string;
  initiatives: readonly string[];
};

/** A prepared text query: an action code (`3-1-2`, `P-1-2`, `３－１－②`…), or terms that must all occur. */
export type TextQuery = { code: { section: string; goal: number; action: number } | null; terms: string[] };

export function textQuery(q: string): TextQuery {
  const code = parseActionCode(q);
  return {
    code: code && { section: code.direction, goal: code.goal, action: code.action },
    // The same normalisation as search (lib/search/normalize.ts): width, case, spaces, and katakana ≡ hiragana.
    terms: code ? [] : splitQuery(q).map(foldKana),
  };
}

/** Row texts folded once, for matching many queries. */
export type FoldedRow = RowFacts & { foldedTitle: string; foldedInitiatives: string[] };

export const foldRow = (row: RowFacts): FoldedRow => ({
  ...row,
  foldedTitle: fold(row.title),
  foldedInitiatives: row.initiatives.map(fold),
});

/**
 * Whether a row passes the filter, and whether the words were found only among its
 * initiatives (then the list opens the row, so the reader sees why it is there).
 * Each term may be found in the title or in any one initiative.
 */
export function matchRow(row: FoldedRow, filter: ListFilter, query: TextQuery): { match: boolean; onlyInInitiatives: boolean } {
  const no = { match: false, onlyInInitiatives: false };
  if (filter.section !== null && row.section !== filter.section) return no;
  if (filter.goal !== null && row.goal !== filter.goal) return no;
  if (filter.featured && row.featured === 0) return no;
  if (query.code) {
    const { section, goal, action } = query.code;
    return { match: row.section === section && row.goal === goal && row.action === action, onlyInInitiatives: false };
  }
  let inTitle = true;
  for (const term of query.terms) {
    if (row.foldedTitle.includes(term)) continue;
    if (!row.foldedInitiatives.some((text) => text.includes(term))) return no;
    inTitle = false;
  }
  return { match: true, onlyInInitiatives: query.terms.length > 0 && !inTitle };
}
