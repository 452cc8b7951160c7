"use client";

import { useEffect } from "react";
import { copyText } from "@/lib/client/copy";
import { isPrefName, syncToggles, writePref } from "@/lib/client/prefs";

/**
 * The page's small interactive layer, wired by event delegation so the
 * controls themselves stay server-rendered HTML: copy-link buttons and
 * remembered on/off preferences.
 */
export function Enhancements() {
  useEffect(() => {
    syncToggles();
    const onClick = async (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
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
        writePref(name, toggle.getAttribute("aria-pressed") === "true" ? null : "");
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
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
