import { actionCode } from "@/lib/content/codes";
import { actionPath, initiativePath } from "@/lib/urls";
import type { MyListAction, MyListData, MyListInitiative, RubyText } from "./schema";

type Section = MyListData["sections"][number];
type Goal = Section["goals"][number];

/** One item of a list with everything /my/, the deck and the worksheet show of it. */
export type ListItem = {
  code: string;
  kind: "action" | "initiative";
  section: Section;
  goal: Goal;
  action: MyListAction;
  /** The chosen initiative; null when the item is the whole action. */
  initiative: MyListInitiative | null;
  /** Its page: the action page, at `#i-n` for an initiative. */
  path: string;
};

export type Catalogue = ReadonlyMap<string, ListItem>;

/** Every code the plan has (its actions and initiatives) with what it names. */
export function catalogueOf(data: MyListData): Catalogue {
  const items = new Map<string, ListItem>();
  for (const section of data.sections) {
    for (const goal of section.goals) {
      for (const action of goal.actions) {
        const base = { section, goal, action };
        items.set(action.code, { ...base, code: action.code, kind: "action", initiative: null, path: actionPath(section.id, goal.number, action.number) });
        for (const initiative of action.initiatives) {
          const code = `${action.code}-${initiative.position}`;
          const ref = { section: section.id, goal: goal.number, action: action.number, initiative: initiative.position };
          items.set(code, { ...base, code, kind: "initiative", initiative, path: initiativePath(ref) });
        }
      }
    }
  }
  return items;
}

/** The items of a list that the plan has, in the list's order. */
export function itemsOf(catalogue: Catalogue, codes: readonly string[]): ListItem[] {
  return codes.flatMap((code) => {
    const item = catalogue.get(code);
    return item ? [item] : [];
  });
}

/** The plain text of a ruby text, as the plan writes it. */
export const plainText = (text: RubyText) => text.map((run) => (typeof run === "string" ? run : run[0])).join("");

/** 方向性1 · 具体目標2 · 行動③ — where an item sits, as the site names it everywhere. */
export const whereLabel = (item: ListItem) => actionCode(item.section.label, item.goal.number, item.action.number);
