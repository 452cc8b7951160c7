import type { ActionEntry } from "./plan";
import type { Goal, Section } from "./schema";
import { actionCode } from "./codes";
import type { Metadata } from "next";
import { absoluteUrl, actionPath, goalPath, sectionPath, SITE_NAME } from "@/lib/urls";

/**
 * The full metadata of a page: a specific title and description, the
 * canonical URL, and Open Graph / Twitter cards with absolute URLs so a link
 * pasted into mail, Teams or LINE previews well.
 */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      locale: "ja_JP",
      siteName: SITE_NAME,
      title: `${title}｜${SITE_NAME}`,
      description,
      url,
      images: [{ url: absoluteUrl("/og.png"), width: 1200, height: 630, alt: SITE_NAME }],
    },
    twitter: {
      card: "summary_large_image",
      title: `${title}｜${SITE_NAME}`,
      description,
      images: [absoluteUrl("/og.png")],
    },
  };
}

/** Titles, descriptions and sharing metadata for each kind of page, in one place. */

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function sectionMeta(section: Section) {
  const goals = section.goals.map((g) => g.title).join("／");
  return pageMetadata({
    path: sectionPath(section.id),
    title: `${section.label} ${section.title}`,
    description: clip(
      `金沢SDGs行動計画 ${section.label}「${section.title}」${section.tagline ? `～${section.tagline}～` : ""}の具体目標：${goals}`,
    ),
  });
}

export function goalMeta(section: Section, goal: Goal) {
  return pageMetadata({
    path: goalPath(section.id, goal.number),
    title: `具体目標${goal.number} ${goal.title}｜${section.label}`,
    description: clip(
      `金沢SDGs行動計画 ${section.label} 具体目標${goal.number}「${goal.title}」の行動：${goal.actions.map((a) => a.title).join("／")}`,
    ),
  });
}

export function actionMeta(entry: ActionEntry) {
  const { section, goal, action } = entry;
  const code = actionCode(section.label, goal.number, action.number);
  const main = action.initiatives.filter((i) => i.featured).map((i) => i.text);
  const examples = (main.length > 0 ? main : action.initiatives.map((i) => i.text)).join("／");
  return pageMetadata({
    path: actionPath(section.id, goal.number, action.number),
    title: `${action.title}（${code}）`,
    description: clip(`金沢SDGs行動計画 ${code}「${action.title}」の取組例：${examples}`),
  });
}
