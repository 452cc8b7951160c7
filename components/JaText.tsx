import { Fragment } from "react";
import { getReadings, segmentsOf } from "@/lib/readings/table";
import { phraseBoundaries } from "@/lib/phrases/budoux";
import { layoutPhrases, type Phrase, type Piece } from "@/lib/phrases/layout";

/**
 * Plan text laid out in phrases (文節), with furigana: a <wbr> between phrases
 * (the block around it sets `.phrased`, so lines break only there), and real
 * <ruby> over each kanji word, hidden until the reader turns ふりがな on. The
 * <rt> is aria-hidden so a screen reader reads each word once, as written.
 * Neither <wbr> nor the spacing classes add a character: screen readers, search,
 * copy and the open data all see the city's text.
 */
export function JaText({ text }: { text: string }) {
  return <Phrases phrases={layoutPhrases(segmentsOf(getReadings(), text), phraseBoundaries(text))} />;
}

/** Japanese text without furigana (titles in links and labels), with the same phrase breaks. */
export function Phrased({ text }: { text: string }) {
  return <Phrases phrases={layoutPhrases([{ text }], phraseBoundaries(text))} />;
}

function Phrases({ phrases }: { phrases: Phrase[] }) {
  return phrases.map((phrase, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {phrase.map((piece, j) => (piece.reading === undefined ? <Fragment key={j}>{piece.text}</Fragment> : <Ruby key={j} piece={piece} />))}
    </Fragment>
  ));
}

function Ruby({ piece }: { piece: Piece }) {
  const room = [piece.padStart && `rs-${piece.padStart}`, piece.padEnd && `re-${piece.padEnd}`].filter(Boolean).join(" ");
  return (
    <ruby className={room || undefined}>
      {piece.text}
      <rp aria-hidden="true">（</rp>
      <rt aria-hidden="true">{piece.reading}</rt>
      <rp aria-hidden="true">）</rp>
    </ruby>
  );
}
