import { PREFS, type PrefName } from "@/lib/prefs";

/** Reads a remembered preference; storage can be unavailable (private mode), which counts as unset. */
export function readPref(name: PrefName): string | null {
  try {
    return localStorage.getItem(PREFS[name].storageKey);
  } catch {
    return null;
  }
}

/** Sets (or, with null, clears) a preference: remembered and applied to <html> at once. */
export function writePref(name: PrefName, value: string | null): void {
  const { storageKey, attribute } = PREFS[name];
  const root = document.documentElement;
  if (value === null) root.removeAttribute(attribute);
  else root.setAttribute(attribute, value);
  try {
    if (value === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, value);
  } catch {
    // Not remembered, but still applied for this page.
  }
  syncToggles();
}

export function isPrefName(name: string | undefined): name is PrefName {
  return name !== undefined && Object.hasOwn(PREFS, name);
}

/** Makes every on/off toggle button reflect the current state in aria-pressed. */
export function syncToggles(): void {
  document.querySelectorAll<HTMLElement>("[data-pref-toggle]").forEach((button) => {
    const name = button.dataset.prefToggle;
    if (!isPrefName(name)) return;
    button.setAttribute("aria-pressed", document.documentElement.hasAttribute(PREFS[name].attribute) ? "true" : "false");
  });
}
