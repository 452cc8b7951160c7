/**
 * The lesson deck (授業で見せる): the list in class view, one item per screen, in the list's order.
 * Presentation clickers send PageDown/PageUp (some →/← or Space); PageDown and Space first show the rest of
 * a screen taller than the window, as class view does; ← → always move on; ↑ ↓ scroll as anywhere.
 */
export type DeckCommand = "next" | "prev" | "more" | "back" | "first" | "last" | "leave";

export function deckCommand(key: string): DeckCommand | null {
  switch (key) {
    case "ArrowRight":
      return "next";
    case "ArrowLeft":
      return "prev";
    case "PageDown":
    case " ":
      return "more";
    case "PageUp":
      return "back";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "leave";
    default:
      return null;
  }
}

/** The screen a move leads to; the deck stops at its ends. */
export function moveTo(index: number, count: number, command: "next" | "prev" | "first" | "last"): number {
  const target = command === "next" ? index + 1 : command === "prev" ? index - 1 : command === "first" ? 0 : count - 1;
  return Math.min(Math.max(target, 0), Math.max(count - 1, 0));
}

/** 「3 / 7」 */
export const positionLabel = (index: number, count: number) => `${index + 1} / ${count}`;
