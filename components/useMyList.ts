"use client";

import { useMemo, useSyncExternalStore } from "react";
import { splitList } from "@/lib/mylist/format";
import { listSnapshot, subscribeList } from "@/lib/mylist/store";

/** The list on this device, re-rendered on every change (this tab's or another's). Empty on the server. */
export function useSavedList(): string[] {
  const text = useSyncExternalStore(subscribeList, listSnapshot, () => "");
  return useMemo(() => splitList(text), [text]);
}
