/**
 * Reader preferences, remembered in localStorage and mirrored as data
 * attributes on <html> so that CSS alone applies them on every page.
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
