/**
 * Byte budgets per page (tests/e2e/budgets.json): the gzipped HTML, CSS and JS a first
 * visit may load. Set from a measurement with a margin, and for content pages never looser
 * than the framework's own floor (an empty Next.js page, lib/budget/baseline.ts) plus a
 * fixed allowance for our client code.
 */
import { z } from "zod";
import { RESOURCE_KINDS, type PageWeight, type ResourceKind } from "./page-weight";

/** Headroom over the measured size, so that small content edits do not fail the build. */
export const BUDGET_MARGIN = 0.1;
/** What our own client code may add to an empty Next.js page, for content pages. */
export const JS_OVER_BASELINE = 10 * 1024;
/** Budgets are rounded up to this many bytes, to keep the file readable. */
const ROUND_TO = 256;

const bytes = z.number().int().positive();
const PageBudgetSchema = z.object({ html: bytes, css: bytes, js: bytes }).strict();
export type PageBudget = z.infer<typeof PageBudgetSchema>;

export const BudgetsSchema = z
  .object({
    $comment: z.string(),
    /** gzipped JS bytes of an empty page of the same Next.js version, and that version. */
    baseline: z.object({ next: z.string(), js: bytes }).strict(),
    /** Pages whose JS is also capped at baseline.js + JS_OVER_BASELINE. The search page runs the search engine and is not one. */
    contentPages: z.array(z.string()),
    pages: z.record(z.string(), PageBudgetSchema),
  })
  .strict();
export type Budgets = z.infer<typeof BudgetsSchema>;

const roundUp = (value: number) => Math.ceil(value / ROUND_TO) * ROUND_TO;

/** Budgets from measured pages: measured + BUDGET_MARGIN, and for content pages JS at most baseline + JS_OVER_BASELINE. */
export function budgetsFrom(
  weights: readonly PageWeight[],
  baseline: Budgets["baseline"],
  contentPages: readonly string[],
  comment: string,
): Budgets {
  const pages: Record<string, PageBudget> = {};
  for (const weight of weights) {
    const budget = Object.fromEntries(
      RESOURCE_KINDS.map((kind) => [kind, roundUp(Math.max(weight.totals[kind].gzip, 1) * (1 + BUDGET_MARGIN))]),
    ) as PageBudget;
    if (contentPages.includes(weight.page)) budget.js = Math.min(budget.js, baseline.js + JS_OVER_BASELINE);
    pages[weight.page] = budget;
  }
  return { $comment: comment, baseline, contentPages: [...contentPages], pages };
}

export type BudgetOverrun = { page: string; kind: ResourceKind; gzip: number; budget: number };

/** Every kind of every page that loads more than its budget; pages without a budget are an error. */
export function overruns(weights: readonly PageWeight[], budgets: Budgets): BudgetOverrun[] {
  return weights.flatMap((weight) => {
    const budget = budgets.pages[weight.page];
    if (!budget) throw new Error(`no budget for ${weight.page} in budgets.json`);
    return RESOURCE_KINDS.filter((kind) => weight.totals[kind].gzip > budget[kind]).map((kind) => ({
      page: weight.page,
      kind,
      gzip: weight.totals[kind].gzip,
      budget: budget[kind],
    }));
  });
}
