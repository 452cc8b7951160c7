import type { SearchResult } from "@/lib/search/engine";
import { contextLabel, KIND_LABEL, missingLabel, PARTIAL_LABEL } from "@/lib/search/labels";
import { Highlight } from "./Highlight";

/**
 * One search result as a link: what kind of item and where it sits, its text
 * with the match marked, and how it matched when that is not plain: a typo, a
 * word found in the action or goal above it, or only some of the words.
 */
export function SearchHit({ result, className, textClassName }: { result: SearchResult; className: string; textClassName: string }) {
  const notes = [
    ...(result.missing.length > 0 ? [`${PARTIAL_LABEL}（${missingLabel(result.missing)}）`] : []),
    ...result.context.map((c) => contextLabel(c.word, c.kind)),
  ];
  return (
    <a href={result.doc.u} className={`block no-underline ${className}`}>
      <span className="block text-xs text-muted">
        {KIND_LABEL[result.doc.k]}・{result.doc.w}
        {result.tier === 1 && "・似た表記"}
      </span>
      <span className={`block text-fg ${textClassName}`}>
        <Highlight text={result.doc.t} ranges={result.ranges} />
      </span>
      {notes.length > 0 && (
        <span className="block text-xs text-muted" data-match-note>
          {notes.join("・")}
        </span>
      )}
    </a>
  );
}
