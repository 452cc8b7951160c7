/** The date a handout is printed, as a Japanese reader writes it: 2026年4月1日. */
export const printDate = (now: Date): string =>
  new Intl.DateTimeFormat("ja-JP", { year: "numeric", month: "long", day: "numeric" }).format(now);

/**
 * Writes today's date into each print header. The build cannot: a page built today may be
 * printed next year, and the build must not depend on the day it runs. Without JavaScript
 * the blank 「　　年　　月　　日」 stays, to be filled in by hand.
 */
export function stampPrintDate(now = new Date()): void {
  document.querySelectorAll("[data-print-date]").forEach((el) => {
    el.textContent = printDate(now);
  });
}
