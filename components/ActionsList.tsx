import type { PlanModel } from "@/lib/content/plan";
import type { OverviewTree } from "@/lib/overview/tree";
import { countsText } from "@/lib/overview/tree";
import { actionPath, goalPath, sectionPath } from "@/lib/urls";
import { SectionChip } from "./SectionChip";

/**
 * Every action in plan order, grouped by section and goal: code, title, counts, and its
 * initiatives in a <details> (opens without JavaScript). The data-row* attributes are what
 * <ActionsFilter/> reads and hides; without JavaScript the whole list simply stays.
 */
export function ActionsList({ model, tree }: { model: PlanModel; tree: OverviewTree }) {
  return (
    <div className="space-y-10" data-actions-list>
      {tree.sections.map((section, s) => (
        <section key={section.id} data-row-group aria-labelledby={`list-${section.id}`}>
          <h2 id={`list-${section.id}`} className="text-xl sm:text-2xl font-bold leading-snug">
            <SectionChip section={section} className="me-2 text-base align-middle" />
            <a href={sectionPath(section.id)}>{section.title}</a>
          </h2>
          <p className="text-sm text-muted mt-1">
            行動{section.actions}・{countsText(section)}
          </p>
          {section.goals.map((goal, g) => (
            <section key={goal.number} data-row-group aria-labelledby={`list-${section.id}-${goal.number}`} className="mt-5" data-section={section.id}>
              <h3 id={`list-${section.id}-${goal.number}`} className="font-bold leading-snug border-s-4 border-sec ps-3">
                具体目標{goal.number}. <a href={goalPath(section.id, goal.number)}>{goal.title}</a>
              </h3>
              <ol className="mt-2">
                {goal.actions.map((action, a) => {
                  const items = model.plan.sections[s]!.goals[g]!.actions[a]!.initiatives;
                  return (
                    <li
                      key={action.number}
                      className="border-t border-line py-3"
                      data-row
                      data-section={action.section}
                      data-goal={action.goal}
                      data-action={action.number}
                      data-featured-count={action.featured}
                    >
                      <p className="leading-snug">
                        <span className="font-bold me-2">{action.code}</span>
                        <a href={actionPath(action.section, action.goal, action.number)} className="font-bold" data-row-title>
                          {action.title}
                        </a>
                      </p>
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm w-fit">
                          {countsText(action)}
                          <span className="sr-only">（{action.code}）</span>
                        </summary>
                        <ul className="mt-2 space-y-1" aria-label={`${action.code}の取組例`}>
                          {items.map((item) => (
                            <li key={item.position} className="flex gap-2">
                              <span aria-hidden="true" className={`shrink-0 w-5 text-center ${item.featured ? "text-gold font-bold" : "text-muted"}`}>
                                {item.featured ? "●" : "・"}
                              </span>
                              <span className="min-w-0">
                                {item.featured && <span className="sr-only">主な取組例：</span>}
                                <span data-row-text>{item.text}</span>
                                {item.repeatOf && "（再掲）"}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
