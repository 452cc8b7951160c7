import { allInitiatives, refKey, type InitiativeRef, type Plan } from "./schema";

/** How one initiative relates to others in the plan. */
export type CrossRefs = {
  /** Items marked （再掲） that repeat this one. */
  repeatedIn: InitiativeRef[];
  /** Items with exactly the same text under another action, without the （再掲） mark. */
  sameAs: InitiativeRef[];
};

const NONE: CrossRefs = { repeatedIn: [], sameAs: [] };

/**
 * Resolves, once for the whole plan, the links between repeated items: the
 * back-links from an original to every （再掲） of it, and the mutual links
 * between identical items that the source lists twice without the mark.
 */
export function buildCrossRefs(plan: Plan): (ref: InitiativeRef) => CrossRefs {
  const byKey = new Map<string, CrossRefs>();
  const entry = (ref: InitiativeRef) => {
    const key = refKey(ref);
    let found = byKey.get(key);
    if (!found) {
      found = { repeatedIn: [], sameAs: [] };
      byKey.set(key, found);
    }
    return found;
  };
  const unmarkedByText = new Map<string, InitiativeRef[]>();
  for (const { item, ref } of allInitiatives(plan)) {
    if (item.repeatOf) {
      entry(item.repeatOf).repeatedIn.push(ref);
    } else {
      unmarkedByText.set(item.text, [...(unmarkedByText.get(item.text) ?? []), ref]);
    }
  }
  for (const refs of unmarkedByText.values()) {
    if (refs.length < 2) continue;
    for (const ref of refs) {
      // Two identical items under the same action are not a cross-reference.
      entry(ref).sameAs.push(
        ...refs.filter((other) => !(other.section === ref.section && other.goal === ref.goal && other.action === ref.action)),
      );
    }
  }
  return (ref) => byKey.get(refKey(ref)) ?? NONE;
}
