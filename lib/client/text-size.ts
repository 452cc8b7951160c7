import { readPref, writePref } from "@/lib/prefs";

/** Text size steps: 0 is the browser's own size; 1–3 enlarge (see --text-scale in globals.css). */
export const TEXT_SIZE_MAX = 3;

/** The name of each step, as the control shows it (the visible one is chosen by CSS from <html data-text-size>). */
export const TEXT_SIZE_LABELS = ["標準", "大", "特大", "最大"] as const;

export function currentTextSize(): number {
  const value = Number(readPref("textSize") ?? 0);
  return Number.isInteger(value) && value >= 0 && value <= TEXT_SIZE_MAX ? value : 0;
}

function setTextSize(size: number): void {
  writePref("textSize", size === 0 ? null : String(size));
  syncTextSize();
  const status = document.querySelector("[data-text-size-status]");
  if (status) status.textContent = `文字サイズ：${TEXT_SIZE_LABELS[size] ?? ""}`;
}

export function stepTextSize(delta: number): void {
  const size = currentTextSize();
  const next = Math.min(TEXT_SIZE_MAX, Math.max(0, size + delta));
  if (next !== size) setTextSize(next);
}

export function resetTextSize(): void {
  if (currentTextSize() !== 0) setTextSize(0);
}

/**
 * 小 is unavailable at the standard size, 大 at the largest, 標準に戻す at the standard size.
 * aria-disabled rather than disabled: a keyboard user who presses 大 up to the end keeps focus on it.
 */
export function syncTextSize(): void {
  const size = currentTextSize();
  document.querySelectorAll<HTMLElement>("[data-text-step], [data-text-reset]").forEach((button) => {
    const step = Number(button.dataset.textStep ?? 0);
    const unavailable = button.hasAttribute("data-text-reset") ? size === 0 : step < 0 ? size === 0 : size === TEXT_SIZE_MAX;
    button.setAttribute("aria-disabled", unavailable ? "true" : "false");
  });
}
