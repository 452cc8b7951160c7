import { isInitiativeCode } from "@/lib/mylist/format";
import { toggleCode } from "@/lib/mylist/list";
import { readList, saveList, subscribeList } from "@/lib/mylist/store";

/**
 * マイリスト on every page: the add/remove buttons (components/MyListToggle.tsx) and the header's count
 * (components/MyListLink.tsx) are server-rendered; this keeps them in step with the list on the device.
 * One delegated click handler for all of them (<Enhancements/>), no component per button.
 */

/** Sets every button's aria-pressed and the header's count from the stored list. */
export function syncMyList(): void {
  const codes = new Set(readList());
  document.querySelectorAll<HTMLElement>("[data-mylist]").forEach((button) => {
    button.setAttribute("aria-pressed", codes.has(button.dataset.mylist ?? "") ? "true" : "false");
  });
  document.querySelectorAll("[data-mylist-count]").forEach((count) => (count.textContent = String(codes.size)));
}

/** Syncs now and after every change of the list; returns the unsubscribe. */
export function startMyList(): () => void {
  syncMyList();
  return subscribeList(syncMyList);
}

/**
 * Handles a click on an add/remove button: stores the change (which syncs every button and the count) and
 * returns what to announce, or null when the click was not on such a button.
 */
export function onMyListClick(target: Element | null): string | null {
  const button = target?.closest<HTMLElement>("[data-mylist]");
  const code = button?.dataset.mylist;
  if (!code) return null;
  const codes = toggleCode(readList(), code);
  saveList(codes);
  return `${isInitiativeCode(code) ? "取組例" : "行動"} ${code} をマイリスト${codes.includes(code) ? "に入れました" : "から外しました"}（${codes.length}件）`;
}
