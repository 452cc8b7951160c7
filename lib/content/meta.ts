import type { ActionEntry } from "./plan";
import type { Goal, Section } from "./schema";
import { actionCode } from "./codes";

/** Titles and descriptions for each kind of page, in one place. */

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function sectionMeta(section: Section) {
  const goals = section.goals.map((g) => g.title).join("／");
  return {
    title: `${section.label} ${section.title}`,
    description: clip(
      `金沢SDGs行動計画 ${section.label}「${section.title}」${section.tagline ? `～${section.tagline}～` : ""}の具体目標：${goals}`,
    ),
  };
}

export function goalMeta(section: Section, goal: Goal) {
  return {
    title: `具体目標${goal.number} ${goal.title}｜${section.label}`,
    description: clip(
      `金沢SDGs行動計画 ${section.label} 具体目標${goal.number}「${goal.title}」の行動：${goal.actions.map((a) => a.title).join("／")}`,
    ),
  };
}

export function actionMeta(entry: ActionEntry) {
  const { section, goal, action } = entry;
  const code = actionCode(section.label, goal.number, action.number);
  const main = action.initiatives.filter((i) => i.featured).map((i) => i.text);
  const examples = (main.length > 0 ? main : action.initiatives.map((i) => i.text)).join("／");
  return {
    title: `${action.title}（${code}）`,
    description: clip(`金沢SDGs行動計画 ${code}「${action.title}」の取組例：${examples}`),
  };
}
