import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { buildCrossRefs } from "@/lib/content/crossref";
import { countPlan } from "@/lib/content/plan";
import { findInitiative, type InitiativeRef, type Plan } from "@/lib/content/schema";
import { parsePlan } from "@/lib/source/parse";

// The numbers below were counted from content/source/kanazawa-sdgs-action-plan.txt
// independently of the parser (a separate script splitting cells and items its
// own way, checked row by row against the text), not derived from parsePlan.
// If the city's document changes, recount before updating them.
const raw = readFileSync("content/source/kanazawa-sdgs-action-plan.txt", "utf8");
// Computed before each test, not when the file loads: a mutation tool (StrykerJS) switches a
// mutant on just before the tests run, and a value computed at load would never see it.
let plan: Plan;
beforeEach(() => {
  plan = parsePlan(raw);
});

const ref = (section: InitiativeRef["section"], goal: number, action: number, initiative: number): InitiativeRef => ({
  section,
  goal,
  action,
  initiative,
});

describe("the real plan", () => {
  it("has the six sections in order", () => {
    expect(plan.sections.map((s) => s.id)).toEqual(["1", "2", "3", "4", "5", "partnership"]);
  });

  it("has the right number of actions under each goal", () => {
    const shape = Object.fromEntries(plan.sections.map((s) => [s.id, s.goals.map((g) => g.actions.length)]));
    expect(shape).toEqual({
      "1": [4, 3, 3, 4],
      "2": [3, 7],
      "3": [4, 4, 3],
      "4": [5, 3, 2, 3],
      "5": [5, 6],
      partnership: [2, 3],
    });
  });

  it("has the right number of initiatives in each section", () => {
    const perSection = plan.sections.map((s) =>
      s.goals.reduce((n, g) => n + g.actions.reduce((m, a) => m + a.initiatives.length, 0), 0),
    );
    expect(perSection).toEqual([55, 51, 56, 46, 33, 19]);
  });

  it("has 17 goals, 64 actions, 260 initiatives of which 128 main examples (●) and 3 （再掲）", () => {
    expect(countPlan(plan)).toEqual({ sections: 6, goals: 17, actions: 64, initiatives: 260, featured: 128, repeats: 3 });
  });

  it("points each of the three （再掲） items of 方向性2 goal 1 action ③ at its original in 方向性1 goal 2", () => {
    const repeats = plan.sections[1]!.goals[0]!.actions[2]!.initiatives;
    expect(repeats.map((i) => [i.text, i.repeatOf])).toEqual([
      ["通勤や業務や私事で、バスや電車に乗る日を増やす", ref("1", 2, 2, 1)],
      ["自転車・高齢者カート・キックボードのレーンを整備する", ref("1", 2, 1, 7)],
      ["まちなかに駐輪場やサイクルスタンドを増やす", ref("1", 2, 1, 8)],
    ]);
    for (const item of repeats) {
      expect(findInitiative(plan, item.repeatOf!)).toMatchObject({ text: item.text, repeatOf: null });
    }
  });

  it("gives each original a back-link to its （再掲）", () => {
    const crossRefs = buildCrossRefs(plan);
    expect(crossRefs(ref("1", 2, 2, 1)).repeatedIn).toEqual([ref("2", 1, 3, 1)]);
    expect(crossRefs(ref("1", 2, 1, 7)).repeatedIn).toEqual([ref("2", 1, 3, 2)]);
    expect(crossRefs(ref("1", 2, 1, 8)).repeatedIn).toEqual([ref("2", 1, 3, 3)]);
  });

  it("links the one identical pair the source lists twice without （再掲）, both ways and nothing else", () => {
    // 方向性3 goal 2: action ② item 5 and action ④ item 1 read the same.
    const a = ref("3", 2, 2, 5);
    const b = ref("3", 2, 4, 1);
    const text = "家庭と学校・幼稚園・保育園、児童相談所・子育て支援団体の連携を進める";
    expect(findInitiative(plan, a)?.text).toBe(text);
    expect(findInitiative(plan, b)?.text).toBe(text);

    const crossRefs = buildCrossRefs(plan);
    const linked = plan.sections.flatMap((s) =>
      s.goals.flatMap((g) =>
        g.actions.flatMap((act) =>
          act.initiatives
            .map((i) => ref(s.id, g.number, act.number, i.position))
            .filter((r) => crossRefs(r).sameAs.length > 0)
            .map((r) => [r, crossRefs(r).sameAs]),
        ),
      ),
    );
    expect(linked).toEqual([
      [a, [b]],
      [b, [a]],
    ]);
  });
});
