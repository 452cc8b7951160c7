import { encodeList, splitList } from "./format";

/**
 * The list on this device: localStorage, in the share link's format, and nothing ever sent anywhere.
 * Every writer goes through {@link saveList}, which tells the subscribers at once (the header count, the
 * buttons, /my/); another tab's change arrives as a `storage` event. Where storage is refused (some
 * private modes), the list lives in memory for as long as the page is open.
 */
export const MYLIST_STORAGE_KEY = "ik2030:mylist";

let memory = "";
const listeners = new Set<() => void>();

/** The stored text of the list, as a stable value for React's useSyncExternalStore. */
export function listSnapshot(): string {
  try {
    return localStorage.getItem(MYLIST_STORAGE_KEY) ?? "";
  } catch {
    return memory;
  }
}

/** The codes on this device, each once, as this site wrote them (/my/ checks them against the plan). */
export function readList(): string[] {
  return splitList(listSnapshot());
}

export function saveList(codes: readonly string[]): void {
  memory = encodeList(codes);
  try {
    if (codes.length === 0) localStorage.removeItem(MYLIST_STORAGE_KEY);
    else localStorage.setItem(MYLIST_STORAGE_KEY, memory);
  } catch {
    // Kept in memory for this page.
  }
  listeners.forEach((listener) => listener());
}

const onStorage = (event: StorageEvent) => {
  if (event.key === MYLIST_STORAGE_KEY || event.key === null) listeners.forEach((listener) => listener());
};

/** Calls `listener` after every change of the list, in this tab or another; returns the unsubscribe. */
export function subscribeList(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}
