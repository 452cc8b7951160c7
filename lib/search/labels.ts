import type { SearchKind } from "./index-schema";

export const KIND_LABEL: Record<SearchKind, string> = {
  section: "方向性",
  goal: "具体目標",
  action: "行動",
  initiative: "取組例",
};

/** Words people look for, offered when a search finds nothing. */
export const SUGGESTIONS = ["バス", "ごみ", "子育て", "防災", "テレワーク", "食品ロス", "公民館", "文化"];

/** Said of a result found with some of the words only. */
export const PARTIAL_LABEL = "一部の言葉に一致";

/** Said of a result whose word stands in the action or goal above it: 「二酸化炭素」は具体目標に一致. */
export function contextLabel(word: string, kind: SearchKind): string {
  return `「${word}」は${kind === "goal" ? "具体目標" : "行動"}に一致`;
}

/** Said of a partial result: the words it does not have. */
export function missingLabel(words: readonly string[]): string {
  return `${words.map((w) => `「${w}」`).join("")}を含みません`;
}
