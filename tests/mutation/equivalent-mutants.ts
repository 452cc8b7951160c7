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
];
