import type { ActionEntry, PlanModel } from "@/lib/content/plan";
import { actionCode, shortCode } from "@/lib/content/codes";
import { numberToCircled } from "@/lib/source/cells";
import { actionPath } from "@/lib/urls";
import { InitiativeList } from "./InitiativeList";
import { JaText } from "./JaText";
import { MyListToggle } from "./MyListToggle";
import { NoFeaturedNotice } from "./NoFeaturedNotice";

/** An action with its initiatives, as listed on direction and goal pages. */
export function ActionBlock({ model, entry, headingLevel }: { model: PlanModel; entry: ActionEntry; headingLevel: 2 | 3 }) {
  const { section, goal, action } = entry;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="rounded-lg border border-line p-4 sm:p-5" data-action-block aria-labelledby={`a-${goal.number}-${action.number}`}>
      <p className="text-sm text-muted" data-action-code>
        {actionCode(section.label, goal.number, action.number)}
        <MyListToggle code={shortCode(section.id, goal.number, action.number)} kind="行動" className="ml-1" />
      </p>
      <Heading id={`a-${goal.number}-${action.number}`} className="phrased text-lg sm:text-xl font-bold leading-snug mb-3">
        <a href={actionPath(section.id, goal.number, action.number)}>
          <span aria-hidden="true">{numberToCircled(action.number)}</span>
          <span className="sr-only">行動{action.number}：</span>
          <JaText text={action.title} />
        </a>
      </Heading>
      <InitiativeList model={model} entry={entry} />
      <NoFeaturedNotice section={section.id} goal={goal.number} action={action} />
    </section>
  );
}
