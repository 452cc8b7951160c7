import type { InitiativeRef, SectionId } from "@/lib/content/schema";
import type { ListFilter } from "@/lib/overview/filter";

/**
 * Every URL of the site is built here. These paths are promises to city staff
 * who paste them into documents: change them only with redirects in place.
 */

export const SITE_NAME = "IMAGINE KANAZAWA 2030 金沢SDGs行動計画";

/** The public origin of the site, e.g. https://sdgs.example.jp (no path: the site is served from /). Set SITE_URL at build time. */
export const DEFAULT_SITE_URL = "https://imagine-kanazawa-2030.example.jp";
export const SITE_URL = ((typeof process === "undefined" ? undefined : process.env.SITE_URL) || DEFAULT_SITE_URL).replace(
  /\/+$/u,
  "",
);

export const homePath = () => "/";
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : "/search/");
export const dataPath = () => "/data/";
/** The search index, written at build time (app/search-index.json/route.ts) and fetched by lib/search/client.ts. */
export const searchIndexPath = () => "/search-index.json";
export const accessibilityPath = () => "/accessibility/";
/** The part of /data/ that states the source and its terms of use. */
export const sourceTermsPath = () => `${dataPath()}#terms`;
/** The open-data files, under /data/. */
export const dataFilePath = (name: "plan.json" | "plan.schema.json" | "initiatives.csv") => `${dataPath()}${name}`;
export const sectionPath = (section: SectionId) => `/directions/${section}/`;
export const goalPath = (section: SectionId, goal: number) => `${sectionPath(section)}goals/${goal}/`;
export const actionPath = (section: SectionId, goal: number, action: number) =>
  `${goalPath(section, goal)}actions/${action}/`;

/** The picture of the whole plan (計画の全体図). */
export const overviewPath = () => "/overview/";

/** The list of all actions (行動の一覧), optionally filtered: `/actions/?section=3&featured=1&q=…`. */
export const actionsPath = (filter: Partial<ListFilter> = {}) => {
  // A fixed order, and nothing for what is not filtered: one filter, one URL.
  const params = new URLSearchParams();
  if (filter.section) {
    params.set("section", filter.section);
    if (filter.goal) params.set("goal", String(filter.goal));
  }
  if (filter.featured) params.set("featured", "1");
  if (filter.q && filter.q.trim() !== "") params.set("q", filter.q);
  const query = params.toString();
  return query ? `/actions/?${query}` : "/actions/";
};

/** An action as a card other sites can put in an <iframe>: no site chrome, reports its height. */
export const embedActionPath = (section: SectionId, goal: number, action: number) => `/embed${actionPath(section, goal, action)}`;

/** The embeddable cards' own stylesheet. */
export const embedStylesPath = () => "/embed/card.css";

/** The `id` of an initiative's element on its action page. */
export const initiativeAnchor = (position: number) => `i-${position}`;

/** The `id` of an action's list of initiatives (one per action on any page). */
export const initiativeListId = (section: SectionId, goal: number, action: number) => `initiatives-${section}-${goal}-${action}`;

/** The canonical link to one initiative: its action page plus `#i-{n}`. */
export const initiativePath = (ref: InitiativeRef) =>
  `${actionPath(ref.section, ref.goal, ref.action)}#${initiativeAnchor(ref.initiative)}`;

/**
 * The reader's own list (マイリスト), or a shared list: `/my/?items=1-2-3-4,3-1-2,P-1-1-1`, codes as the
 * open data writes them (lib/mylist/codec.ts), commas unescaped so the link reads as the codes it holds.
 * `present` opens it straight into the lesson deck.
 */
export const myListPath = (codes?: readonly string[], options: { present?: boolean } = {}) => {
  const query = [
    ...(codes && codes.length > 0 ? [`items=${codes.map(encodeURIComponent).join(",")}`] : []),
    ...(options.present ? ["present=1"] : []),
  ];
  return query.length > 0 ? `/my/?${query.join("&")}` : "/my/";
};

/** What /my/ loads to show, present and print a list: the plan's actions and initiatives with readings. */
export const myListDataPath = () => "/my/items.json";

/**
 * The numbering of an action or initiative page path (`/directions/1/goals/2/actions/3/#i-4`), the inverse
 * of {@link actionPath} and {@link initiativePath}; null for any other path.
 */
export function itemOfPath(path: string): { section: string; goal: number; action: number; initiative?: number } | null {
  const match = /^\/directions\/([^/]+)\/goals\/(\d+)\/actions\/(\d+)\/(?:#i-(\d+))?$/u.exec(path);
  if (!match) return null;
  const [, section = "", goal, action, initiative] = match;
  return { section, goal: Number(goal), action: Number(action), ...(initiative ? { initiative: Number(initiative) } : {}) };
}

/** An absolute URL for a site path, for canonical links, sharing and QR codes. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
