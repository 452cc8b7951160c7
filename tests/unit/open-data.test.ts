/**
 * The open data (/data/plan.json, /data/plan.schema.json, /data/initiatives.csv) from the pure
 * functions that the routes call, so no build is needed. tests/e2e/open-data.spec.ts checks that
 * the built files are exactly these bytes.
 */
import { createHash } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { getPlan, type PlanModel } from "@/lib/content/plan";
import type { Plan } from "@/lib/content/schema";
import { fromOpenData, parseInitiativeCode, toOpenData } from "@/lib/open-data/build";
import { CSV_COLUMNS, csvField, initiativesCsv } from "@/lib/open-data/csv";
import { formatSize, openDataFiles } from "@/lib/open-data/files";
import { OPEN_DATA_VERSION, openPlanJsonSchema, type OpenPlan } from "@/lib/open-data/schema";
import { getSourceMeta } from "@/lib/source/meta";
import { absoluteUrl, initiativePath } from "@/lib/urls";

// Computed before each test, not when the file loads: a mutation tool (StrykerJS) switches a
// mutant on just before the tests run, and a value computed at load would never see it.
let model: PlanModel;
let data: OpenPlan;
beforeEach(() => {
  model = getPlan();
  data = toOpenData(model, getSourceMeta());
});

/** A validator for the published schema. Ajv has no formats built in; `uri` is the only one the schema uses. */
function compileSchema() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat("uri", (value: string) => URL.canParse(value) && /^[a-z][a-z\d+.-]*:/iu.test(value));
  return ajv.compile(openPlanJsonSchema());
}

/** What an independent reader of the plan expects in each CSV row. */
function expectedRows(plan: Plan): Record<string, string>[] {
  const codeOf = (section: string, ...numbers: number[]) => [section === "partnership" ? "P" : section, ...numbers].join("-");
  return plan.sections.flatMap((section) =>
    section.goals.flatMap((goal) =>
      goal.actions.flatMap((action) =>
        action.initiatives.map((item) => ({
          code: codeOf(section.id, goal.number, action.number, item.position),
          direction: section.id,
          goal: String(goal.number),
          action: String(action.number),
          position: String(item.position),
          main_example: String(item.featured),
          text: item.text,
          repeat_of: item.repeatOf
            ? codeOf(item.repeatOf.section, item.repeatOf.goal, item.repeatOf.action, item.repeatOf.initiative)
            : "",
          url: absoluteUrl(initiativePath({ section: section.id, goal: goal.number, action: action.number, initiative: item.position })),
        })),
      ),
    ),
  );
}

function withoutSourceLines(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === "sourceLine" ? undefined : inner)));
}

function parseCsv(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, skip_empty_lines: false, relax_quotes: false });
}

/** A one-initiative copy of the open data with the given text, for CSV quoting cases. */
function withText(text: string): OpenPlan {
  const copy = structuredClone(data);
  const section = copy.sections[0]!;
  const goal = section.goals[0]!;
  const action = goal.actions[0]!;
  copy.sections = [{ ...section, goals: [{ ...goal, actions: [{ ...action, initiatives: [{ ...action.initiatives[0]!, text }] }] }] }];
  return copy;
}

describe("plan.json", () => {
  it("validates against its own JSON Schema (draft 2020-12)", () => {
    const validate = compileSchema();
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("the schema rejects what the shape forbids: unknown fields, a malformed code, a wrong version", () => {
    const validate = compileSchema();
    const item = () => structuredClone(data);

    const extra = item();
    (extra.sections[0]!.goals[0]!.actions[0]!.initiatives[0]! as Record<string, unknown>).note = "x";
    expect(validate(extra)).toBe(false);

    const badCode = item();
    badCode.sections[0]!.goals[0]!.actions[0]!.initiatives[0]!.code = "1-2";
    expect(validate(badCode)).toBe(false);

    const badVersion = { ...item(), version: "0.0.0" };
    expect(validate(badVersion)).toBe(false);
  });

  it("survives JSON serialisation unchanged (what the route writes is what a reader gets)", () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("round-trips: fromOpenData gives back the loaded plan, apart from source line numbers", () => {
    expect(withoutSourceLines(fromOpenData(data))).toEqual(withoutSourceLines(model.plan));
    // JSON would turn a NaN section number into null and hide it: compare the numbers themselves.
    expect(fromOpenData(data).sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, null]);
  });

  it("carries the plan's counts: 260 initiatives, 3 of them （再掲）", () => {
    expect(data.counts).toEqual({
      sections: 6,
      goals: 17,
      actions: 64,
      initiatives: 260,
      mainExamples: model.counts.featured,
      repeats: 3,
    });
  });

  it("links each （再掲） item and its original both ways", () => {
    const items = data.sections.flatMap((s) => s.goals.flatMap((g) => g.actions.flatMap((a) => a.initiatives)));
    const byCode = new Map(items.map((item) => [item.code, item]));
    const repeats = items.filter((item) => item.repeatOf !== null);
    expect(repeats.map((item) => [item.code, item.repeatOf])).toEqual([
      ["2-1-3-1", "1-2-2-1"],
      ["2-1-3-2", "1-2-1-7"],
      ["2-1-3-3", "1-2-1-8"],
    ]);
    for (const item of repeats) {
      expect(byCode.get(item.repeatOf!)?.repeatedIn).toContain(item.code);
    }
  });

  it("names its source from the metadata file: the city's title, publisher and terms, null where unknown", () => {
    const meta = getSourceMeta();
    expect(data.title).toBe("金沢SDGs行動計画（IMAGINE KANAZAWA 2030）");
    expect(data.publisher).toBe("金沢市");
    expect(data.source).toMatchObject({ title: data.title, publisher: "金沢市" });
    // Unknown is null, never a guessed licence or address.
    const unknown = toOpenData(model, { ...meta, publicationUrl: "", terms: "", termsUrl: "", planVersion: "", contact: "" }).source;
    expect(unknown).toMatchObject({ url: null, terms: null, termsUrl: null, version: null, contact: null });
    const stated = toOpenData(model, { ...meta, terms: "出典を明記", termsUrl: "https://www.city.example.jp/terms", planVersion: "令和2年3月" }).source;
    expect(stated).toMatchObject({ terms: "出典を明記", termsUrl: "https://www.city.example.jp/terms", version: "令和2年3月" });
  });

  it("reads initiative codes back, including the partnership section's P", () => {
    expect(parseInitiativeCode("1-2-3-4")).toEqual({ section: "1", goal: 2, action: 3, initiative: 4 });
    expect(parseInitiativeCode("P-1-2-3")).toEqual({ section: "partnership", goal: 1, action: 2, initiative: 3 });
    expect(() => parseInitiativeCode("6-1-1-1")).toThrow(/not an initiative code/);
    expect(() => parseInitiativeCode("1-2-3")).toThrow(/not an initiative code/);
  });
});

describe("plan.json, field by field", () => {
  it("names the document, its publisher and source, its version and the site", () => {
    expect({ ...data, sections: undefined, counts: undefined }).toEqual({
      version: "2.0.0",
      title: "金沢SDGs行動計画（IMAGINE KANAZAWA 2030）",
      publisher: "金沢市",
      // From content/source/kanazawa-sdgs-action-plan.meta.json: what is not known stays null, never invented.
      source: {
        title: "金沢SDGs行動計画（IMAGINE KANAZAWA 2030）",
        publisher: "金沢市",
        url: null,
        version: null,
        terms: null,
        termsUrl: null,
        contact: null,
        copiedOn: "2026-11-28",
      },
      url: absoluteUrl("/"),
      sections: undefined,
      counts: undefined,
    });
  });

  it("gives each section, goal and action its code, label and canonical URL", () => {
    const section = data.sections[0]!;
    expect({ ...section, goals: section.goals.length }).toEqual({
      id: "1",
      label: "方向性1",
      heading: model.plan.sections[0]!.heading,
      title: "自然、歴史、文化に立脚したまちづくりをすすめる",
      tagline: "古くて新しくて心地よいまち",
      url: absoluteUrl("/directions/1/"),
      goals: 4,
    });
    const goal = section.goals[1]!;
    expect({ ...goal, actions: goal.actions.length }).toEqual({
      number: 2,
      title: "歩いてまちの魅力を感じる",
      url: absoluteUrl("/directions/1/goals/2/"),
      actions: 3,
    });
    const action = goal.actions[2]!;
    expect({ ...action, initiatives: action.initiatives.length }).toEqual({
      code: "1-2-3",
      number: 3,
      label: "方向性1 · 具体目標2 · 行動③",
      title: "乗りたくなる公共交通にする",
      url: absoluteUrl("/directions/1/goals/2/actions/3/"),
      initiatives: 7,
    });
    const partnership = data.sections[5]!.goals[1]!.actions[0]!;
    expect([data.sections[5]!.tagline, partnership.code, partnership.label]).toEqual([null, "P-2-1", "パートナーシップ · 具体目標2 · 行動①"]);
  });

  it("links the identical pair that has no （再掲） mark both ways with sameAs, and nothing else", () => {
    const items = data.sections.flatMap((s) => s.goals.flatMap((g) => g.actions.flatMap((a) => a.initiatives)));
    expect(items).toHaveLength(260);
    expect(items.filter((item) => item.sameAs.length > 0).map((item) => [item.code, item.sameAs])).toEqual([
      ["3-2-2-5", ["3-2-4-1"]],
      ["3-2-4-1", ["3-2-2-5"]],
    ]);
    expect(items.filter((item) => item.repeatedIn.length > 0).map((item) => [item.code, item.repeatedIn])).toEqual([
      ["1-2-1-7", ["2-1-3-2"]],
      ["1-2-1-8", ["2-1-3-3"]],
      ["1-2-2-1", ["2-1-3-1"]],
    ]);
  });

  it("reads only whole initiative codes back", () => {
    expect(parseInitiativeCode("5-12-34-56")).toEqual({ section: "5", goal: 12, action: 34, initiative: 56 });
    for (const code of ["p-1-2-3", "0-1-2-3", "12-1-2-3", "1-2-3-4-5", " 1-2-3-4", "1-2-3-4 ", "1-2-x-4", "1-2--4", "1–2–3–4"]) {
      expect(() => parseInitiativeCode(code), code).toThrow(`not an initiative code: ${code}`);
    }
  });
});

describe("plan.schema.json", () => {
  // The fingerprint ties the schema's shape to OPEN_DATA_VERSION. If this fails, the published shape
  // changed: bump OPEN_DATA_VERSION in lib/open-data/schema.ts (readers rely on it), then update both
  // values here. Changing only the hash, without the version, breaks the promise to data users.
  // Descriptions are part of the published schema too: a wording fix is a patch bump (1.0.0 → 1.0.1).
  it("changing the published shape requires bumping OPEN_DATA_VERSION (schema fingerprint is pinned to the version)", () => {
    const hash = createHash("sha256").update(JSON.stringify(openPlanJsonSchema())).digest("hex");
    expect({ version: OPEN_DATA_VERSION, hash }).toEqual({
      version: "2.0.0",
      hash: "8437f7cafcf12b49f286f651dbc8942caf6f8a62fb9f2723d14d2ad07c91cf60",
    });
  });

  it("declares draft 2020-12 and where it is published", () => {
    const schema = openPlanJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("/data/plan.schema.json");
  });
});

describe("initiatives.csv", () => {
  let csv: string;
  beforeEach(() => {
    csv = initiativesCsv(data);
  });

  it("starts with a UTF-8 BOM, so Excel opens it as UTF-8", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("ends every line, the last included, with CRLF and never a bare LF or CR", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
    expect(csv.split("\r\n")).toHaveLength(1 + 260 + 1);
  });

  it("has the documented header", () => {
    expect(csv.slice(1, csv.indexOf("\r\n")).split(",")).toEqual([...CSV_COLUMNS]);
  });

  it("parses to exactly the plan's 260 initiatives: codes, verbatim texts, main-example flags, （再掲） links and URLs", () => {
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(260);
    expect(rows).toEqual(expectedRows(model.plan));
    expect(rows.filter((row) => row.repeat_of !== "").map((row) => `${row.code}→${row.repeat_of}`)).toEqual([
      "2-1-3-1→1-2-2-1",
      "2-1-3-2→1-2-1-7",
      "2-1-3-3→1-2-1-8",
    ]);
  });

  it("keeps texts with commas, quotes and line breaks intact through a CSV parser", () => {
    for (const text of ['バス、電車,自転車', '「歩く」"まち"', 'a ""quoted"" one', "改行\r\nあり", "末尾,"]) {
      const rows = parseCsv(initiativesCsv(withText(text)));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.text).toBe(text);
    }
  });
});

describe("csvField", () => {
  it("leaves plain fields bare, Japanese punctuation included", () => {
    expect(csvField("1-2-3-4")).toBe("1-2-3-4");
    expect(csvField("通勤や業務や私事で、バスや電車に乗る日を増やす")).toBe("通勤や業務や私事で、バスや電車に乗る日を増やす");
    expect(csvField("")).toBe("");
    expect(csvField("https://example.jp/directions/1/goals/2/actions/3/#i-4")).toBe(
      "https://example.jp/directions/1/goals/2/actions/3/#i-4",
    );
  });

  it("quotes a field holding a comma, a quote, CR or LF, doubling the quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
  });
});

describe("openDataFiles: the bytes /data/ serves", () => {
  it("gives plan.json and its schema as indented JSON ending in a newline, and the CSV", () => {
    const files = openDataFiles(model, getSourceMeta());
    expect(Object.keys(files)).toEqual(["plan.json", "plan.schema.json", "initiatives.csv"]);
    expect(files["plan.json"]).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(files["plan.json"]).toMatch(/^\{\n  "/u);
    expect(files["plan.schema.json"]).toBe(`${JSON.stringify(openPlanJsonSchema(), null, 2)}\n`);
    expect(files["initiatives.csv"]).toBe(initiativesCsv(data));
  });
});

describe("formatSize: a file's size as the /data/ page states it", () => {
  it.each([
    [0, "0.0 KB（0 バイト）"],
    [999, "1.0 KB（999 バイト）"],
    [1000, "1.0 KB（1,000 バイト）"],
    [126345, "123.4 KB（126,345 バイト）"],
    [1234567, "1205.6 KB（1,234,567 バイト）"],
  ])("%i bytes: %s", (bytes, expected) => {
    expect(formatSize("a".repeat(bytes))).toBe(expected);
  });

  it("counts UTF-8 bytes, three for each kanji", () => {
    expect(formatSize("金沢".repeat(200))).toBe("1.2 KB（1,200 バイト）");
  });
});

