import { z } from "zod";
import { SectionIdSchema } from "@/lib/content/schema";
import { MYLIST_DATA_VERSION } from "./version";

/**
 * マイリスト's types, defined once. The list itself is codes of the open data; /my/items.json (built by
 * lib/mylist/data.ts, checked here at build time, and lightly in the browser by lib/mylist/guard.ts,
 * which does not load zod) holds what /my/ shows for each code.
 */

/** The code of an action (`1-2-3`, `P-1-1`) or initiative (`1-2-3-4`, `P-1-1-1`) as the open data writes it. */
export const ItemCodeSchema = z.string().regex(/^(?:[1-5]|P)(?:-[1-9]\d*){2,3}$/u, "an action or initiative code such as 1-2-3 or P-1-1-1");
export type ItemCode = z.infer<typeof ItemCodeSchema>;

/** A list: codes in the reader's order, each once. */
export const MyListSchema = z.array(ItemCodeSchema).superRefine((codes, ctx) => {
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index) ctx.addIssue({ code: "custom", path: [index], message: `${code} is already at ${codes.indexOf(code)}` });
  });
});
export type MyList = z.infer<typeof MyListSchema>;

/**
 * A text of the plan, verbatim, cut into runs: a plain run, or [kanji word, reading] for furigana
 * (the build's readings, as components/JaText.tsx shows them on content pages).
 */
export const RubyTextSchema = z.array(z.union([z.string().min(1), z.tuple([z.string().min(1), z.string().min(1)])])).min(1);
export type RubyText = z.infer<typeof RubyTextSchema>;

const positive = z.number().int().min(1);

export const MyListInitiativeSchema = z.object({
  position: positive,
  text: RubyTextSchema,
  /** ● (主な取組例) or ・ */
  featured: z.boolean(),
  /** The item is marked （再掲） in the plan. */
  repeat: z.boolean(),
});

export const MyListActionSchema = z.object({
  code: ItemCodeSchema,
  number: positive,
  title: RubyTextSchema,
  initiatives: z.array(MyListInitiativeSchema).min(1),
});

export const MyListDataSchema = z.object({
  v: z.literal(MYLIST_DATA_VERSION),
  sections: z.array(
    z.object({
      id: SectionIdSchema,
      /** 方向性1 … パートナーシップ */
      label: z.string().min(1),
      title: RubyTextSchema,
      goals: z.array(z.object({ number: positive, title: RubyTextSchema, actions: z.array(MyListActionSchema).min(1) })).min(1),
    }),
  ),
});
export type MyListData = z.infer<typeof MyListDataSchema>;
export type MyListAction = z.infer<typeof MyListActionSchema>;
export type MyListInitiative = z.infer<typeof MyListInitiativeSchema>;
