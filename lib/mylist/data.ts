import type { PlanModel } from "@/lib/content/plan";
import { shortCode } from "@/lib/content/codes";
import { segmentsOf, type ReadingsTable } from "@/lib/readings/table";
import { MyListDataSchema, type MyListData, type RubyText } from "./schema";
import { MYLIST_DATA_VERSION } from "./version";

/**
 * /my/items.json: what /my/ needs to show, present and print any list, and nothing more: each action's
 * code, title and initiatives, and where it sits, with the readings for furigana. URLs are not stored;
 * the page builds them from the codes with lib/urls.ts, as everywhere else.
 */
export function toMyListData(model: PlanModel, readings: ReadingsTable): MyListData {
  const ruby = (text: string): RubyText => segmentsOf(readings, text).map((s) => (s.reading ? [s.text, s.reading] : s.text));
  return MyListDataSchema.parse({
    v: MYLIST_DATA_VERSION,
    sections: model.plan.sections.map((section) => ({
      id: section.id,
      label: section.label,
      title: ruby(section.title),
      goals: section.goals.map((goal) => ({
        number: goal.number,
        title: ruby(goal.title),
        actions: goal.actions.map((action) => ({
          code: shortCode(section.id, goal.number, action.number),
          number: action.number,
          title: ruby(action.title),
          initiatives: action.initiatives.map((item) => ({
            position: item.position,
            text: ruby(item.text),
            featured: item.featured,
            repeat: item.repeatOf !== null,
          })),
        })),
      })),
    })),
  });
}
