import { homePath, searchPath } from "@/lib/urls";

/** Site name and the search box; the box is a plain GET form that works without JavaScript. */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface" data-chrome>
      <div className="max-w-5xl mx-auto px-4 sm:px-6 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <a href={homePath()} className="no-underline text-fg font-bold leading-tight">
          <span className="block text-xs font-normal text-muted tracking-wider">IMAGINE KANAZAWA 2030</span>
          <span className="block text-lg">金沢SDGs行動計画</span>
        </a>
        <form role="search" action={searchPath()} method="get" className="flex-1 min-w-[14rem] flex gap-2" id="site-search-form">
          <label htmlFor="site-search" className="sr-only">
            計画の中を検索
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="キーワード・行動コード（例：バス、1-2-3）"
            autoComplete="off"
            enterKeyHint="search"
            className="flex-1 min-w-0 rounded border border-line bg-bg px-3 py-2 text-base text-fg placeholder:text-muted"
          />
          <button type="submit" className="rounded bg-accent text-accent-fg px-4 py-2 font-bold">
            検索
          </button>
        </form>
      </div>
    </header>
  );
}
