"use client";

import { useEffect } from "react";
import { copyText } from "@/lib/client/copy";
import { isPrefName, syncToggles, writePref } from "@/lib/prefs";
import { exitClassView, onClassViewKey, toggleFullscreen, updateMoreIndicator } from "@/lib/client/class-view";
import { resetTextSize, stepTextSize, syncTextSize } from "@/lib/client/text-size";

/**
 * The page's small interactive layer, wired by event delegation so the
 * controls themselves stay server-rendered HTML: copy-link buttons and
 * remembered on/off preferences.
 */
export function Enhancements() {
  useEffect(() => {
    syncToggles();
    syncTextSize();
    const onClick = async (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // After a mouse click in the class toolbar, the clicker's Space must page on, not press that button again.
      // (A keyboard press has detail 0 and keeps focus where the keyboard user put it.)
      if (event.detail > 0 && target?.closest(".class-toolbar") && document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
      const copy = target?.closest<HTMLElement>("[data-copy]");
      if (copy?.dataset.copy) {
        const url = new URL(copy.dataset.copy, window.location.href).href;
        const ok = await copyText(url);
        announce(ok ? `${copy.dataset.copyLabel ?? ""}のリンクをコピーしました` : "コピーできませんでした。リンクを長押しまたは右クリックしてコピーしてください");
        const text = copy.querySelector<HTMLElement>("[data-copy-text]");
        if (text) {
          text.textContent = ok ? "コピーしました" : "コピーできませんでした";
          window.setTimeout(() => (text.textContent = "リンクをコピー"), 2500);
        }
        return;
      }
      const toggle = target?.closest<HTMLElement>("[data-pref-toggle]");
      const name = toggle?.dataset.prefToggle;
      if (toggle && isPrefName(name)) {
        writePref(name, toggle.getAttribute("aria-pressed") === "true" ? null : "on");
        if (name === "classView") {
          // Focus left on the toggle would turn a clicker's Space into another toggle.
          toggle.blur();
          window.scrollTo({ top: 0 });
        }
        updateMoreIndicator();
        return;
      }
      if (target?.closest("[data-class-exit]")) exitClassView();
      else if (target?.closest("[data-fullscreen]")) void toggleFullscreen();
      const step = target?.closest<HTMLElement>("[data-text-step]");
      if (step && step.getAttribute("aria-disabled") !== "true") stepTextSize(Number(step.dataset.textStep));
      if (target?.closest("[data-text-reset]")) resetTextSize();
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onClassViewKey);
    window.addEventListener("scroll", updateMoreIndicator, { passive: true });
    window.addEventListener("resize", updateMoreIndicator);
    updateMoreIndicator();
    // Until now a click on a control does nothing; this says the controls respond (tests wait for it).
    document.documentElement.setAttribute("data-enhanced", "");
    return () => {
      document.documentElement.removeAttribute("data-enhanced");
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onClassViewKey);
      window.removeEventListener("scroll", updateMoreIndicator);
      window.removeEventListener("resize", updateMoreIndicator);
    };
  }, []);
  return <p id="live-status" role="status" aria-live="polite" className="sr-only" />;
}

function announce(message: string) {
  const region = document.getElementById("live-status");
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = "";
  window.setTimeout(() => (region.textContent = message), 50);
}
