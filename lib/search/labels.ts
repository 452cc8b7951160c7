import type { SearchKind } from "./index-schema";

export const KIND_LABEL: Record<SearchKind, string> = {
  section: "方向性",
  goal: "具体目標",
  action: "行動",
  initiative: "取組例",
};

/** Words people look for, offered when a search finds nothing. */
export const SUGGESTIONS = ["バス", "ごみ", "子育て", "防災", "テレワーク", "食品ロス", "公民館", "文化"];
