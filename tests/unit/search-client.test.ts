import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchIndex } from "@/lib/search/index-schema";
import { SEARCH_INDEX_VERSION } from "@/lib/search/version";
import { searchIndexPath } from "@/lib/urls";

/**
 * The browser side of search (lib/search/client.ts) with fetch stubbed: the index is fetched
 * once, a failed or foreign response is an error that the next search retries, and typo
 * matching is loaded only when a word matches nothing otherwise. The page's behaviour on a
 * failed load is tested in the browser (tests/e2e/search.spec.ts).
 */

const INDEX: SearchIndex = {
  v: SEARCH_INDEX_VERSION,
  s: [],
  docs: [{ k: "action", t: "テレワークを推進する", u: "/directions/4/goals/4/actions/2/", w: "方向性4 · 具体目標4 · 行動②", y: [] }],
};

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  // A fresh module each time: it keeps the loaded index for the life of the page.
  vi.resetModules();
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal("fetch", fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const client = () => import("@/lib/search/client");

describe("loadSearch", () => {
  it("fetches /search-index.json once and prepares it", async () => {
    fetchMock.mockResolvedValue(ok(INDEX));
    const { loadSearch } = await client();
    expect(searchIndexPath()).toBe("/search-index.json");
    const prepared = await loadSearch();
    expect(prepared.docs.map((d) => d.t)).toEqual(["テレワークを推進する"]);
    expect(await loadSearch()).toBe(prepared);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith("/search-index.json");
  });

  it("fails on an HTTP error, naming the file and the status, and tries again on the next search", async () => {
    fetchMock.mockResolvedValueOnce(new Response("", { status: 500 })).mockResolvedValueOnce(ok(INDEX));
    const { loadSearch } = await client();
    await expect(loadSearch()).rejects.toThrow("/search-index.json: HTTP 500");
    expect((await loadSearch()).docs).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("refuses a stale or foreign file, and tries again on the next search", async () => {
    fetchMock.mockResolvedValueOnce(ok({ ...INDEX, v: SEARCH_INDEX_VERSION - 1 })).mockResolvedValueOnce(ok(INDEX));
    const { loadSearch } = await client();
    await expect(loadSearch()).rejects.toThrow("/search-index.json: unexpected format");
    expect((await loadSearch()).docs).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("lets a network failure through, and tries again on the next search", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(ok(INDEX));
    const { loadSearch } = await client();
    await expect(loadSearch()).rejects.toThrow("Failed to fetch");
    expect((await loadSearch()).docs).toHaveLength(1);
  });
});

describe("searchFor", () => {
  it("answers from the loaded index, without typo matching while every word is found", async () => {
    fetchMock.mockResolvedValue(ok(INDEX));
    const { loadSearch, searchFor } = await client();
    const response = await searchFor("テレワーク");
    expect(response.results.map((r) => [r.doc.t, r.tier])).toEqual([["テレワークを推進する", 3]]);
    expect((await loadSearch()).fuzzy).toBeUndefined();
  });

  it("loads typo matching the first time a word matches nothing, and searches again with it", async () => {
    fetchMock.mockResolvedValue(ok(INDEX));
    const { loadSearch, searchFor } = await client();
    const response = await searchFor("テレワク");
    expect(response.needsFuzzy).toBe(false);
    expect(response.results.map((r) => [r.doc.t, r.tier])).toEqual([["テレワークを推進する", 1]]);
    expect((await loadSearch()).fuzzy).toBeTypeOf("function");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("inSlices", () => {
  // Four steps of 6 ms each on a clock the test moves: the first slice (10 ms) ends after two.
  const stepsOf = (log: string[], clock: { now: number }) =>
    (function* () {
      for (let i = 0; i < 4; i++) {
        log.push(`step ${i}`);
        clock.now += 6;
        yield;
      }
      return "prepared";
    })();

  it("runs steps until a slice's time is up, gives the page back, and goes on in a later task", async () => {
    const { inSlices, SLICE_MS } = await client();
    expect(SLICE_MS).toBe(10);
    const log: string[] = [];
    const clock = { now: 0 };
    const pending = inSlices(stepsOf(log, clock), () => clock.now);
    expect(log).toEqual(["step 0", "step 1"]);
    await Promise.resolve();
    expect(log, "a microtask is not a new task").toEqual(["step 0", "step 1"]);
    await expect(pending).resolves.toBe("prepared");
    expect(log).toEqual(["step 0", "step 1", "step 2", "step 3"]);
  });

  it("pauses exactly when a slice's time is used up, and gives each later slice its full time", async () => {
    const { inSlices } = await client();
    const log: string[] = [];
    let clock = 0;
    const steps = (function* () {
      for (let i = 0; i < 6; i++) {
        log.push(`step ${i}`);
        clock += 5;
        yield;
      }
    })();
    const pending = inSlices(steps, () => {
      log.push(`read ${clock}`);
      return clock;
    });
    // At 10 ms the first slice is used up: the pause comes after two steps, not three.
    expect(log).toEqual(["read 0", "step 0", "read 5", "step 1", "read 10"]);
    await pending;
    // After each pause the clock is read again and the next slice has 10 ms: two steps each.
    expect(log.slice(5)).toEqual(["read 10", "step 2", "read 15", "step 3", "read 20", "read 20", "step 4", "read 25", "step 5", "read 30", "read 30"]);
  });

  it("keeps time with performance.now() when given no clock", async () => {
    const { inSlices } = await client();
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => clock);
    const log: string[] = [];
    const steps = (function* () {
      for (let i = 0; i < 4; i++) {
        log.push(`step ${i}`);
        clock += 6;
        yield;
      }
      return "prepared";
    })();
    const pending = inSlices(steps);
    expect(log).toEqual(["step 0", "step 1"]);
    now.mockRestore();
    await expect(pending).resolves.toBe("prepared");
  });

  it("runs everything at once while the time allows", async () => {
    const { inSlices } = await client();
    const log: string[] = [];
    const pending = inSlices(stepsOf(log, { now: 0 }), () => 0);
    expect(log).toEqual(["step 0", "step 1", "step 2", "step 3"]);
    await expect(pending).resolves.toBe("prepared");
  });
});
