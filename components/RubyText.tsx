import type { RubyText as Runs } from "@/lib/mylist/schema";

/**
 * A plan text with furigana from /my/items.json, the same markup as <JaText/> on content pages: readings
 * show only when the reader turns ふりがな on, and screen readers read each word once.
 */
export function RubyText({ text }: { text: Runs }) {
  return (
    <>
      {text.map((run, i) =>
        typeof run === "string" ? (
          run
        ) : (
          <ruby key={i}>
            {run[0]}
            <rp aria-hidden="true">（</rp>
            <rt aria-hidden="true">{run[1]}</rt>
            <rp aria-hidden="true">）</rp>
          </ruby>
        ),
      )}
    </>
  );
}
