import type { Section } from "@/lib/content/schema";
import { JaText } from "./JaText";
import { SectionChip } from "./SectionChip";

/** A direction's heading; `children` (the print header) goes first inside it. */
export function SectionHeader({ section, children }: { section: Section; children?: React.ReactNode }) {
  return (
    <header className="mb-6 page-header">
      {children}
      <p className="text-sm tracking-wider">
        <SectionChip section={section} />
      </p>
      <h1 id="page-title" className="phrased text-2xl sm:text-3xl font-bold leading-snug mt-1">
        <JaText text={section.title} />
      </h1>
      {section.tagline && (
        <p className="phrased mt-2 text-lg">
          ～<JaText text={section.tagline} />～
        </p>
      )}
    </header>
  );
}
