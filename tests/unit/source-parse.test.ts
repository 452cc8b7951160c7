import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/source/parse";
import { file, HEADER, HEADINGS, minimalSection, row, table } from "@/tests/fixtures/source/build";

// Each test is one quirk of the city's document, in a source just big enough to show it.
// Sections must come in order, so a one-section fixture always opens with 方向性1.

function itemsOf(raw: string) {
  return parsePlan(raw).sections[0]!.goals[0]!.actions[0]!.initiatives;
}

describe("initiative items", () => {
  it("does not split an item at a ・ inside its text (自転車・高齢者カート)", () => {
    const items = itemsOf(
      file(...table(HEADINGS["1"], row("1. 目標", "①行動", "・自転車・高齢者カート・キックボードのレーンを整備する ・まちなかに駐輪場やサイクルスタンドを増やす"))),
    );
    expect(items.map((i) => i.text)).toEqual([
      "自転車・高齢者カート・キックボードのレーンを整備する",
      "まちなかに駐輪場やサイクルスタンドを増やす",
    ]);
  });

  it("reads ● as a main example and ・ as an ordinary one", () => {
    const items = itemsOf(file(...table(HEADINGS["1"], row("1. 目標", "①行動", "●主な取組 ・その他の取組"))));
    expect(items.map((i) => [i.text, i.featured])).toEqual([
      ["主な取組", true],
      ["その他の取組", false],
    ]);
  });

  it("drops the space some rows put after the marker (● 食器…, ・ ペット…)", () => {
    const items = itemsOf(
      file(
        ...table(
          HEADINGS["1"],
          row("1. 目標", "①行動", "● 食器リユースのしくみを構築する ・ ペットボトルのデポジット（返却金）制度のモデル実施をする"),
        ),
      ),
    );
    expect(items.map((i) => i.text)).toEqual([
      "食器リユースのしくみを構築する",
      "ペットボトルのデポジット（返却金）制度のモデル実施をする",
    ]);
  });

  it("keeps an item with a space before its parenthesis as one item", () => {
    const items = itemsOf(
      file(
        ...table(
          HEADINGS["1"],
          row(
            "1. 目標",
            "①行動",
            "●地域コミュニティでの防災知識の習得や防災活動を行う （みんなが避難のしかたや避難所を知っている、防災キャンプ、避難訓練など） ●これまで発生した災害の話を知る",
          ),
        ),
      ),
    );
    expect(items.map((i) => i.text)).toEqual([
      "地域コミュニティでの防災知識の習得や防災活動を行う （みんなが避難のしかたや避難所を知っている、防災キャンプ、避難訓練など）",
      "これまで発生した災害の話を知る",
    ]);
  });

  it("keeps letter-spaced words such as T A B E T E and K O G E I verbatim", () => {
    const items = itemsOf(
      file(
        ...table(
          HEADINGS["1"],
          row("1. 目標", "①行動", "・ フードシェアリングアプリT A B E T Eを普及する ・K O G E I を世界に発信し、金沢がハブになる"),
        ),
      ),
    );
    expect(items.map((i) => i.text)).toEqual([
      "フードシェアリングアプリT A B E T Eを普及する",
      "K O G E I を世界に発信し、金沢がハブになる",
    ]);
  });

  it("strips （再掲） from the text and points the item at its original, even one that comes later in the plan", () => {
    const plan = parsePlan(
      file(
        ...table(HEADINGS["1"], row("1. 目標", "①行動", "●先の取組 ・後で出てくる取組（再掲）")),
        ...table(HEADINGS["2"], row("1. 目標", "①行動", "●別の取組"), row("", "②行動", "・別の取組 ・後で出てくる取組")),
      ),
    );
    const [, repeat] = plan.sections[0]!.goals[0]!.actions[0]!.initiatives;
    expect(repeat).toMatchObject({
      text: "後で出てくる取組",
      repeatOf: { section: "2", goal: 1, action: 2, initiative: 2 },
    });
    const original = plan.sections[1]!.goals[0]!.actions[1]!.initiatives[1]!;
    expect(original).toMatchObject({ text: "後で出てくる取組", repeatOf: null });
  });

  it("resolves a （再掲） to the original, not to another （再掲） of the same item", () => {
    const plan = parsePlan(
      file(
        ...table(
          HEADINGS["1"],
          row("1. 目標", "①行動", "・同じ取組（再掲）"),
          row("", "②行動", "・同じ取組（再掲）"),
          row("", "③行動", "・同じ取組"),
        ),
      ),
    );
    const actions = plan.sections[0]!.goals[0]!.actions;
    const original = { section: "1", goal: 1, action: 3, initiative: 1 };
    expect(actions[0]!.initiatives[0]!.repeatOf).toEqual(original);
    expect(actions[1]!.initiatives[0]!.repeatOf).toEqual(original);
  });
});

describe("goal and action cells", () => {
  it("unwraps cells written as <p>…</p>", () => {
    const goal = parsePlan(
      file(
        ...table(
          HEADINGS["1"],
          row("<p>1. すべての子供たちが安心して暮らし育つことができる環境をつくる</p>", "<p>①家庭が困窮な状況にあっても生活できるよう支援する</p>", "●取組"),
        ),
      ),
    ).sections[0]!.goals[0]!;
    expect(goal.title).toBe("すべての子供たちが安心して暮らし育つことができる環境をつくる");
    expect(goal.actions[0]!.title).toBe("家庭が困窮な状況にあっても生活できるよう支援する");
  });

  it("reads an action number followed by a space (① 子供に…)", () => {
    const action = parsePlan(
      file(...table(HEADINGS["1"], row("1. 目標", "①行動", "●取組"), row("", "② 地域と連携して学校外での子供の教育を充実させる", "●取組"))),
    ).sections[0]!.goals[0]!.actions[1]!;
    expect(action).toMatchObject({ number: 2, title: "地域と連携して学校外での子供の教育を充実させる" });
  });

  it("puts a row with an empty goal cell under the goal above", () => {
    const goals = parsePlan(
      file(...table(HEADINGS["1"], row("1. 一つ目", "①行動", "●a"), row("", "②行動", "●b"), row("2. 二つ目", "①行動", "●c"))),
    ).sections[0]!.goals;
    expect(goals.map((g) => [g.number, g.actions.map((a) => a.number)])).toEqual([
      [1, [1, 2]],
      [2, [1]],
    ]);
  });
});

describe("tables", () => {
  it("reads a table whose header row follows the heading without a blank line", () => {
    const plan = parsePlan(file(HEADINGS["1"], HEADER, row("1. 目標", "①行動", "●a"), row("", "②行動", "●b")));
    expect(plan.sections[0]!.goals[0]!.actions.map((a) => [a.number, a.sourceLine])).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
});

describe("sections that continue in a later block", () => {
  it("starts a new goal, not a continued one, when the next number has the same title", () => {
    const plan = parsePlan(file(...table(HEADINGS["1"], row("1. 同じ題", "①行動", "●a")), ...table(HEADINGS["1"], row("2. 同じ題", "①行動", "●b"))));
    expect(plan.sections[0]!.goals.map((g) => [g.number, g.title, g.actions.length])).toEqual([
      [1, "同じ題", 1],
      [2, "同じ題", 1],
    ]);
  });

  it("continues a goal when a later block under the same heading restates it (方向性2's goal 2)", () => {
    const lines = [
      ...table(HEADINGS["1"], row("1. 二酸化炭素の排出量を抑える", "①行動", "●a"), row("2. 環境負荷の少ない暮らしにシフトする", "①行動", "●b")),
      ...table(HEADINGS["1"], row("2. 環境負荷の少ない暮らしにシフトする", "②プラスチックを削減する", "● c")),
    ];
    const plan = parsePlan(file(...lines));
    expect(plan.sections).toHaveLength(1);
    const goal = plan.sections[0]!.goals[1]!;
    expect(plan.sections[0]!.goals).toHaveLength(2);
    // The goal keeps the line where it first appeared; the continued action has its own line.
    expect(goal.sourceLine).toBe(5);
    expect(goal.actions.map((a) => [a.number, a.title, a.sourceLine])).toEqual([
      [1, "行動", 5],
      [2, "プラスチックを削減する", 10],
    ]);
  });

  it("starts the next goal when a later block under the same heading names it (方向性1's goal 3)", () => {
    const plan = parsePlan(
      file(...table(HEADINGS["1"], row("1. 一つ目", "①行動", "●a")), ...table(HEADINGS["1"], row("2. 二つ目", "①行動", "●b"))),
    );
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]!.goals.map((g) => [g.number, g.title])).toEqual([
      [1, "一つ目"],
      [2, "二つ目"],
    ]);
  });
});

describe("headings", () => {
  it("splits a heading into label, title and the tagline between ～ ～", () => {
    const section = parsePlan(file(...minimalSection("1"))).sections[0]!;
    expect(section).toMatchObject({
      id: "1",
      number: 1,
      label: "方向性1",
      heading: HEADINGS["1"],
      title: "自然、歴史、文化に立脚したまちづくりをすすめる",
      tagline: "古くて新しくて心地よいまち",
      sourceLine: 1,
    });
  });

  it("reads a heading with no space after 】 (方向性4)", () => {
    const lines = ["1", "2", "3", "4"].flatMap((id) => minimalSection(id as "1" | "2" | "3" | "4"));
    const section = parsePlan(file(...lines)).sections[3]!;
    expect(section).toMatchObject({
      id: "4",
      label: "方向性4",
      heading: HEADINGS["4"],
      title: "誰もが生涯にわたって学び活躍できる社会風土をつくる",
      tagline: "働きがいも、生きがいも得られるまち",
    });
  });

  it("reads the partnership heading, which has no number and no tagline", () => {
    const ids = ["1", "2", "3", "4", "5", "partnership"] as const;
    const plan = parsePlan(file(...ids.flatMap((id) => minimalSection(id))));
    expect(plan.sections.map((s) => s.id)).toEqual(ids);
    expect(plan.sections[5]).toMatchObject({
      id: "partnership",
      number: null,
      label: "パートナーシップ",
      title: "方向性1～5をすすめるパートナーシップ",
      tagline: null,
      heading: HEADINGS.partnership,
    });
  });
});

describe("line numbers", () => {
  it("counts every line of the file, blank lines included, so sourceLine matches an editor", () => {
    // The real source starts with two blank lines.
    const section = parsePlan(file("", "", ...table(HEADINGS["1"], row("1. 目標", "①行動", "●a"), row("", "②行動", "●b")))).sections[0]!;
    expect(section.sourceLine).toBe(3);
    expect(section.goals[0]!.sourceLine).toBe(6);
    expect(section.goals[0]!.actions.map((a) => a.sourceLine)).toEqual([6, 7]);
    expect(section.goals[0]!.actions[1]!.initiatives[0]!.sourceLine).toBe(7);
  });
});
