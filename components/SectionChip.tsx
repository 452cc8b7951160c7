import type { Section } from "@/lib/content/schema";

/** A section's label on its colour (app/globals.css, lib/overview/colors.ts): the same mark on every page; outlined on paper. */
export function SectionChip({ section, className = "" }: { section: Pick<Section, "id" | "label">; className?: string }) {
  return (
    <span data-section={section.id} className={`section-chip inline-block rounded bg-sec px-2 font-bold text-sec-on ${className}`}>
      {section.label}
    </span>
  );
}
