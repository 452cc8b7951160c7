import { initiativePath } from "@/lib/urls";
import type { InitiativeRef } from "@/lib/content/schema";
import { shortCode } from "@/lib/content/codes";

/**
 * The small controls of one listed item, at the end of its first line (the
 * text flows around them; app/globals.css, "Per-item controls"). Built to hold
 * more than one control side by side: each child is one 24×24 px target.
 */
export function ItemTools({ children }: { children: React.ReactNode }) {
  return <div className="item-tools no-print no-class">{children}</div>;
}

/**
 * The permalink of one initiative: a plain `#i-n` link that works without
 * JavaScript (follow it, or copy it from the context menu); with JavaScript a
 * click copies the absolute URL and says so (<Enhancements/>). Named with the
 * initiative's code, as in the open data (e.g. 3-1-2-4).
 */
export function InitiativeLink({ target }: { target: InitiativeRef }) {
  const path = initiativePath(target);
  const code = shortCode(target.section, target.goal, target.action, target.initiative);
  return (
    <a href={path} className="item-link" data-copy={path} data-copy-label={`取組例 ${code} `} aria-label={`取組例 ${code} へのリンク`}>
      <span className="item-link__done" aria-hidden="true" />
    </a>
  );
}
