import type { MyListData } from "./schema";
import { MYLIST_DATA_VERSION } from "./version";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isRuby = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * A light shape check of /my/items.json for the browser, which does not load zod: enough to refuse a
 * stale or foreign file instead of failing later in odd ways. The build checks it fully (./schema.ts).
 */
export function isMyListData(value: unknown): value is MyListData {
  if (!isObject(value) || value.v !== MYLIST_DATA_VERSION || !Array.isArray(value.sections)) return false;
  return value.sections.every(
    (section: unknown) =>
      isObject(section) &&
      typeof section.id === "string" &&
      typeof section.label === "string" &&
      isRuby(section.title) &&
      Array.isArray(section.goals) &&
      section.goals.every(
        (goal: unknown) =>
          isObject(goal) &&
          typeof goal.number === "number" &&
          isRuby(goal.title) &&
          Array.isArray(goal.actions) &&
          goal.actions.every(
            (action: unknown) =>
              isObject(action) &&
              typeof action.code === "string" &&
              typeof action.number === "number" &&
              isRuby(action.title) &&
              Array.isArray(action.initiatives) &&
              action.initiatives.every((item: unknown) => isObject(item) && typeof item.position === "number" && isRuby(item.text)),
          ),
      ),
  );
}
