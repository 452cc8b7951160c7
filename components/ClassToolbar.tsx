import type { ActionEntry } from "@/lib/content/plan";
import { actionCode } from "@/lib/content/codes";
import { actionPath } from "@/lib/urls";
import { PrefToggle } from "./PrefToggle";

const link = (entry: ActionEntry) => actionPath(entry.section.id, entry.goal.number, entry.action.number);

/**
 * The bar shown in class view (授業モード) instead of the site chrome: previous
 * and next action, where we are, furigana, fullscreen and the way out. The
 * keys (← → PageUp PageDown Space Esc) are handled by <Enhancements/>.
 */
export function ClassToolbar({ prev, next, position }: { prev?: ActionEntry; next?: ActionEntry; position?: string }) {
  const button = "rounded border-2 border-current px-3 py-1 bg-bg text-fg font-bold";
  return (
    <nav aria-label="授業モードの操作" className="class-only no-print class-toolbar">
      <div className="flex flex-wrap items-center gap-2">
        {prev ? (
          <a href={link(prev)} className={`${button} no-underline`} data-class-nav="prev" aria-label={`前の行動：${actionCode(prev.section.label, prev.goal.number, prev.action.number)}`}>
            ← 前
          </a>
        ) : (
          <span className={`${button} invisible`} aria-hidden="true">← 前</span>
        )}
        {next ? (
          <a href={link(next)} className={`${button} no-underline`} data-class-nav="next" aria-label={`次の行動：${actionCode(next.section.label, next.goal.number, next.action.number)}`}>
            次 →
          </a>
        ) : (
          <span className={`${button} invisible`} aria-hidden="true">次 →</span>
        )}
        {position && <span className="px-2">{position}</span>}
        <span className="flex-1" />
        <PrefToggle pref="furigana" className={`${button} aria-pressed:bg-fg aria-pressed:text-bg`}>
          ふりがな
        </PrefToggle>
        <button type="button" data-fullscreen className={`js-only ${button}`}>
          全画面
        </button>
        <button type="button" data-class-exit className={button}>
          授業モードを終わる（Esc）
        </button>
      </div>
      {/* The page's own notice is hidden with the rest of the page tools in class view. */}
      <p className="featured-only-notice mt-1" role="status">
        主な取組例（●）だけを表示しています。その他の取組例（・）は表示していません。
      </p>
      <p className="class-more" data-class-more hidden>
        ▼ 続きがあります（Space・PageDown・↓で続きを表示）
      </p>
    </nav>
  );
}
