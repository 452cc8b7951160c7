"use client";

import { useEffect, useMemo, useRef } from "react";
import { usePathname, useRouter } from "next/navigation";
import { copyText } from "@/lib/client/copy";
import { isPrefName, syncToggles, writePref } from "@/lib/prefs";
import {
  afterChange,
  afterMove,
  enterClassView,
  exitClassView,
  onClassViewKey,
  onClassViewLinkClick,
  prefetchNeighbours,
  isClassView,
  toggleFullscreen,
  updateMoreIndicator,
  syncFullscreenButton,
  type Navigator,
} from "@/lib/client/class-view";
import { resetTextSize, stepTextSize, syncTextSize } from "@/lib/client/text-size";
import { stampPrintDate } from "@/lib/client/print";
import { onMyListClick, startMyList, syncMyList } from "@/lib/client/mylist";
import { announce } from "@/lib/client/announce";

/**
 * The page's small interactive layer, wired by event delegation so the
 * controls themselves stay server-rendered HTML: copy-link buttons,
 * remembered on/off preferences, text size, and class view, whose moves
 * between screens go through Next's router so the document (and full screen)
 * stays.
 */
export function Enhancements() {
  const router = useRouter();
  const pathname = usePathname();
  const navigator = useMemo<Navigator>(
    () => ({
      // scroll: false — class view decides where the next screen opens (its top, or its end after PageUp).
      push: (href) => router.push(href, { scroll: false }),
      prefetch: (href) => router.prefetch(href),
    }),
    [router],
  );

  useEffect(() => {
    syncToggles();
    const stopMyList = startMyList();
    syncTextSize();
    stampPrintDate();
    const onClick = async (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (onClassViewLinkClick(event, navigator)) return;
      // After a mouse click in the class toolbar, the clicker's Space must page on, not press that button again.
      // (A keyboard press has detail 0 and keeps focus where the keyboard user put it.)
      if (event.detail > 0 && target?.closest(".class-toolbar") && document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
      const added = onMyListClick(target);
      if (added) return announce(added);
      const copy = target?.closest<HTMLElement>("[data-copy]");
      if (copy?.dataset.copy) {
        // A permalink copies on a plain click; a modified click (new tab, window) is left to the browser.
        if (copy instanceof HTMLAnchorElement) {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
        }
        // A path is copied as an absolute URL; "#id" copies the text of that element (the embed code).
        const source = copy.dataset.copy.startsWith("#") ? document.querySelector(copy.dataset.copy) : null;
        const ok = await copyText(source ? (source.textContent ?? "") : new URL(copy.dataset.copy, window.location.href).href);
        const what = source ? (copy.dataset.copyLabel ?? "") : `${copy.dataset.copyLabel ?? ""}のリンク`;
        announce(
          ok
            ? `${what}をコピーしました`
            : `コピーできませんでした。${source ? "コードを選んで" : "リンクを長押しまたは右クリックして"}コピーしてください`,
        );
        const text = copy.querySelector<HTMLElement>("[data-copy-text]");
        if (text) {
          const idle = (text.dataset.idle ??= text.textContent ?? "");
          text.textContent = ok ? "コピーしました" : "コピーできませんでした";
          window.setTimeout(() => (text.textContent = idle), 2500);
        } else {
          copy.dataset.copied = ok ? "ok" : "failed";
          window.setTimeout(() => delete copy.dataset.copied, 2500);
        }
        return;
      }
      const toggle = target?.closest<HTMLElement>("[data-pref-toggle]");
      const name = toggle?.dataset.prefToggle;
      if (toggle && isPrefName(name)) {
        const on = toggle.getAttribute("aria-pressed") === "true";
        if (name === "classView") {
          if (on) exitClassView();
          else enterClassView(toggle);
          if (!on) prefetchNeighbours(navigator);
        } else {
          writePref(name, on ? null : "on");
          updateMoreIndicator();
        }
        return;
      }
      const showAll = target?.closest<HTMLElement>("[data-show-all-for]");
      if (showAll) {
        revealAll(showAll);
        return;
      }
      if (target?.closest("[data-class-exit]")) exitClassView();
      else if (target?.closest("[data-fullscreen]")) void toggleFullscreen();
      const step = target?.closest<HTMLElement>("[data-text-step]");
      if (step && step.getAttribute("aria-disabled") !== "true") stepTextSize(Number(step.dataset.textStep));
      if (target?.closest("[data-text-reset]")) resetTextSize();
    };
    const onKey = (event: KeyboardEvent) => onClassViewKey(event, navigator);
    const onPrint = () => stampPrintDate();
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", syncFullscreenButton);
    window.addEventListener("beforeprint", onPrint);
    window.addEventListener("scroll", updateMoreIndicator, { passive: true });
    window.addEventListener("resize", updateMoreIndicator);
    afterChange();
    if (isClassView()) prefetchNeighbours(navigator);
    // Until now a click on a control does nothing; this says the controls respond (tests wait for it).
    document.documentElement.setAttribute("data-enhanced", "");
    return () => {
      document.documentElement.removeAttribute("data-enhanced");
      stopMyList();
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", syncFullscreenButton);
      window.removeEventListener("beforeprint", onPrint);
      window.removeEventListener("scroll", updateMoreIndicator);
      window.removeEventListener("resize", updateMoreIndicator);
    };
  }, [navigator]);

  // A new screen without a reload (class view's moves, Back, Forward): its controls are rendered
  // in their default state, so bring them in step with the preferences, and place the screen.
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    syncToggles();
    syncMyList();
    syncTextSize();
    stampPrintDate();
    afterMove(navigator);
  }, [pathname, navigator]);

  return <p id="live-status" role="status" aria-live="polite" className="sr-only" />;
}

/** 「すべての取組例を表示」 under an action with no ● item: shows that action's other items, whatever the setting. */
function revealAll(button: HTMLElement) {
  const list = document.getElementById(button.dataset.showAllFor ?? "");
  if (!list) return;
  list.setAttribute("data-show-all", "");
  // The button goes away with its message; the list it opened takes focus.
  list.tabIndex = -1;
  list.focus();
  announce(`取組例をすべて表示しました（${list.children.length}件）`);
  updateMoreIndicator();
}

