import type { Initiative, InitiativeRef, Plan, Section } from "@/lib/content/schema";
import { allInitiatives, refKey, refOf, SECTION_IDS, SectionIdSchema } from "@/lib/content/schema";
import { parseActionCell, parseGoalCell, parseHeading, parseInitiativesCell } from "./cells";
import { toBlocks, toLines, type SourceLine } from "./lines";

/** A problem in the source, with the 1-based line it was found on. */
export class SourceError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "SourceError";
  }
}

export const HEADER_ROW = "具体目標\t行動\t取組例";

type Pending = { text: string; line: number; owner: InitiativeRef; item: Initiative };

/**
 * Parses the plan's source text into sections → goals → actions → initiatives.
 * Throws a SourceError naming the first line that does not fit the format.
 * （再掲） items are resolved against the whole plan once every row is read.
 */
export function parsePlan(raw: string): Plan {
  const lines = toLines(raw);
  const blocks = toBlocks(lines);
  if (blocks.length === 0) throw new SourceError(1, "the file is empty");

  const sections: Section[] = [];
  const repeats: Pending[] = [];

  let section: Section | undefined;
  // A heading is followed, after a blank line, by a table: the header row, then rows.
  let awaitingTable = false;
  let headingLine = 0;
  for (const block of blocks) {
    const first = block[0]!;
    if (first.text.startsWith("【")) {
      if (awaitingTable) throw new SourceError(first.number, "expected the header row of a table after the heading above");
      section = openSection(sections, first);
      awaitingTable = true;
      headingLine = first.number;
      if (block.length === 1) continue;
      block.shift();
    }
    const [headerLine, ...rows] = block as [SourceLine, ...SourceLine[]];
    if (!section || !awaitingTable) {
      throw new SourceError(headerLine.number, "expected a section heading such as 【方向性1】 … before this table");
    }
    if (headerLine.text !== HEADER_ROW) {
      throw new SourceError(headerLine.number, `expected the header row "具体目標<TAB>行動<TAB>取組例"; found "${headerLine.text}"`);
    }
    if (rows.length === 0) throw new SourceError(headerLine.number, "a table must have at least one row");
    awaitingTable = false;
    const current = section;

    let continuingGoal = true;
    for (const row of rows) {
      const cells = row.text.split("\t");
      if (cells.length !== 3) {
        throw new SourceError(row.number, `a row must have exactly three tab-separated cells; found ${cells.length}`);
      }
      const [goalCell, actionCell, initiativesCell] = cells as [string, string, string];

      const goalResult = parseGoalCell(goalCell);
      if (!goalResult.ok) throw new SourceError(row.number, goalResult.message);
      const last = current.goals.at(-1);
      let goal = last;
      if (goalResult.goal) {
        const { number, title } = goalResult.goal;
        // A goal may continue in a later block under the same heading (方向性2's goal 2 does).
        const continues = continuingGoal && last && last.number === number && last.title === title;
        if (!continues) {
          const expected = (last?.number ?? 0) + 1;
          if (number !== expected) {
            throw new SourceError(
              row.number,
              `goal ${number} is ${number < expected ? "a duplicate" : "out of order"}; expected goal ${expected}`,
            );
          }
          goal = { number, title, sourceLine: row.number, actions: [] };
          current.goals.push(goal);
        }
      }
      continuingGoal = false;
      if (!goal) throw new SourceError(row.number, "the first row of a section must name its goal (e.g. \"1. …\")");

      const actionResult = parseActionCell(actionCell);
      if (!actionResult.ok) throw new SourceError(row.number, actionResult.message);
      const expectedAction = goal.actions.length + 1;
      if (actionResult.action.number !== expectedAction) {
        const n = actionResult.action.number;
        throw new SourceError(
          row.number,
          `action ${n} of goal ${goal.number} is ${n < expectedAction ? "a duplicate" : "out of order"}; expected action ${expectedAction}`,
        );
      }

      const itemsResult = parseInitiativesCell(initiativesCell);
      if (!itemsResult.ok) throw new SourceError(row.number, itemsResult.message);

      const actionNumber = actionResult.action.number;
      goal.actions.push({
        number: actionNumber,
        title: actionResult.action.title,
        sourceLine: row.number,
        initiatives: itemsResult.items.map((raw, index) => {
          const item: Initiative = {
            position: index + 1,
            text: raw.text,
            featured: raw.featured,
            repeatOf: null,
            sourceLine: row.number,
          };
          if (raw.repeated) {
            const owner = refOf(current, goal, { number: actionNumber }, item);
            repeats.push({ text: raw.text, line: row.number, owner, item });
          }
          return item;
        }),
      });
    }
  }

  if (awaitingTable) throw new SourceError(headingLine, "the last heading has no table");

  const plan: Plan = { sections };
  const repeatKeys = new Set(repeats.map((pending) => refKey(pending.owner)));
  for (const pending of repeats) {
    const original = findOriginal(plan, pending.text, repeatKeys);
    if (!original) {
      throw new SourceError(pending.line, `"${pending.text}（再掲）" repeats an item that is not anywhere else in the plan`);
    }
    pending.item.repeatOf = original;
  }
  return plan;
}

/** Starts a new section, or continues the last one when its heading repeats. */
function openSection(sections: Section[], line: SourceLine): Section {
  const heading = parseHeading(line.text);
  if (!heading.ok) throw new SourceError(line.number, heading.message);
  const last = sections.at(-1);
  if (last && last.id === heading.key) {
    if (last.heading !== line.text) {
      throw new SourceError(line.number, `continued section 【${heading.label}】 has a different heading from line ${last.sourceLine}`);
    }
    return last;
  }
  if (sections.some((s) => s.id === heading.key)) {
    throw new SourceError(line.number, `section 【${heading.label}】 appears again after another section`);
  }
  // Never past the end: a seventh heading would repeat one of the six keys, caught just above.
  const expected = SECTION_IDS[sections.length];
  if (heading.key !== expected) {
    throw new SourceError(
      line.number,
      `sections must come in the order 方向性1–5, then the partnership section; expected ${expected}, found 【${heading.label}】`,
    );
  }
  const section: Section = {
    id: SectionIdSchema.parse(heading.key),
    number: heading.number,
    heading: line.text,
    label: heading.label,
    title: heading.title,
    tagline: heading.tagline,
    sourceLine: line.number,
    goals: [],
  };
  sections.push(section);
  return section;
}

/** The first item in plan order, not itself marked （再掲）, with exactly this text. */
function findOriginal(plan: Plan, text: string, repeatKeys: Set<string>): InitiativeRef | null {
  for (const { item, ref } of allInitiatives(plan)) {
    if (item.text === text && !repeatKeys.has(refKey(ref))) return ref;
  }
  return null;
}
