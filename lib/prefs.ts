/**
 * Reader preferences, remembered in localStorage and mirrored as data
 * attributes on <html> so that CSS alone applies them on every page.
 *
 * One module for the server (the boot script and the names the components
 * render) and the browser (reading and writing): it imports nothing, and the
 * DOM is touched only inside the functions, so importing it anywhere is safe.
 */
export const PREFS = {
  featuredOnly: { storageKey: "ik2030:featured-only", attribute: "data-featured-only" },
  furigana: { storageKey: "ik2030:furigana", attribute: "data-furigana" },
  classView: { storageKey: "ik2030:class-view", attribute: "data-class-view" },
  textSize: { storageKey: "ik2030:text-size", attribute: "data-text-size" },
} as const;

export type PrefName = keyof typeof PREFS;

/**
 * Runs in <head> before the first paint, so a remembered preference never
 * flashes the wrong layout. Kept tiny and dependency-free: it is inlined.
 */
export const prefsBootScript = `(function(){var d=document.documentElement;d.setAttribute("data-js","");try{var p=${JSON.stringify(
  Object.values(PREFS).map((p) => [p.storageKey, p.attribute]),
)};for(var i=0;i<p.length;i++){var v=localStorage.getItem(p[i][0]);if(v!==null)d.setAttribute(p[i][1],v)}}catch(e){}})();`;

export function isPrefName(name: string | undefined): name is PrefName {
  return name !== undefined && Object.hasOwn(PREFS, name);
}

/** Reads a remembered preference; storage can be unavailable (private mode), which counts as unset. */
export function readPref(name: PrefName): string | null {
  try {
    return localStorage.getItem(PREFS[name].storageKey);
  } catch {
    return null;
  }
}

/** Whether a preference is in effect on this page (the boot script or writePref set its attribute). */
export const prefIsOn = (name: PrefName): boolean => document.documentElement.hasAttribute(PREFS[name].attribute);

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

/** Makes every on/off toggle button reflect the current state in aria-pressed. */
export function syncToggles(): void {
  document.querySelectorAll<HTMLElement>("[data-pref-toggle]").forEach((button) => {
    const name = button.dataset.prefToggle;
    if (!isPrefName(name)) return;
    button.setAttribute("aria-pressed", prefIsOn(name) ? "true" : "false");
  });
}
