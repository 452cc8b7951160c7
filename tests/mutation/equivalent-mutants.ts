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

export const EQUIVALENT_MUTANTS: readonly EquivalentMutant[] = [];
