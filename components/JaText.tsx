import { getReadings } from "@/lib/readings/table";
import { segmentsOf } from "@/lib/readings/table";

/**
 * Plan text with furigana: real <ruby> over each kanji word, hidden until the
 * reader turns ふりがな on. The <rt> is aria-hidden so a screen reader reads
 * each word once, as written, whether furigana are shown or not.
 */
export function JaText({ text }: { text: string }) {
  return (
    <>
      {segmentsOf(getReadings(), text).map((segment, i) =>
        segment.reading ? (
          <ruby key={i}>
            {segment.text}
            <rp aria-hidden="true">（</rp>
            <rt aria-hidden="true">{segment.reading}</rt>
            <rp aria-hidden="true">）</rp>
          </ruby>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
