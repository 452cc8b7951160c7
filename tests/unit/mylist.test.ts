/**
 * マイリスト: the share format (`/my/?items=1-2-3-4,3-1-2,P-1-1-1`) read and written for every code of the
 * real plan, what a bad link is told, the list operations, the data /my/ loads, storage and the deck's keys.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getPlan, type PlanModel } from "@/lib/content/plan";
import { allInitiatives } from "@/lib/content/schema";
import { shortCode } from "@/lib/content/codes";
import { codeOfPath, decodeList, MAX_CODES, readCode, type SkipReason } from "@/lib/mylist/codec";
import { encodeList, isInitiativeCode, splitList } from "@/lib/mylist/format";
import { toMyListData } from "@/lib/mylist/data";
import { deckCommand, moveTo, positionLabel } from "@/lib/mylist/deck";
import { isMyListData } from "@/lib/mylist/guard";
import { SKIP_REASONS } from "@/lib/mylist/labels";
import { mergeCodes, moveCode, removeCode, sameList, toggleCode } from "@/lib/mylist/list";
import { catalogueOf, itemsOf, plainText, whereLabel, type Catalogue } from "@/lib/mylist/resolve";
import { MyListDataSchema, MyListSchema, type MyListData } from "@/lib/mylist/schema";
import { actionPath, initiativePath, myListPath } from "@/lib/urls";
import { realSources } from "../fixtures/search/real-index";

let model: PlanModel;
let data: MyListData;
let catalogue: Catalogue;
/** Every code of the real plan: its actions, then its initiatives, as the open data writes them. */
let planCodes: string[];
const isKnown = (code: string) => catalogue.has(code);

beforeAll(async () => {
  model = getPlan();
  data = toMyListData(model, (await realSources(model)).readings);
  catalogue = catalogueOf(data);
  planCodes = [
    ...model.actions.map(({ section, goal, action }) => shortCode(section.id, goal.number, action.number)),
    ...[...allInitiatives(model.plan)].map(({ ref }) => shortCode(ref.section, ref.goal, ref.action, ref.initiative)),
  ];
}, 60_000);

describe("share format", () => {
  it("reads the issue's example: an initiative, an action and a partnership initiative, in order", () => {
    const decoded = decodeList("1-2-3-4,3-1-2,P-1-1-1", isKnown);
    expect(decoded).toEqual({ codes: ["1-2-3-4", "3-1-2", "P-1-1-1"], skipped: [] });
    expect(encodeList(decoded.codes)).toBe("1-2-3-4,3-1-2,P-1-1-1");
    expect(myListPath(decoded.codes)).toBe("/my/?items=1-2-3-4,3-1-2,P-1-1-1");
    expect(myListPath(decoded.codes, { present: true })).toBe("/my/?items=1-2-3-4,3-1-2,P-1-1-1&present=1");
    expect(myListPath()).toBe("/my/");
    expect(myListPath([])).toBe("/my/");
  });

  it("round-trips every code of the real plan, one by one and all together", () => {
    expect(planCodes).toHaveLength(model.counts.actions + model.counts.initiatives);
    expect(planCodes).toHaveLength(64 + 260);
    expect(new Set(planCodes).size).toBe(planCodes.length);
    // The catalogue /my/ builds from its data knows exactly these codes.
    expect([...catalogue.keys()].sort()).toEqual([...planCodes].sort());
    for (const code of planCodes) {
      expect(decodeList(encodeList([code]), isKnown), code).toEqual({ codes: [code], skipped: [] });
      expect(readCode(code)).toEqual({ code });
      expect(MyListSchema.safeParse([code]).success, code).toBe(true);
    }
    const all = decodeList(encodeList(planCodes), isKnown);
    expect(all.skipped).toEqual([]);
    expect(all.codes).toEqual(planCodes);
    // Storage reads back what it wrote, and tells initiatives from actions.
    expect(splitList(encodeList(planCodes))).toEqual(planCodes);
    expect(planCodes.filter(isInitiativeCode)).toHaveLength(260);
    // And from the pages: an action page, and an initiative on it, give the code of what they show.
    for (const { section, goal, action } of model.actions) {
      expect(codeOfPath(actionPath(section.id, goal.number, action.number))).toBe(shortCode(section.id, goal.number, action.number));
    }
    for (const { ref } of allInitiatives(model.plan)) {
      expect(codeOfPath(initiativePath(ref))).toBe(shortCode(ref.section, ref.goal, ref.action, ref.initiative));
    }
  });

  it("storage's reader drops empty parts and repeats", () => {
    expect(splitList("")).toEqual([]);
    expect(splitList("1-2-3,,3-1-2,1-2-3,")).toEqual(["1-2-3", "3-1-2"]);
  });

  it("reads codes as people type them: full width, other dashes, lower-case p, spaces and 、", () => {
    expect(decodeList("２－１－３、p-1-1-1 ,  1–2–3–4", isKnown)).toEqual({ codes: ["2-1-3", "P-1-1-1", "1-2-3-4"], skipped: [] });
    expect(decodeList("", isKnown)).toEqual({ codes: [], skipped: [] });
    expect(decodeList(null)).toEqual({ codes: [], skipped: [] });
  });

  it("skips what it cannot read, says why, and keeps the rest in order", () => {
    const cases: Array<[string, SkipReason]> = [
      ["abc", "malformed"],
      ["1", "malformed"],
      ["1-2-3-4-5", "malformed"],
      ["1-0-1", "malformed"],
      ["1-2-3x", "malformed"],
      ["1-2", "not-an-item"],
      ["P-1", "not-an-item"],
      ["9-1-1", "unknown"],
      ["1-2-99", "unknown"],
      ["1-2-3-99", "unknown"],
      ["P-9-1-1", "unknown"],
    ];
    for (const [code, reason] of cases) {
      const decoded = decodeList(`1-2-3,${code},3-1-2`, isKnown);
      expect(decoded.codes, code).toEqual(["1-2-3", "3-1-2"]);
      expect(decoded.skipped.map((s) => s.reason), code).toEqual([reason]);
    }
    // Without the plan (storage, which only this site writes) a well-formed code is taken as it is.
    expect(decodeList("9-1-1,1-2").codes).toEqual(["9-1-1"]);
  });

  it("skips a repeated code, also when it is written differently", () => {
    expect(decodeList("1-2-3,3-1-2,1-2-3", isKnown)).toEqual({ codes: ["1-2-3", "3-1-2"], skipped: [{ code: "1-2-3", reason: "duplicate" }] });
    expect(decodeList("P-1-1,p－1－1", isKnown).skipped).toEqual([{ code: "P-1-1", reason: "duplicate" }]);
  });

  it("stops reading a link with more codes than the plan has items", () => {
    const many = Array.from({ length: MAX_CODES + 3 }, () => "1-2-3").join(",");
    const decoded = decodeList(many, isKnown);
    expect(decoded.codes).toEqual(["1-2-3"]);
    expect(decoded.skipped.filter((s) => s.reason === "too-many")).toHaveLength(3);
    expect(decoded.skipped.filter((s) => s.reason === "duplicate")).toHaveLength(MAX_CODES - 1);
  });

  it("has words for every reason", () => {
    const reasons: SkipReason[] = ["malformed", "not-an-item", "unknown", "duplicate", "too-many"];
    expect(Object.keys(SKIP_REASONS).sort()).toEqual([...reasons].sort());
    for (const reason of reasons) expect(SKIP_REASONS[reason].length).toBeGreaterThan(5);
  });

  it("the schema takes canonical codes, each once, and nothing else", () => {
    expect(MyListSchema.safeParse(["1-2-3-4", "3-1-2", "P-1-1-1"]).success).toBe(true);
    for (const bad of [["1-2-3", "1-2-3"], ["p-1-1"], ["1-2"], ["1-02-3"], ["6-1-1"], ["１-2-3"]]) {
      expect(MyListSchema.safeParse(bad).success, bad.join()).toBe(false);
    }
  });
});

describe("list operations", () => {
  it("adds at the end and removes again", () => {
    expect(toggleCode(["1-2-3"], "3-1-2")).toEqual(["1-2-3", "3-1-2"]);
    expect(toggleCode(["1-2-3", "3-1-2"], "1-2-3")).toEqual(["3-1-2"]);
    expect(removeCode(["1-2-3", "3-1-2"], "3-1-2")).toEqual(["1-2-3"]);
  });

  it("moves up and down, and stays put at either end", () => {
    const list = ["a", "b", "c"];
    expect(moveCode(list, "b", -1)).toEqual(["b", "a", "c"]);
    expect(moveCode(list, "b", 1)).toEqual(["a", "c", "b"]);
    expect(moveCode(list, "a", -1)).toEqual(list);
    expect(moveCode(list, "c", 1)).toEqual(list);
    expect(moveCode(list, "x", 1)).toEqual(list);
    expect(list).toEqual(["a", "b", "c"]);
  });

  it("merges a shared list after the saved one, without repeating what is saved", () => {
    expect(mergeCodes(["1-2-3", "3-1-2"], ["P-1-1", "1-2-3", "2-1-1-1"])).toEqual(["1-2-3", "3-1-2", "P-1-1", "2-1-1-1"]);
    expect(sameList(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameList(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameList(["a"], ["a", "b"])).toBe(false);
  });
});

describe("/my/items.json", () => {
  it("is valid, and passes the browser's light check after a JSON round trip", () => {
    expect(MyListDataSchema.safeParse(data).success).toBe(true);
    expect(isMyListData(JSON.parse(JSON.stringify(data)))).toBe(true);
    for (const bad of [null, {}, { ...data, v: 2 }, { ...data, sections: {} }, { v: 1, sections: [{ id: "1" }] }]) {
      expect(isMyListData(bad)).toBe(false);
    }
  });

  it("holds the plan's wording verbatim, with its ●/・ and （再掲）, under the right codes", () => {
    const entries = [...allInitiatives(model.plan)];
    expect(entries).toHaveLength(260);
    for (const { item, ref } of entries) {
      const listed = catalogue.get(shortCode(ref.section, ref.goal, ref.action, ref.initiative));
      expect(listed?.initiative && plainText(listed.initiative.text)).toBe(item.text);
      expect(listed?.initiative?.featured).toBe(item.featured);
      expect(listed?.initiative?.repeat).toBe(item.repeatOf !== null);
      expect(listed?.path).toBe(initiativePath(ref));
    }
    expect(model.actions).toHaveLength(64);
    for (const { section, goal, action } of model.actions) {
      const listed = catalogue.get(shortCode(section.id, goal.number, action.number));
      expect(listed && plainText(listed.action.title)).toBe(action.title);
      expect(listed && plainText(listed.goal.title)).toBe(goal.title);
      expect(listed?.kind).toBe("action");
    }
  });

  it("has furigana where the site shows them", () => {
    const item = catalogue.get("1-1-1-1");
    expect(item?.initiative?.text.some((run) => Array.isArray(run))).toBe(true);
    expect(whereLabel(catalogue.get("P-1-1-1")!)).toBe("パートナーシップ · 具体目標1 · 行動①");
  });

  it("gives the items of a list in the list's order, leaving out codes the plan lacks", () => {
    expect(itemsOf(catalogue, ["3-1-2", "9-9-9", "1-2-3-4"]).map((item) => item.code)).toEqual(["3-1-2", "1-2-3-4"]);
  });
});

describe("storage on the device", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function withStorage(storage: Pick<Storage, "getItem" | "setItem" | "removeItem">) {
    const events = new EventTarget();
    vi.stubGlobal("localStorage", storage);
    vi.stubGlobal("window", events);
    return { store: await import("@/lib/mylist/store"), events };
  }

  it("keeps the list in the share format, tells subscribers at once, and hears other tabs", async () => {
    const map = new Map<string, string>();
    const { store, events } = await withStorage({
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    });
    const heard = vi.fn();
    const stop = store.subscribeList(heard);
    store.saveList(["1-2-3-4", "3-1-2"]);
    expect(map.get(store.MYLIST_STORAGE_KEY)).toBe("1-2-3-4,3-1-2");
    expect(store.readList()).toEqual(["1-2-3-4", "3-1-2"]);
    expect(heard).toHaveBeenCalledTimes(1);
    events.dispatchEvent(Object.assign(new Event("storage"), { key: store.MYLIST_STORAGE_KEY }));
    events.dispatchEvent(Object.assign(new Event("storage"), { key: "someone-else" }));
    expect(heard).toHaveBeenCalledTimes(2);
    store.saveList([]);
    expect(map.has(store.MYLIST_STORAGE_KEY)).toBe(false);
    stop();
    store.saveList(["1-2-3"]);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it("works for the page's lifetime where storage is refused", async () => {
    const refuse = () => {
      throw new Error("SecurityError");
    };
    const { store } = await withStorage({ getItem: refuse, setItem: refuse, removeItem: refuse });
    store.saveList(["P-1-1-1"]);
    expect(store.readList()).toEqual(["P-1-1-1"]);
  });
});

describe("lesson deck keys", () => {
  it("maps clicker keys and arrows, and stops at the ends", () => {
    expect(["ArrowRight", "ArrowLeft", "PageDown", " ", "PageUp", "Home", "End", "Escape", "a"].map(deckCommand)).toEqual([
      "next",
      "prev",
      "more",
      "more",
      "back",
      "first",
      "last",
      "leave",
      null,
    ]);
    expect(moveTo(0, 7, "next")).toBe(1);
    expect(moveTo(6, 7, "next")).toBe(6);
    expect(moveTo(0, 7, "prev")).toBe(0);
    expect(moveTo(3, 7, "first")).toBe(0);
    expect(moveTo(3, 7, "last")).toBe(6);
    expect(positionLabel(2, 7)).toBe("3 / 7");
  });
});
