import type { Slide } from "@/lib/content/sequence";
import { PrefToggle } from "./PrefToggle";

const button = "rounded border-2 border-current px-3 py-1 bg-bg text-fg font-bold";

function Step({ slide, rel }: { slide?: Slide; rel: "prev" | "next" }) {
  const text = rel === "prev" ? "← 前" : "次 →";
  if (!slide) {
    return (
      <span className={`${button} invisible`} aria-hidden="true">
        {text}
      </span>
    );
  }
  return (
    <a href={slide.path} className={`${button} no-underline`} data-class-nav={rel} aria-label={`${rel === "prev" ? "前" : "次"}：${slide.label}`}>
      {text}
    </a>
  );
}

/**
 * The bar shown in class view (授業モード) instead of the site chrome: the
 * previous and next screen, where we are, furigana, full screen and the way
 * out. It stays at the top of the screen while an action scrolls. The keys
 * (← → PageUp PageDown Space Esc) and the moves between screens, which keep
 * full screen on, are handled by <Enhancements/> (lib/client/class-view.ts).
 */
export function ClassToolbar({ prev, next, position }: { prev?: Slide; next?: Slide; position?: string }) {
  return (
    // tabIndex: entering class view puts focus here, so the next Tab reaches the first control.
    <nav aria-label="授業モードの操作" className="class-only no-print class-toolbar" tabIndex={-1} data-class-toolbar>
      <div className="flex flex-wrap items-center gap-2">
        <Step slide={prev} rel="prev" />
        <Step slide={next} rel="next" />
        {position && <span className="px-2">{position}</span>}
        <span className="flex-1" />
        <PrefToggle pref="furigana" className={`${button} aria-pressed:bg-fg aria-pressed:text-bg`}>
          ふりがな
        </PrefToggle>
        <button type="button" data-fullscreen aria-pressed="false" className={`js-only ${button} aria-pressed:bg-fg aria-pressed:text-bg`}>
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
