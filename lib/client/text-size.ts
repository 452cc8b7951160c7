import { readPref, writePref } from "@/lib/prefs";

/** Text size steps: 0 is the browser's own size; 1–3 enlarge (see --text-scale in globals.css). */
export const TEXT_SIZE_MAX = 3;

export function currentTextSize(): number {
  const value = Number(readPref("textSize") ?? 0);
  return Number.isInteger(value) && value >= 0 && value <= TEXT_SIZE_MAX ? value : 0;
}

export function stepTextSize(delta: number): void {
  const next = Math.min(TEXT_SIZE_MAX, Math.max(0, currentTextSize() + delta));
  writePref("textSize", next === 0 ? null : String(next));
  const status = document.querySelector("[data-text-size-status]");
  if (status) status.textContent = TEXT_SIZE_LABELS[next] ?? "";
}

export const TEXT_SIZE_LABELS = ["標準", "大", "特大", "最大"];
