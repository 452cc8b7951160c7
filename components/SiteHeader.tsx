import { homePath } from "@/lib/urls";
import { SearchBox } from "./SearchBox";
import { TextSize } from "./TextSize";
import { MyListLink } from "./MyListLink";

/** Site name and the search box; the box is a plain GET form that works without JavaScript. */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface" data-chrome>
      <div className="max-w-5xl mx-auto px-4 sm:px-6 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <a href={homePath()} className="no-underline text-fg font-bold leading-tight">
          <span className="block text-xs font-normal text-muted tracking-wider">IMAGINE KANAZAWA 2030</span>
          <span className="block text-lg">金沢SDGs行動計画</span>
        </a>
        {/* On a phone: name and text size on one line, the search box full width below. */}
        <div className="ml-auto sm:order-last">
          <TextSize />
        </div>
        <MyListLink />
        <div className="basis-full min-w-0 sm:basis-auto sm:flex-1 sm:min-w-[16rem] flex">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
