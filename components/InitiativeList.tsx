import type { ActionEntry, PlanModel } from "@/lib/content/plan";
import { resolveRef } from "@/lib/content/plan";
import { refOf, type InitiativeRef } from "@/lib/content/schema";
import { actionCode, shortCode } from "@/lib/content/codes";
import { initiativeAnchor, initiativePath, initiativeListId } from "@/lib/urls";
import { InitiativeLink, ItemTools } from "./ItemTools";
import { JaText, Phrased } from "./JaText";
import { MyListToggle } from "./MyListToggle";

type Props = {
  model: PlanModel;
  entry: ActionEntry;
  /** On the action page each item is an anchor target (`#i-{n}`) with its own permalink and マイリスト button. */
  anchors?: boolean;
};

function RefLink({ model, target }: { model: PlanModel; target: InitiativeRef }) {
  const resolved = resolveRef(model, target);
  if (!resolved) return null;
  const { entry } = resolved;
  return (
    <a href={initiativePath(target)}>
      {actionCode(entry.section.label, entry.goal.number, entry.action.number)}「<Phrased text={entry.action.title} />」
    </a>
  );
}

function RefList({ model, label, refs }: { model: PlanModel; label: string; refs: InitiativeRef[] }) {
  if (refs.length === 0) return null;
  return (
    <p className="phrased mt-1 text-sm text-muted">
      {label}
      {refs.map((ref, index) => (
        <span key={initiativePath(ref)}>
          {index > 0 && "、"}
          <RefLink model={model} target={ref} />
        </span>
      ))}
    </p>
  );
}

export function InitiativeList({ model, entry, anchors = false }: Props) {
  const { section, goal, action } = entry;
  const code = actionCode(section.label, goal.number, action.number);
  return (
    <ul id={initiativeListId(section.id, goal.number, action.number)} className="space-y-3" data-initiatives aria-label={`${code}の取組例`}>
      {action.initiatives.map((item) => {
        const ref = refOf(section, goal, action, item);
        const refs = model.crossRefs(ref);
        return (
          <li
            key={item.position}
            id={anchors ? initiativeAnchor(item.position) : undefined}
            data-featured={item.featured ? "true" : "false"}
            className={`scroll-mt-4 flex gap-2 rounded ${anchors ? "target:bg-accent-soft target:outline target:outline-2 target:outline-accent p-2 -m-2" : ""}`}
          >
            <span aria-hidden="true" data-marker className={`shrink-0 w-5 text-center ${item.featured ? "text-gold font-bold" : "text-muted"}`}>
              {item.featured ? "●" : "・"}
            </span>
            <div className={`item-body min-w-0 flex-1${anchors ? " item-body--tools" : ""}`}>
              <p className="phrased">
                {item.featured && <span className="sr-only">主な取組例：</span>}
                <span data-text>
                  <JaText text={item.text} />
                </span>
                {item.repeatOf && <span>（再掲）</span>}
              </p>
              {item.repeatOf && <RefList model={model} label="再掲元：" refs={[item.repeatOf]} />}
              <RefList model={model} label="再掲先：" refs={refs.repeatedIn} />
              <RefList model={model} label="同じ取組：" refs={refs.sameAs} />
              {anchors && (
                <ItemTools>
                  <MyListToggle code={shortCode(ref.section, ref.goal, ref.action, ref.initiative)} kind="取組例" />
                  <InitiativeLink target={ref} />
                </ItemTools>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
