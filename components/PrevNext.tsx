import type { ActionEntry } from "@/lib/content/plan";
import { actionCode } from "@/lib/content/codes";
import { actionPath } from "@/lib/urls";
import { Phrased } from "./JaText";

function Item({ entry, rel, label }: { entry: ActionEntry; rel: "prev" | "next"; label: string }) {
  const { section, goal, action } = entry;
  return (
    <a
      href={actionPath(section.id, goal.number, action.number)}
      rel={rel}
      data-nav={rel}
      className={`block rounded-lg border border-line p-3 no-underline hover:bg-surface ${rel === "next" ? "sm:text-right" : ""}`}
    >
      <span className="block text-sm text-muted">
        {rel === "prev" ? "← " : ""}
        {label}
        {rel === "next" ? " →" : ""}
      </span>
      <span className="block text-sm text-muted">{actionCode(section.label, goal.number, action.number)}</span>
      <span className="phrased block font-bold text-accent">
        <Phrased text={action.title} />
      </span>
    </a>
  );
}

export function PrevNext({
  prev,
  next,
  prevLabel = "前の行動",
  nextLabel = "次の行動",
}: {
  prev?: ActionEntry;
  next?: ActionEntry;
  prevLabel?: string;
  nextLabel?: string;
}) {
  return (
    <nav aria-label="前後の行動" className="no-print grid gap-3 sm:grid-cols-2 mt-10" data-chrome>
      <div>{prev && <Item entry={prev} rel="prev" label={prevLabel} />}</div>
      <div>{next && <Item entry={next} rel="next" label={nextLabel} />}</div>
    </nav>
  );
}
