import { PrefToggle } from "./PrefToggle";

const toggle = "rounded border border-line px-3 py-1 text-sm bg-bg aria-pressed:bg-accent aria-pressed:text-accent-fg";

/**
 * Reader controls shown above lists of initiatives. They need JavaScript to
 * toggle and remember; without it the page simply shows everything.
 */
export function PageTools() {
  return (
    <div className="no-print js-only" data-chrome>
      <div className="flex flex-wrap items-center gap-2 my-4">
        <PrefToggle pref="classView" className={toggle}>
          授業モード（大きく表示）
        </PrefToggle>
        <PrefToggle pref="furigana" className={toggle}>
          ふりがな
        </PrefToggle>
        <PrefToggle pref="featuredOnly" className={toggle}>
          主な取組例（●）だけを表示
        </PrefToggle>
      </div>
      <p className="featured-only-notice rounded bg-accent-soft px-3 py-2 text-sm" role="status">
        いまは主な取組例（●）だけを表示しています。その他の取組例（・）も見るには、上のボタンをもう一度押してください。
      </p>
    </div>
  );
}
