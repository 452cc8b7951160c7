/**
 * Mutants that StrykerJS reports as surviving but that cannot change what the code does
 * (equivalent mutants), each reviewed by a person, with the reason. scripts/mutation.ts leaves
 * exactly these out of the score, matched by file, mutator, the code replaced and its
 * replacement; an entry that no longer matches a survivor fails the run, so the list cannot
 * outlive the code it describes. Never add an entry to reach a score: add a test that kills
 * the mutant, unless no input can tell the mutant from the original.
 */
export type EquivalentMutant = {
  file: string;
  mutator: string;
  /** The code the mutant replaces, exactly as in the file. */
  original: string;
  replacement: string;
  /** Why no input can tell the two apart. */
  reason: string;
};

export const EQUIVALENT_MUTANTS: readonly EquivalentMutant[] = [
  {
    file: "lib/source/cells.ts",
    mutator: "Regex",
    original: String.raw`/^(.*?)\s*～(.+)～$/u`,
    replacement: String.raw`/(.*?)\s*～(.+)～$/u`,
    reason:
      "The heading's rest comes from (.*)$, so it holds no line terminator, and the lazy (.*?) can take any prefix: " +
      "whenever a match starts later in the string, one starts at index 0 too, and exec returns that one either way.",
  },
  {
    file: "lib/source/parse.ts",
    mutator: "EqualityOperator",
    original: "number < expected",
    replacement: "number <= expected",
    reason: "Only evaluated inside `if (number !== expected)`, where the two comparisons cannot differ.",
  },
  {
    file: "lib/source/parse.ts",
    mutator: "EqualityOperator",
    original: "n < expectedAction",
    replacement: "n <= expectedAction",
    reason: "Only evaluated inside `if (actionResult.action.number !== expectedAction)` (n is that number), where the two cannot differ.",
  },
  {
    file: "lib/content/crossref.ts",
    mutator: "ConditionalExpression",
    original: "refs.length < 2",
    replacement: "false",
    reason:
      "A text found once forms a group of one; the filter then drops the item itself and entry() stores an empty " +
      "record, equal to the NONE returned for items without a record.",
  },
  {
    file: "lib/content/load.ts",
    mutator: "StringLiteral",
    original: '"utf8"',
    replacement: '""',
    reason: "readFileSync with an empty encoding returns a Buffer, which gray-matter decodes as UTF-8: the same text either way.",
  },
  {
    file: "lib/content/load.ts",
    mutator: "ConditionalExpression",
    original: 'typeof index === "number"',
    replacement: "true",
    reason:
      "Every section file is validated on its own first, and its id checked against its name, so the only issues the " +
      "whole-plan check can raise are dangling repeatOf fields, whose path always has a section index.",
  },
  {
    file: "lib/content/load.ts",
    mutator: "StringLiteral",
    original: '"(plan)"',
    replacement: '""',
    reason: "Unreachable for the same reason: a dangling repeatOf always has a field path after the section index.",
  },
  {
    file: "lib/content/plan.ts",
    mutator: "ConditionalExpression",
    original: "!cached",
    replacement: "true",
    reason: "The cache only saves time: reading content/plan/ again gives an equal model.",
  },
  {
    file: "lib/content/mdx.ts",
    mutator: "BooleanLiteral",
    original: "true",
    replacement: "false",
    reason:
      "noRefs: js-yaml writes anchors only for an object it meets twice, and SectionSchema.parse builds fresh objects, " +
      "so the data never shares one. Kept as a guard should the data ever skip the schema.",
  },
  {
    file: "lib/search/index-schema.ts",
    mutator: "ConditionalExpression",
    original: "doc.p !== undefined",
    replacement: "true",
    reason:
      "Only the left side of `doc.p !== undefined && doc.p >= i` changes: with no parent, `undefined >= i` compares NaN " +
      "and is false, so the condition is the same for every document.",
  },
  {
    file: "lib/search/codes.ts",
    mutator: "StringLiteral",
    original: '"-"',
    replacement: '""',
    reason:
      "Runs only after sectionOf() found the code's section among 1–5 and P, so the formatted code starts with one " +
      "character and then \"-\": its first character and its first \"-\" part are the same.",
  },
  {
    file: "lib/search/synonyms-build.ts",
    mutator: "StringLiteral",
    original: '"utf8"',
    replacement: '""',
    reason:
      "readFileSync with encoding \"\" returns a Buffer, and JSON.parse turns it into a string with Buffer#toString(), " +
      "which decodes UTF-8: the parsed value is identical (both reads: the package.json and the synonym file).",
  },
];
