import type { SearchResult } from "@/lib/search/engine";
import { KIND_LABEL } from "@/lib/search/labels";
import { Highlight } from "./Highlight";

/** One search result as a link: what kind of item and where it sits, then its text with the match marked. */
export function SearchHit({ result, className, textClassName }: { result: SearchResult; className: string; textClassName: string }) {
  return (
    <a href={result.doc.u} className={`block no-underline ${className}`}>
      <span className="block text-xs text-muted">
        {KIND_LABEL[result.doc.k]}・{result.doc.w}
        {result.tier === 1 && "・似た表記"}
      </span>
      <span className={`block text-fg ${textClassName}`}>
        <Highlight text={result.doc.t} ranges={result.ranges} />
      </span>
    </a>
  );
}
