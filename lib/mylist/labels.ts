import type { SkipReason } from "./codec";

/** Why a code of a shared link was skipped, as /my/ says it. */
export const SKIP_REASONS: Record<SkipReason, string> = {
  malformed: "コードの形ではありません（例：1-2-3-4、3-1-2、P-1-1-1）",
  "not-an-item": "具体目標や方向性のコードです。行動か取組例のコードだけを読み込みます",
  unknown: "計画にないコードです",
  duplicate: "同じコードがすでにあります",
  "too-many": "コードが多すぎるため、読み込みませんでした",
};
