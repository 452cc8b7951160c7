import type { PrefName } from "@/lib/prefs";

/**
 * An on/off button for a remembered reader preference. Rendered off; the
 * delegated handler in <Enhancements/> flips the preference and keeps
 * aria-pressed in step with it on every page.
 */
export function PrefToggle({ pref, className, children }: { pref: PrefName; className: string; children: React.ReactNode }) {
  return (
    <button type="button" data-pref-toggle={pref} aria-pressed="false" className={className}>
      {children}
    </button>
  );
}
