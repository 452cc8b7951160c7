import { writePref } from "@/lib/prefs";

/**
 * Keys in class view (授業モード). Presentation clickers send PageDown/PageUp
 * (some ←/→ or Space); when the action is taller than the screen, PageDown and
 * Space first scroll to what follows, then move to the next action.
 */
const isClassView = () =>
  document.documentElement.hasAttribute("data-class-view") && document.querySelector("[data-class-page]") !== null;

/**
 * Whether the page's content continues below the screen. Measured on the content, not the
 * document: the padding under it (which keeps the last line clear of the bar) is not "more".
 */
const moreBelow = () => {
  const page = document.querySelector("[data-class-page]");
  return page !== null && page.getBoundingClientRect().bottom > window.innerHeight + 1;
};

/** The lowest line the reader can see: the screen's bottom, or the top of the "more" bar while it shows. */
function visibleBottom(): number {
  const bar = document.querySelector<HTMLElement>("[data-class-more]");
  return bar && !bar.hidden ? bar.getBoundingClientRect().top : window.innerHeight;
}

/** The blocks a screen should not split: headings, paragraphs and list items (initiatives, goals); not the toolbar's own bar. */
const BLOCKS = "[data-class-page] :is(h1, h2, h3, p, li):not(.class-toolbar *)";

/**
 * Scrolls to the next screenful. The first block cut off by the bottom edge (or the bar)
 * moves to the top, so an initiative is never half on one screen and half on the next;
 * a block taller than the screen is paged through instead.
 */
function scrollDown(): void {
  const bottom = visibleBottom();
  const cut = [...document.querySelectorAll(BLOCKS)].find((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.bottom > bottom + 1;
  });
  const top = cut ? cut.getBoundingClientRect().top - 8 : 0;
  window.scrollBy({ top: top > window.innerHeight * 0.25 ? top : bottom * 0.85 });
}

function go(direction: "prev" | "next") {
  const link = document.querySelector<HTMLAnchorElement>(`a[data-class-nav="${direction}"]`);
  if (link) window.location.assign(link.href);
}

export function onClassViewKey(event: KeyboardEvent): void {
  if (!isClassView() || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
  // A keyboard user on a focused button presses it with Space, as everywhere else.
  // (A mouse click does not leave focus on the toolbar; see <Enhancements/>.)
  if (event.key === " " && target instanceof Element && target.closest("button, summary, [role=button]")) return;
  switch (event.key) {
    case "ArrowRight":
      event.preventDefault();
      go("next");
      break;
    case "ArrowLeft":
      event.preventDefault();
      go("prev");
      break;
    case "PageDown":
    case " ":
      event.preventDefault();
      if (moreBelow()) scrollDown();
      else go("next");
      break;
    case "PageUp":
      event.preventDefault();
      if (window.scrollY > 0) window.scrollBy({ top: -visibleBottom() * 0.85 });
      else go("prev");
      break;
    case "Escape":
      event.preventDefault();
      exitClassView();
      break;
  }
}

export function exitClassView(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  writePref("classView", null);
  updateMoreIndicator();
}

/** Says plainly when the action continues below the screen. */
export function updateMoreIndicator(): void {
  const more = document.querySelector<HTMLElement>("[data-class-more]");
  if (more) more.hidden = !(isClassView() && moreBelow());
}

export async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
