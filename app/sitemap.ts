import type { MetadataRoute } from "next";
import { getPlan } from "@/lib/content/plan";
import {
  absoluteUrl,
  accessibilityPath,
  actionPath,
  actionsPath,
  dataPath,
  goalPath,
  homePath,
  myListPath,
  overviewPath,
  searchPath,
  sectionPath,
} from "@/lib/urls";

export const dynamic = "force-static";

/** Every page of the site, with absolute URLs. No dates: the build stays byte-identical. */
export default function sitemap(): MetadataRoute.Sitemap {
  const model = getPlan();
  const paths = [
    homePath(),
    overviewPath(),
    actionsPath(),
    searchPath(),
    myListPath(),
    dataPath(),
    accessibilityPath(),
    ...model.plan.sections.flatMap((section) => [
      sectionPath(section.id),
      ...section.goals.map((goal) => goalPath(section.id, goal.number)),
    ]),
    ...model.actions.map(({ section, goal, action }) => actionPath(section.id, goal.number, action.number)),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
