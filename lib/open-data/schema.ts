import { z } from "zod";
import { SectionIdSchema } from "@/lib/content/schema";

/**
 * The published shape of /data/plan.json. Its JSON Schema
 * (/data/plan.schema.json) is generated from this definition, so the two
 * cannot disagree. Bump OPEN_DATA_VERSION whenever the shape changes; a unit
 * test pins the schema's fingerprint to the version so it cannot be forgotten.
 */
export const OPEN_DATA_VERSION = "2.0.0";

const code = z.string().regex(/^(?:[1-5]|P)-\d+-\d+(?:-\d+)?$/u).describe("行動コード（例：1-2-3）または取組例コード（例：1-2-3-4）。P はパートナーシップ");
const url = z.string().url().describe("このサイト上の正規URL");

export const OpenInitiativeSchema = z
  .object({
    code,
    position: z.number().int().min(1).describe("行動の中での順番（1から）。URLの #i-{n} に対応"),
    text: z.string().min(1).describe("取組例の文言（原文のまま。（再掲）の表記は含まない）"),
    mainExample: z.boolean().describe("主な取組例（●）なら true、その他（・）なら false"),
    repeatOf: code.nullable().describe("（再掲）の取組例なら、その元の取組例コード"),
    repeatedIn: z.array(code).describe("この取組例を再掲している取組例のコード"),
    sameAs: z.array(code).describe("（再掲）の表記なしで同じ文言が載っている他の取組例のコード"),
    url,
  })
  .strict();

export const OpenActionSchema = z
  .object({
    code,
    number: z.number().int().min(1).describe("行動番号（①=1）"),
    label: z.string().describe("表示用のコード（例：方向性1 · 具体目標2 · 行動③）"),
    title: z.string().min(1),
    url,
    initiatives: z.array(OpenInitiativeSchema),
  })
  .strict();

export const OpenGoalSchema = z
  .object({
    number: z.number().int().min(1).describe("具体目標の番号"),
    title: z.string().min(1),
    url,
    actions: z.array(OpenActionSchema),
  })
  .strict();

export const OpenSectionSchema = z
  .object({
    id: SectionIdSchema.describe("方向性の番号（1〜5）、またはパートナーシップの partnership"),
    label: z.string().describe("方向性1〜方向性5、またはパートナーシップ"),
    heading: z.string().describe("原文の見出し行"),
    title: z.string().min(1),
    tagline: z.string().nullable().describe("～ ～で囲まれた副題。パートナーシップにはない"),
    url,
    goals: z.array(OpenGoalSchema),
  })
  .strict();

export const OpenSourceSchema = z
  .object({
    title: z.string().min(1).describe("計画の名称"),
    publisher: z.string().min(1).describe("計画を作成・公表した者（金沢市）"),
    url: z.string().url().nullable().describe("金沢市による計画の公表ページのURL。このサイトで確認できていなければ null"),
    version: z.string().nullable().describe("金沢市が示す計画の版または日付。不明なら null"),
    terms: z
      .string()
      .nullable()
      .describe("金沢市が示す利用条件（原文のまま）。null は条件を確認できていないことを表す（ライセンスがないという意味ではない）。条件は金沢市に確認すること"),
    termsUrl: z.string().url().nullable().describe("金沢市が利用条件を示しているページのURL。不明なら null"),
    contact: z.string().nullable().describe("利用について問い合わせる先。不明なら null（金沢市に問い合わせる）"),
    copiedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u)
      .nullable()
      .describe("このサイトが原文を取り込んだ日（YYYY-MM-DD）。データの時点"),
  })
  .strict()
  .describe("元になった文書と、その利用条件");

export const OpenPlanSchema = z
  .object({
    version: z.literal(OPEN_DATA_VERSION).describe("このデータ形式のバージョン。形が変わると変わる"),
    title: z.string(),
    publisher: z.string(),
    source: OpenSourceSchema,
    url,
    counts: z
      .object({
        sections: z.number().int(),
        goals: z.number().int(),
        actions: z.number().int(),
        initiatives: z.number().int(),
        mainExamples: z.number().int(),
        repeats: z.number().int(),
      })
      .strict(),
    sections: z.array(OpenSectionSchema),
  })
  .strict();
export type OpenPlan = z.infer<typeof OpenPlanSchema>;

/** The JSON Schema of plan.json, generated from the zod schema. */
export function openPlanJsonSchema() {
  return {
    ...z.toJSONSchema(OpenPlanSchema),
    $id: "/data/plan.schema.json",
    title: "金沢SDGs行動計画 オープンデータ（plan.json）",
  };
}
