/**
 * Reader controls shown above lists of initiatives. They need JavaScript to
 * toggle and remember; without it the page simply shows everything.
 */
export function PageTools() {
  return (
    <div className="no-print js-only" data-chrome>
      <div className="flex flex-wrap items-center gap-2 my-4">
        <button
          type="button"
          data-pref-toggle="classView"
          aria-pressed="false"
          className="rounded border border-line px-3 py-1 text-sm bg-bg aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          授業モード（大きく表示）
        </button>
        <button
          type="button"
          data-pref-toggle="furigana"
          aria-pressed="false"
          className="rounded border border-line px-3 py-1 text-sm bg-bg aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          ふりがな
        </button>
        <button
          type="button"
          data-pref-toggle="featuredOnly"
          aria-pressed="false"
          className="rounded border border-line px-3 py-1 text-sm bg-bg aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          主な取組例（●）だけを表示
        </button>
      </div>
      <p className="featured-only-notice rounded bg-accent-soft px-3 py-2 text-sm" role="status">
        いまは主な取組例（●）だけを表示しています。その他の取組例（・）も見るには、上のボタンをもう一度押してください。
      </p>
    </div>
  );
}
