import { myListPath } from "@/lib/urls";

/**
 * The header's way to マイリスト, with how many items it holds (kept current by lib/client/mylist.ts).
 * On a phone only ★ and the count show, at the end of the search box's row, so the header keeps its rows;
 * the name is still read out.
 */
export function MyListLink() {
  return (
    <a
      href={myListPath()}
      className="no-print inline-flex items-center gap-0.5 sm:gap-1 min-h-9 min-w-9 rounded border border-line bg-bg px-1.5 text-sm leading-none no-underline text-fg"
    >
      <span aria-hidden="true" className="text-gold">★</span>
      <span className="sr-only sm:not-sr-only">マイリスト</span>
      <span className="js-only rounded-full bg-accent px-1 py-0.5 text-xs font-bold text-accent-fg">
        <span data-mylist-count>0</span>
        <span className="sr-only">件</span>
      </span>
    </a>
  );
}
