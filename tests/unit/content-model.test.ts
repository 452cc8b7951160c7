import { beforeEach, describe, expect, it } from "vitest";
import { breadcrumbs, titlePath } from "@/lib/content/breadcrumbs";
import { actionCode, shortCode } from "@/lib/content/codes";
import { buildCrossRefs } from "@/lib/content/crossref";
import { actionMeta, goalMeta, pageMetadata, sectionMeta } from "@/lib/content/meta";
import {
  actionsOf,
  buildModel,
  countPlan,
  entryPoints,
  findAction,
  findGoal,
  findSection,
  listActions,
  neighbours,
  resolveRef,
  type PlanModel,
} from "@/lib/content/plan";
import { allInitiatives, findInitiative, refKey, refOf, type InitiativeRef, type Plan } from "@/lib/content/schema";
import { parsePlan } from "@/lib/source/parse";
import { absoluteUrl, SITE_NAME } from "@/lib/urls";
import { file, HEADINGS, minimalSection, row, table } from "@/tests/fixtures/source/build";

// A small plan, in the source's own format, that has each case the model must handle:
// two goals, a goal with three actions, an item repeated with （再掲）, and the same text
// twice under one action and once under another without the mark.
// Computed before each test, not when the file loads: a mutation tool (StrykerJS) switches a
// mutant on just before the tests run, and a value computed at load would never see it.
const source = () =>
  file(
    ...table(
      HEADINGS["1"],
      row("1. 一つ目の目標", "①最初の行動", "●主なA ・その他B ・同じ文 ・同じ文"),
      row("", "②二番目の行動", "・その他C ●主なD"),
      row("", "③三番目の行動", "・同じ文"),
      row("2. 二つ目の目標", "①行動", "・主なA（再掲） ・その他だけ"),
    ),
    ...(["2", "3", "4", "5", "partnership"] as const).flatMap((id) => minimalSection(id)),
  );
let plan: Plan;
let model: PlanModel;
beforeEach(() => {
  plan = parsePlan(source());
  model = buildModel(plan);
});
const ref = (section: InitiativeRef["section"], goal: number, action: number, initiative: number): InitiativeRef => ({
  section,
  goal,
  action,
  initiative,
});
const where = (entry: { section: { id: string }; goal: { number: number }; action: { number: number } } | undefined) =>
  entry && `${entry.section.id}/${entry.goal.number}/${entry.action.number}`;

describe("codes", () => {
  it("writes an action's code as the city does, with a circled action number", () => {
    expect(actionCode("方向性1", 2, 3)).toBe("方向性1 · 具体目標2 · 行動③");
    expect(actionCode("パートナーシップ", 1, 12)).toBe("パートナーシップ · 具体目標1 · 行動⑫");
  });

  it("writes short codes with P for the partnership section, and the initiative when given", () => {
    expect(shortCode("1", 2, 3)).toBe("1-2-3");
    expect(shortCode("partnership", 1, 2)).toBe("P-1-2");
    expect(shortCode("5", 2, 6, 4)).toBe("5-2-6-4");
    expect(shortCode("partnership", 2, 3, 1)).toBe("P-2-3-1");
  });
});

describe("titlePath: a page's place in the plan, spelled out for paper", () => {
  const section = () => plan.sections[0]!;
  const goal = () => section().goals[0]!;

  it("names the section, then the goal with its number, then the action with its circled number", () => {
    const action = goal().actions[2]!;
    expect(titlePath(section())).toEqual([{ label: "方向性1", title: section().title }]);
    expect(titlePath(section(), goal())).toEqual([
      { label: "方向性1", title: section().title },
      { label: "具体目標1.", title: goal().title },
    ]);
    expect(titlePath(section(), goal(), action)).toEqual([
      { label: "方向性1", title: section().title },
      { label: "具体目標1.", title: goal().title },
      { label: "行動③", title: action.title },
    ]);
  });

  it("gives no action without its goal", () => {
    expect(titlePath(section(), undefined, { number: 1, title: "x" })).toEqual([{ label: "方向性1", title: section().title }]);
  });
});

describe("breadcrumbs", () => {
  const section = () => plan.sections[0]!;
  const goal = () => section().goals[0]!;

  it("leads from the top page to a section", () => {
    expect(breadcrumbs(section())).toEqual([
      { label: "トップ", href: "/" },
      { label: "方向性1", href: "/directions/1/" },
    ]);
  });

  it("adds the goal, then the action with its circled number", () => {
    expect(breadcrumbs(section(), goal())).toEqual([
      { label: "トップ", href: "/" },
      { label: "方向性1", href: "/directions/1/" },
      { label: "具体目標1", href: "/directions/1/goals/1/" },
    ]);
    expect(breadcrumbs(section(), goal(), 2).at(-1)).toEqual({ label: "行動②", href: "/directions/1/goals/1/actions/2/" });
    expect(breadcrumbs(section(), goal(), 2)).toHaveLength(4);
  });

  it("ignores an action without its goal", () => {
    expect(breadcrumbs(section(), undefined, 2)).toHaveLength(2);
  });
});

describe("references", () => {
  it("keys a reference by its four numbers", () => {
    expect(refKey(ref("partnership", 1, 2, 3))).toBe("partnership/1/2/3");
  });

  it("walks every initiative in reading order, each with its reference", () => {
    const walked = [...allInitiatives(plan)].slice(0, 8).map(({ item, ref: r }) => [refKey(r), item.text]);
    expect(walked).toEqual([
      ["1/1/1/1", "主なA"],
      ["1/1/1/2", "その他B"],
      ["1/1/1/3", "同じ文"],
      ["1/1/1/4", "同じ文"],
      ["1/1/2/1", "その他C"],
      ["1/1/2/2", "主なD"],
      ["1/1/3/1", "同じ文"],
      ["1/2/1/1", "主なA"],
    ]);
    expect([...allInitiatives(plan)]).toHaveLength(9 + 5);
  });

  it("finds an initiative by reference, and nothing for a number past the end at any level", () => {
    expect(findInitiative(plan, ref("1", 1, 2, 2))?.text).toBe("主なD");
    expect(findInitiative(plan, ref("1", 1, 2, 3))).toBeUndefined();
    expect(findInitiative(plan, ref("1", 1, 4, 1))).toBeUndefined();
    expect(findInitiative(plan, ref("1", 3, 1, 1))).toBeUndefined();
    expect(findInitiative({ sections: plan.sections.slice(0, 1) }, ref("2", 1, 1, 1))).toBeUndefined();
  });

  it("builds a reference from where an item sits", () => {
    expect(refOf({ id: "3" }, { number: 2 }, { number: 4 }, { position: 1 })).toEqual(ref("3", 2, 4, 1));
  });
});

describe("cross-references", () => {
  let crossRefs: ReturnType<typeof buildCrossRefs>;
  beforeEach(() => {
    crossRefs = buildCrossRefs(plan);
  });

  it("links an original to the item that repeats it with （再掲）", () => {
    expect(crossRefs(ref("1", 1, 1, 1))).toEqual({ repeatedIn: [ref("1", 2, 1, 1)], sameAs: [] });
    expect(findInitiative(plan, ref("1", 2, 1, 1))?.repeatOf).toEqual(ref("1", 1, 1, 1));
  });

  it("links identical unmarked items under different actions, but not two under the same action", () => {
    expect(crossRefs(ref("1", 1, 1, 3)).sameAs).toEqual([ref("1", 1, 3, 1)]);
    expect(crossRefs(ref("1", 1, 1, 4)).sameAs).toEqual([ref("1", 1, 3, 1)]);
    expect(crossRefs(ref("1", 1, 3, 1)).sameAs).toEqual([ref("1", 1, 1, 3), ref("1", 1, 1, 4)]);
  });

  it("does not link a repeat to the text of its original as well", () => {
    expect(crossRefs(ref("1", 2, 1, 1))).toEqual({ repeatedIn: [], sameAs: [] });
  });

  it("links identical items that differ only in their section or only in their goal, and keeps every repeat", () => {
    const other = parsePlan(
      file(
        ...table(
          HEADINGS["1"],
          row("1. 目標", "①行動", "●元の取組 ・共通の文"),
          row("2. 目標", "①行動", "・共通の文 ・元の取組（再掲）"),
        ),
        ...table(HEADINGS["2"], row("1. 目標", "①行動", "・共通の文 ・元の取組（再掲）")),
      ),
    );
    const links = buildCrossRefs(other);
    // 1/1/1, 1/2/1 and 2/1/1 share their action number; only the goal or the section tells them apart.
    expect(links(ref("1", 1, 1, 2)).sameAs).toEqual([ref("1", 2, 1, 1), ref("2", 1, 1, 1)]);
    expect(links(ref("1", 2, 1, 1)).sameAs).toEqual([ref("1", 1, 1, 2), ref("2", 1, 1, 1)]);
    expect(links(ref("2", 1, 1, 1)).sameAs).toEqual([ref("1", 1, 1, 2), ref("1", 2, 1, 1)]);
    expect(links(ref("1", 1, 1, 1)).repeatedIn).toEqual([ref("1", 2, 1, 2), ref("2", 1, 1, 2)]);
  });

  it("gives an item without relations, or an unknown reference, empty lists", () => {
    expect(crossRefs(ref("1", 1, 2, 1))).toEqual({ repeatedIn: [], sameAs: [] });
    expect(crossRefs(ref("5", 9, 9, 9))).toEqual({ repeatedIn: [], sameAs: [] });
  });
});

describe("the plan model", () => {
  it("lists the actions in reading order, each with its index", () => {
    const actions = listActions(plan);
    expect(actions.map((e) => [where(e), e.index])).toEqual([
      ["1/1/1", 0],
      ["1/1/2", 1],
      ["1/1/3", 2],
      ["1/2/1", 3],
      ["2/1/1", 4],
      ["3/1/1", 5],
      ["4/1/1", 6],
      ["5/1/1", 7],
      ["partnership/1/1", 8],
    ]);
    expect(model.actions).toEqual(actions);
  });

  it("counts sections, goals, actions, initiatives, main examples and （再掲）", () => {
    expect(countPlan(plan)).toEqual({ sections: 6, goals: 7, actions: 9, initiatives: 14, featured: 7, repeats: 1 });
    expect(model.counts).toEqual(countPlan(plan));
  });

  it("keeps the prose bodies it is given, and none by default", () => {
    expect(model.bodies.size).toBe(0);
    expect(buildModel(plan, new Map([["1", "本文"]])).bodies.get("1")).toBe("本文");
  });

  it("finds sections, goals and actions by the strings of a URL, and nothing for others", () => {
    expect(findSection(model, "partnership")?.label).toBe("パートナーシップ");
    expect(findSection(model, "6")).toBeUndefined();
    expect(findGoal(model, "1", "2")?.goal.title).toBe("二つ目の目標");
    expect(findGoal(model, "1", "2")?.section.id).toBe("1");
    expect(findGoal(model, "1", "3")).toBeUndefined();
    expect(findGoal(model, "7", "1")).toBeUndefined();
    expect(where(findAction(model, "1", "1", "3"))).toBe("1/1/3");
    expect(findAction(model, "1", "1", "4")).toBeUndefined();
    expect(findAction(model, "1", "2", "2")).toBeUndefined();
    expect(findAction(model, "2", "1", "3")).toBeUndefined();
  });

  it("lists the actions of a goal, or of a whole section", () => {
    expect(actionsOf(model, "1", 1).map(where)).toEqual(["1/1/1", "1/1/2", "1/1/3"]);
    expect(actionsOf(model, "1").map(where)).toEqual(["1/1/1", "1/1/2", "1/1/3", "1/2/1"]);
    expect(actionsOf(model, "1", 3)).toEqual([]);
  });

  it("gives a section or goal page its first action and the action before it", () => {
    expect(where(entryPoints(model, "1", 2).next)).toBe("1/2/1");
    expect(where(entryPoints(model, "1", 2).prev)).toBe("1/1/3");
    expect(where(entryPoints(model, "2").prev)).toBe("1/2/1");
    expect(entryPoints(model, "1").prev).toBeUndefined();
    expect(entryPoints(model, "1", 3)).toEqual({ prev: undefined, next: undefined });
  });

  it("gives an action its neighbours in reading order", () => {
    const second = findAction(model, "1", "1", "2")!;
    expect([where(neighbours(model, second).prev), where(neighbours(model, second).next)]).toEqual(["1/1/1", "1/1/3"]);
  });

  it("resolves a reference to its action and item, and nothing for a missing one", () => {
    const resolved = resolveRef(model, ref("1", 1, 2, 2));
    expect(where(resolved?.entry)).toBe("1/1/2");
    expect(resolved?.item.text).toBe("主なD");
    expect(resolveRef(model, ref("1", 1, 2, 3))).toBeUndefined();
    expect(resolveRef(model, ref("1", 1, 9, 1))).toBeUndefined();
  });
});

describe("page metadata", () => {
  it("gives a page its title, description, canonical URL and sharing cards, all absolute", () => {
    const meta = pageMetadata({ title: "題", description: "説明", path: "/directions/1/" });
    const url = absoluteUrl("/directions/1/");
    const image = absoluteUrl("/og.png");
    expect(meta).toEqual({
      title: "題",
      description: "説明",
      alternates: { canonical: url },
      openGraph: {
        type: "website",
        locale: "ja_JP",
        siteName: SITE_NAME,
        title: `題｜${SITE_NAME}`,
        description: "説明",
        url,
        images: [{ url: image, width: 1200, height: 630, alt: SITE_NAME }],
      },
      twitter: { card: "summary_large_image", title: `題｜${SITE_NAME}`, description: "説明", images: [image] },
    });
  });

  it("describes a section by its tagline and goals", () => {
    const meta = sectionMeta(plan.sections[0]!);
    expect(meta.title).toBe("方向性1 自然、歴史、文化に立脚したまちづくりをすすめる");
    expect(meta.description).toBe(
      "金沢SDGs行動計画 方向性1「自然、歴史、文化に立脚したまちづくりをすすめる」～古くて新しくて心地よいまち～の具体目標：一つ目の目標／二つ目の目標",
    );
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/directions/1/"));
    expect(sectionMeta(plan.sections[5]!).description).toBe(
      "金沢SDGs行動計画 パートナーシップ「方向性1～5をすすめるパートナーシップ」の具体目標：目標",
    );
  });

  it("describes a goal by its actions", () => {
    const meta = goalMeta(plan.sections[0]!, plan.sections[0]!.goals[0]!);
    expect(meta.title).toBe("具体目標1 一つ目の目標｜方向性1");
    expect(meta.description).toBe("金沢SDGs行動計画 方向性1 具体目標1「一つ目の目標」の行動：最初の行動／二番目の行動／三番目の行動");
    expect(meta.alternates?.canonical).toBe(absoluteUrl("/directions/1/goals/1/"));
  });

  it("describes an action by its main examples, or by all its items when it has none", () => {
    const first = actionMeta(findAction(model, "1", "1", "1")!);
    expect(first.title).toBe("最初の行動（方向性1 · 具体目標1 · 行動①）");
    expect(first.description).toBe("金沢SDGs行動計画 方向性1 · 具体目標1 · 行動①「最初の行動」の取組例：主なA");
    expect(first.alternates?.canonical).toBe(absoluteUrl("/directions/1/goals/1/actions/1/"));
    expect(actionMeta(findAction(model, "1", "1", "3")!).description).toBe(
      "金沢SDGs行動計画 方向性1 · 具体目標1 · 行動③「三番目の行動」の取組例：同じ文",
    );
    expect(actionMeta(findAction(model, "1", "2", "1")!).description).toBe(
      "金沢SDGs行動計画 方向性1 · 具体目標2 · 行動①「行動」の取組例：主なA／その他だけ",
    );
  });

  it("clips a description to 120 characters, ending with …", () => {
    const long = (n: number) => parsePlan(file(...table(HEADINGS["1"], row("1. 目標", "①行動", `●${"あ".repeat(n)}`)))).sections[0]!;
    const prefix = "金沢SDGs行動計画 方向性1 · 具体目標1 · 行動①「行動」の取組例：".length;
    const entry = (n: number) => buildModel({ sections: [long(n)] }).actions[0]!;
    const fits = actionMeta(entry(120 - prefix)).description!;
    expect(fits).toHaveLength(120);
    expect(fits.endsWith("あ")).toBe(true);
    const clipped = actionMeta(entry(121 - prefix)).description!;
    expect(clipped).toHaveLength(120);
    expect(clipped.endsWith("あ…")).toBe(true);
  });
});
