import type { OverviewTree } from "@/lib/overview/tree";
import { countsText } from "@/lib/overview/tree";
import { actionPath, goalPath, sectionPath } from "@/lib/urls";
import { SectionChip } from "./SectionChip";

/**
 * The overview picture as text: the same tree, 6 sections → 17 goals → 64 actions, with the
 * same counts, as nested lists. For screen readers and for anyone who prefers to read.
 */
export function OverviewOutline({ tree, id }: { tree: OverviewTree; id: string }) {
  return (
    <ol className="space-y-6" id={id}>
      {tree.sections.map((section) => (
        <li key={section.id} data-section={section.id}>
          <p className="font-bold leading-snug">
            <SectionChip section={section} className="me-2" />
            <a href={sectionPath(section.id)}>{section.title}</a>
          </p>
          <p className="text-sm text-muted">
            具体目標{section.goals.length}・行動{section.actions}・{countsText(section)}
          </p>
          <ol className="mt-2 space-y-3 border-s-4 border-sec ps-4">
            {section.goals.map((goal) => (
              <li key={goal.number}>
                <p className="leading-snug">
                  具体目標{goal.number}. <a href={goalPath(section.id, goal.number)}>{goal.title}</a>
                </p>
                <p className="text-sm text-muted">
                  行動{goal.actions.length}・{countsText(goal)}
                </p>
                <ol className="mt-1 space-y-1 ps-4">
                  {goal.actions.map((action) => (
                    <li key={action.number} className="leading-snug">
                      <a href={actionPath(action.section, action.goal, action.number)}>
                        <span className="font-bold me-1">{action.code}</span>
                        {action.title}
                      </a>
                      <span className="text-sm text-muted">　{countsText(action)}</span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
