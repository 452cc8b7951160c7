import type { Action, SectionId } from "@/lib/content/schema";
import { initiativeListId } from "@/lib/urls";

/**
 * Under an action with no main example (●): while "main examples only" hides
 * all its items, this says so instead of leaving an empty list, with a button
 * that shows this action's items. Hidden otherwise (globals.css). Actions with
 * a ● item render nothing.
 */
export function NoFeaturedNotice({ section, goal, action }: { section: SectionId; goal: number; action: Action }) {
  if (action.initiatives.some((item) => item.featured)) return null;
  const list = initiativeListId(section, goal, action.number);
  return (
    <p className="featured-empty" data-featured-empty>
      この行動には主な取組例（●）はありません。
      <button type="button" data-show-all-for={list} aria-controls={list} className="js-only featured-empty__button">
        すべての取組例を表示（{action.initiatives.length}件）
      </button>
    </p>
  );
}
