import type { InitiativeRef, SectionId } from "@/lib/content/schema";

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
/** The part of /data/ that states the source and its terms of use. */
export const sourceTermsPath = () => `${dataPath()}#terms`;
/** The open-data files, under /data/. */
export const dataFilePath = (name: "plan.json" | "plan.schema.json" | "initiatives.csv") => `${dataPath()}${name}`;
export const sectionPath = (section: SectionId) => `/directions/${section}/`;
export const goalPath = (section: SectionId, goal: number) => `${sectionPath(section)}goals/${goal}/`;
export const actionPath = (section: SectionId, goal: number, action: number) =>
  `${goalPath(section, goal)}actions/${action}/`;

/** The `id` of an initiative's element on its action page. */
export const initiativeAnchor = (position: number) => `i-${position}`;

/** The `id` of an action's list of initiatives (one per action on any page). */
export const initiativeListId = (section: SectionId, goal: number, action: number) => `initiatives-${section}-${goal}-${action}`;

/** The canonical link to one initiative: its action page plus `#i-{n}`. */
export const initiativePath = (ref: InitiativeRef) =>
  `${actionPath(ref.section, ref.goal, ref.action)}#${initiativeAnchor(ref.initiative)}`;

/** An absolute URL for a site path, for canonical links, sharing and QR codes. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
