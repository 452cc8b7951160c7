import { actionPath, goalPath, initiativePath, sectionPath } from "@/lib/urls";
import type { SearchDoc } from "./index-schema";
import { formatCode, parseCode, type PlanCode } from "./normalize";

/**
 * Codes typed into search: city staff copy them from the CSV and from
 * printouts. A code the plan has opens its page (an initiative's, its
 * action's page at `#i-n`); a code it lacks gets a specific answer naming
 * what is there instead: 「1-2-9」という行動はありません。具体目標1-2 の行動は ①〜③ です。
 */

export type CodeAnswer = {
  /** The code as the open data writes it: `1-2-9`, `P-1-1`. */
  code: string;
  /** What the code names, when the plan has it. */
  found: SearchDoc | null;
  /** When it does not: what is wrong and what exists there instead. */
  message: string;
  /** The items of the level that does exist, to go on from. */
  links: Array<{ label: string; url: string }>;
};

type Tree = { docs: readonly SearchDoc[]; byUrl: ReadonlyMap<string, SearchDoc & { index: number }> };

const SECTIONS = ["1", "2", "3", "4", "5", "partnership"] as const;
type Section = (typeof SECTIONS)[number];

const KIND_WORD = ["具体目標", "行動", "取組例"] as const;

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n));

function sectionOf(code: PlanCode): Section | undefined {
  const id = code.section === "P" ? "partnership" : code.section;
  return SECTIONS.find((s) => s === id);
}

const sectionName = (section: Section) => (section === "partnership" ? "パートナーシップ（P）" : `方向性${section}`);

function childrenOf(tree: Tree, parent: SearchDoc & { index: number }): SearchDoc[] {
  return tree.docs.filter((doc) => doc.p === parent.index);
}

/** What a query that is a code answers, or null when the query is not a code. */
export function answerCode(tree: Tree, query: string): CodeAnswer | null {
  const parsed = parseCode(query);
  if (!parsed) return null;
  const code = formatCode(parsed);
  const kind = KIND_WORD[parsed.initiative !== undefined ? 2 : parsed.action !== undefined ? 1 : 0];
  const missing = (where: string, links: CodeAnswer["links"]): CodeAnswer => ({
    code,
    found: null,
    message: `「${code}」という${kind}はありません。${where}`,
    links,
  });
  const section = sectionOf(parsed);
  const sectionDoc = section && tree.byUrl.get(sectionPath(section));
  if (!section || !sectionDoc) {
    const sections = tree.docs.filter((doc) => doc.k === "section");
    return missing("方向性は 1〜5 と P（パートナーシップ）です。", sections.map((doc) => ({ label: `${doc.w} ${doc.t}`, url: doc.u })));
  }
  const prefix = code.split("-")[0]!;
  const goal = tree.byUrl.get(goalPath(section, parsed.goal));
  if (!goal) {
    const goals = childrenOf(tree, sectionDoc);
    return missing(
      `${sectionName(section)} の具体目標は 1〜${goals.length} です。`,
      goals.map((doc, i) => ({ label: `${prefix}-${i + 1} ${doc.t}`, url: doc.u })),
    );
  }
  if (parsed.action === undefined) return { code, found: goal, message: "", links: [] };
  const action = tree.byUrl.get(actionPath(section, parsed.goal, parsed.action));
  if (!action) {
    const actions = childrenOf(tree, goal);
    return missing(
      `具体目標${prefix}-${parsed.goal} の行動は ①〜${circled(actions.length)} です。`,
      actions.map((doc, i) => ({ label: `${prefix}-${parsed.goal}-${i + 1} ${doc.t}`, url: doc.u })),
    );
  }
  if (parsed.initiative === undefined) return { code, found: action, message: "", links: [] };
  const initiative = tree.byUrl.get(initiativePath({ section, goal: parsed.goal, action: parsed.action, initiative: parsed.initiative }));
  if (!initiative) {
    const count = childrenOf(tree, action).length;
    return missing(`行動${prefix}-${parsed.goal}-${parsed.action} の取組例は 1〜${count} です。`, [
      { label: `${prefix}-${parsed.goal}-${parsed.action} ${action.t}（取組例 ${count}件）`, url: action.u },
    ]);
  }
  return { code, found: initiative, message: "", links: [] };
}
