/**
 * What a reader does to a list, as pure functions over its codes (canonical, each once, in the reader's
 * order). The page and the content pages' buttons both go through these, then store the result.
 */

/** Adds the code at the end, or removes it when it is there. */
export function toggleCode(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}

export function removeCode(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}

/** Moves the code by `delta` places (−1 up, +1 down); at either end it stays where it is. */
export function moveCode(codes: readonly string[], code: string, delta: number): string[] {
  const from = codes.indexOf(code);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= codes.length) return [...codes];
  const next = [...codes];
  next.splice(from, 1);
  next.splice(to, 0, code);
  return next;
}

/** The saved list, then whatever the other list adds to it, in the other list's order. */
export function mergeCodes(saved: readonly string[], incoming: readonly string[]): string[] {
  const have = new Set(saved);
  return [...saved, ...incoming.filter((code) => !have.has(code))];
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
