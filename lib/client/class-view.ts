import { prefIsOn, writePref } from "@/lib/prefs";

/**
 * Class view (授業モード) in the browser: the keys a teacher or a presentation
 * clicker sends, paging through a screen that is taller than the projector,
 * and moving between screens without reloading the document, so that full
 * screen, furigana, text size and "main examples only" all stay as they are.
 *
 * It knows a screen only by its markup: `[data-class-page]` around the content,
 * `a[data-class-nav="prev"|"next"]` for the neighbours, `[data-class-toolbar]`
 * for the bar. Any page (or a list of chosen items) that renders those can be
 * presented. Moves go through a `Navigator` (Next's router in <Enhancements/>),
 * and the links stay plain links without JavaScript.
 */
export type Navigator = { push(href: string): void; prefetch(href: string): void };

/** Where the next screen opens: at its top, or (PageUp from the top of a screen) at its end. */
type Landing = "start" | "end";
let landing: Landing | null = null;

/** The button that turned class view on, to give focus back to when it ends. */
let opener: HTMLElement | null = null;

export const isClassView = () => prefIsOn("classView") && document.querySelector("[data-class-page]") !== null;

const toolbar = () => document.querySelector<HTMLElement>("[data-class-toolbar]");
const navLink = (direction: "prev" | "next") => document.querySelector<HTMLAnchorElement>(`a[data-class-nav="${direction}"]`);

/** The highest line the reader can see: under the toolbar, which stays at the top of the screen. */
function visibleTop(): number {
  const bar = toolbar();
  return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

/** The lowest line the reader can see: the screen's bottom, or the top of the "more" bar while it shows. */
function visibleBottom(): number {
  const bar = document.querySelector<HTMLElement>("[data-class-more]");
  return bar && !bar.hidden ? bar.getBoundingClientRect().top : window.innerHeight;
}

/**
 * Whether the page's content continues below the screen. Measured on the content, not the
 * document: the padding under it (which keeps the last line clear of the bar) is not "more".
 */
const moreBelow = () => {
  const page = document.querySelector("[data-class-page]");
  return page !== null && page.getBoundingClientRect().bottom > window.innerHeight + 1;
};

/** The blocks a screen should not split: headings, paragraphs and list items (initiatives, goals); not the toolbar's own bar. */
const BLOCKS = "[data-class-page] :is(h1, h2, h3, p, li):not(.class-toolbar *)";
const blocks = () => [...document.querySelectorAll(BLOCKS)].map((el) => el.getBoundingClientRect()).filter((box) => box.height > 0);

/**
 * Scrolls to the next screenful. The first block cut off by the bottom edge (or the bar)
 * moves up to just under the toolbar, so an initiative is never half on one screen and half
 * on the next; a block taller than the screen is paged through instead.
 */
function scrollDown(): void {
  const top = visibleTop();
  const bottom = visibleBottom();
  const cut = blocks().find((box) => box.bottom > bottom + 1);
  const by = cut ? cut.top - top - 8 : 0;
  window.scrollBy({ top: by > (bottom - top) * 0.25 ? by : (bottom - top) * 0.85 });
}

/** The mirror of scrollDown: the last block cut off by the top edge moves down to the bottom edge. */
function scrollUp(): void {
  const top = visibleTop();
  const bottom = visibleBottom();
  const cut = blocks().findLast((box) => box.top < top - 1);
  const by = cut ? bottom - 8 - cut.bottom : 0;
  window.scrollBy({ top: -(by > (bottom - top) * 0.25 ? by : (bottom - top) * 0.85) });
}

/** Moves to the previous or next screen, if there is one. */
export function go(direction: "prev" | "next", navigator: Navigator, at: Landing = "start"): void {
  const link = navLink(direction);
  if (link) moveTo(link, navigator, at);
}

function moveTo(link: HTMLAnchorElement, navigator: Navigator, at: Landing): void {
  landing = at;
  navigator.push(link.pathname + link.search + link.hash);
}

/**
 * A click on a link inside a presented page moves without a reload, like the keys do.
 * Returns whether it took the click. A click with a modifier (new tab, new window) or on a
 * link to elsewhere in the same page is left to the browser.
 */
export function onClassViewLinkClick(event: MouseEvent, navigator: Navigator): boolean {
  if (!isClassView() || event.defaultPrevented || event.button !== 0) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("[data-class-page] a[href]") : null;
  if (!link || link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return false;
  if (link.pathname === window.location.pathname && link.search === window.location.search) return false;
  event.preventDefault();
  moveTo(link, navigator, "start");
  return true;
}

export function onClassViewKey(event: KeyboardEvent, navigator: Navigator): void {
  if (!isClassView() || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
  // A keyboard user on a focused button presses it with Space, as everywhere else.
  // (A mouse click does not leave focus on the toolbar; see <Enhancements/>.)
  if (event.key === " " && target instanceof Element && target.closest("button, summary, [role=button]")) return;
  switch (event.key) {
    case "ArrowRight":
      event.preventDefault();
      go("next", navigator);
      break;
    case "ArrowLeft":
      event.preventDefault();
      go("prev", navigator);
      break;
    case "PageDown":
    case " ":
      event.preventDefault();
      if (moreBelow()) scrollDown();
      else go("next", navigator);
      break;
    case "PageUp":
      event.preventDefault();
      // Paging back mirrors paging forward: the previous screen opens at its end.
      if (window.scrollY > 0) scrollUp();
      else go("prev", navigator, "end");
      break;
    case "Escape":
      event.preventDefault();
      exitClassView();
      break;
  }
}

/** Turns class view on from `button` (the page's 授業モード toggle) and puts focus on the class toolbar. */
export function enterClassView(button: HTMLElement): void {
  opener = button;
  writePref("classView", "on");
  window.scrollTo({ top: 0 });
  // The button is hidden in class view; focus left on it would fall back to <body>.
  toolbar()?.focus({ preventScroll: true });
  afterChange();
}

/** Leaves class view (and full screen) and gives focus back to the button that turned it on. */
export function exitClassView(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  writePref("classView", null);
  // The opener may have been on an earlier screen: then this page's own 授業モード button.
  const back = opener?.isConnected ? opener : document.querySelector<HTMLElement>('[data-pref-toggle="classView"]');
  opener = null;
  back?.focus();
  afterChange();
}

/**
 * After a new screen is on the page (a move, Back or Forward): scroll to where it should
 * open, fetch its neighbours ahead of time, and bring the toolbar's state up to date.
 */
export function afterMove(navigator: Navigator): void {
  if (isClassView()) {
    const at = landing ?? "start";
    window.scrollTo({ top: at === "end" ? document.documentElement.scrollHeight : 0 });
    // Focus on an element of the previous screen was lost with it; the toolbar takes it, so Tab keeps working.
    if (document.activeElement === document.body || document.activeElement === null) toolbar()?.focus({ preventScroll: true });
    prefetchNeighbours(navigator);
  }
  landing = null;
  afterChange();
}

export function prefetchNeighbours(navigator: Navigator): void {
  for (const direction of ["prev", "next"] as const) {
    const link = navLink(direction);
    if (link) navigator.prefetch(link.pathname + link.search);
  }
}

/** Brings what the screen shows up to date: the "more" bar, the QR code, the full screen button. */
export function afterChange(): void {
  updateMoreIndicator();
  syncFullscreenButton();
}

/**
 * Says plainly when the action continues below the screen, and keeps the QR code whole:
 * once scrolling would cut it (or its caption) at the toolbar, it is not shown at all.
 */
export function updateMoreIndicator(): void {
  const on = isClassView();
  const more = document.querySelector<HTMLElement>("[data-class-more]");
  if (more) more.hidden = !(on && moreBelow());
  const qr = document.querySelector<HTMLElement>("[data-class-page] .qr-slot");
  if (qr) {
    const box = qr.getBoundingClientRect();
    const cut = on && box.height > 0 && ((box.top < visibleTop() - 1 && box.bottom > visibleTop()) || (box.bottom > visibleBottom() + 1 && box.top < visibleBottom()));
    qr.toggleAttribute("data-cut", cut);
  }
}

export function syncFullscreenButton(): void {
  document.querySelectorAll("[data-fullscreen]").forEach((button) => {
    button.setAttribute("aria-pressed", document.fullscreenElement ? "true" : "false");
  });
}

export async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
