/**
 * How a line of plan text is laid out: where a line may break (between phrases,
 * 文節) and how much room each furigana reading needs beside its word. Pure: the
 * segments come from the readings table (lib/readings/table.ts), the phrase
 * boundaries from BudouX (./budoux.ts); components/JaText.tsx renders the result.
 *
 * Furigana are drawn above their word without widening it (app/globals.css: the
 * <rt> is taken out of the line). A reading wider than its word may overhang the
 * kana beside it by at most one reading character (half an em) on each side
 * (JLReq 3.3, ruby overhang). What it cannot overhang becomes padding on the
 * <ruby>, so two readings never overlap and a reading never sits over a kanji
 * that is not its own. Where a line happens to start or end next to the word,
 * the reading may hang into the margin by that half em: the page padding has
 * room for it, and the gap the padding would leave mid-line is the worse flaw.
 */

/** A run of text; `reading` (hiragana) is present when the run is shown as <ruby>. */
export type Piece = {
  text: string;
  reading?: string;
  /** Room to add before / after a ruby word, in quarter em, when furigana are shown. */
  padStart?: number;
  padEnd?: number;
};

export type Phrase = Piece[];

/** The widest padding the stylesheet has a class for (quarter em); the plan never needs more (tests/unit/phrases.test.ts). */
export const MAX_PAD = 8;

/** Width of one character in em: 1 for full-width, at most 0.6 for Latin letters, digits, ASCII and half-width kana. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x2000 || (code >= 0xff61 && code <= 0xff9f) ? 0.6 : 1;
}

const widthOf = (text: string) => [...text].reduce((sum, char) => sum + charWidth(char), 0);

/** Kana and the Japanese punctuation a reading may overhang; never a kanji, which would seem to own the reading. */
const OVERHANGABLE = /^[\p{Script=Hiragana}\p{Script=Katakana}ー、。・「」『』（）]$/u;

/**
 * Cuts the segments of a text into phrases at the given boundaries (offsets into
 * the text) and works out the room each reading needs. A boundary inside a ruby
 * word is dropped: a word and its reading are never torn apart. Joining the
 * text of every piece of every phrase gives back the text.
 */
export function layoutPhrases(segments: readonly Piece[], boundaries: readonly number[]): Phrase[] {
  const cuts = new Set(boundaries);
  const phrases: Phrase[] = [[]];
  const startPhrase = () => {
    if (phrases.at(-1)!.length > 0) phrases.push([]);
  };
  let at = 0;
  for (const segment of segments) {
    if (segment.reading !== undefined) {
      if (cuts.has(at)) startPhrase();
      phrases.at(-1)!.push({ text: segment.text, reading: segment.reading });
    } else {
      let run = "";
      let offset = at;
      for (const char of segment.text) {
        if (cuts.has(offset)) {
          if (run) phrases.at(-1)!.push({ text: run });
          run = "";
          startPhrase();
        }
        run += char;
        offset += char.length;
      }
      if (run) phrases.at(-1)!.push({ text: run });
    }
    at += segment.text.length;
  }
  const laidOut = phrases.filter((phrase) => phrase.length > 0);
  const spaced = spaceReadings(laidOut.flat());
  let next = 0;
  return laidOut.map((phrase) => phrase.map(() => spaced[next++]!));
}

/** Overhang and padding for each reading of a text's pieces, in order. */
function spaceReadings(phrase: Piece[]): Piece[] {
  // What is left of each plain piece for readings to overhang, in em.
  const room = phrase.map((piece) => (piece.reading === undefined ? widthOf(piece.text) : 0));
  return phrase.map((piece, k) => {
    if (piece.reading === undefined) return piece;
    const need = Math.max(0, [...piece.reading].length / 2 - widthOf(piece.text)) / 2;
    if (need === 0) return piece;
    const before = phrase[k - 1];
    const after = phrase[k + 1];
    let left = 0;
    if (before && before.reading === undefined && OVERHANGABLE.test([...before.text].at(-1)!)) {
      left = Math.min(need, 0.5, room[k - 1]!);
      room[k - 1] = room[k - 1]! - left;
    }
    let right = 0;
    if (after && after.reading === undefined && OVERHANGABLE.test([...after.text][0]!)) {
      // Leave half of a short run for a reading on its other side.
      const share = phrase[k + 2]?.reading === undefined ? room[k + 1]! : room[k + 1]! / 2;
      right = Math.min(need, 0.5, share);
      room[k + 1] = room[k + 1]! - right;
    }
    const spaced: Piece = { ...piece };
    const padStart = Math.round((need - left) * 4);
    const padEnd = Math.round((need - right) * 4);
    if (padStart > 0) spaced.padStart = padStart;
    if (padEnd > 0) spaced.padEnd = padEnd;
    return spaced;
  });
}
