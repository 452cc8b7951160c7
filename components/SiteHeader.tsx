import { homePath } from "@/lib/urls";
import { SearchBox } from "./SearchBox";
import { TextSize } from "./TextSize";
import { MyListLink } from "./MyListLink";

/**
 * Site name, text size and the search box (a plain GET form that works without JavaScript),
 * in the same order for the eye and for Tab. The header keeps its size when the reader
 * enlarges the text (globals.css, .site-header): it stays compact on a phone, and the text
 * size buttons stay where the pointer is.
 */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface site-header" data-chrome>
      <div className="max-w-5xl mx-auto px-4 sm:px-6 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <a href={homePath()} className="no-underline text-fg font-bold leading-tight">
          <span className="block text-xs font-normal text-muted tracking-wider">IMAGINE KANAZAWA 2030</span>
          <span className="block text-lg">金沢SDGs行動計画</span>
        </a>
        {/* On a phone: name and text size on one line; the search box below, with マイリスト at its end
            (the box's basis leaves just the room for it, so neither gets a row of its own). */}
        <div className="ml-auto sm:ml-0">
          <TextSize />
        </div>
        <div className="grow basis-[calc(100%-5rem)] min-w-0 sm:grow-0 sm:basis-auto sm:flex-1 sm:min-w-64 flex">
          <SearchBox />
        </div>
        <MyListLink />
      </div>
    </header>
  );
}
