import type { SearchResponse } from "./engine";
import { QUERY_KINDS, type QueryCase, type QueryKind } from "./query-set";

/**
 * Scoring for `npm run bench:search`: how much of what an engine puts first is
 * what a reader of the plan expects (lib/search/query-set.ts). Pure, so that
 * our engine and the peer it is compared with are scored by the same code.
 */

/** The actions of the plan, in order, with their codes and goal codes; what URLs are mapped onto. */
export type ActionList = Array<{ code: string; goal: string }>;

/**
 * The actions a result URL stands for: an action page (or an item on it) is
 * its action; a goal page its goal's actions, unless an anchor names one of
 * them (`#a-2-3`); a direction page only the goal an anchor names (`#g-2`);
 * anything else none.
 */
export function actionsOfUrl(url: string, actions: ActionList): string[] {
  const { pathname, hash } = new URL(url, "https://x.invalid");
  const match = /^\/directions\/([^/]+)\/(?:goals\/(\d+)\/(?:actions\/(\d+)\/)?)?$/u.exec(pathname);
  if (!match) return [];
  const section = match[1] === "partnership" ? "P" : match[1];
  const [goal, action] = [match[2], match[3]];
  if (action !== undefined) return [`${section}-${goal}-${action}`];
  const anchor = /^#(?:a-(\d+)-(\d+)|g-(\d+))$/u.exec(hash);
  if (goal !== undefined) {
    if (anchor?.[1] !== undefined) return [`${section}-${anchor[1]}-${anchor[2]}`];
    return actions.filter((a) => a.goal === `${section}-${goal}`).map((a) => a.code);
  }
  if (anchor?.[3] !== undefined) return actions.filter((a) => a.goal === `${section}-${anchor[3]}`).map((a) => a.code);
  return [];
}

/** Distinct actions in the order the result URLs name them. */
export function rankedActions(urls: string[], actions: ActionList): string[] {
  return [...new Set(urls.flatMap((url) => actionsOfUrl(url, actions)))];
}

/** The URLs our engine answers a query with: the page it jumps to, or its results in order. */
export function urlsOf(response: SearchResponse): string[] {
  return response.jump ? [response.jump.url] : response.results.map((r) => r.doc.u);
}

/** Share of the first k actions that are expected, k = min(10, number expected). */
export function precisionAtK(ranked: string[], expect: readonly string[]): number {
  const k = Math.min(10, expect.length);
  const top = ranked.slice(0, k);
  return top.filter((code) => expect.includes(code)).length / k;
}

export type KindScores = Map<QueryKind, { n: number; score: number }>;

/** Mean precision per kind (in QUERY_KINDS order) and overall. */
export function scoreByKind(cases: readonly QueryCase[], scores: number[]): { byKind: KindScores; overall: number } {
  const byKind: KindScores = new Map(QUERY_KINDS.map((kind) => [kind, { n: 0, score: 0 }]));
  cases.forEach((c, i) => {
    const entry = byKind.get(c.kind)!;
    entry.n++;
    entry.score += scores[i]!;
  });
  for (const entry of byKind.values()) if (entry.n > 0) entry.score /= entry.n;
  return { byKind, overall: scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length) };
}
