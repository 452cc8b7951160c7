/** A line of the source with its 1-based line number. */
export type SourceLine = { number: number; text: string };

/**
 * Splits the raw source into lines, so that a file saved with a BOM, with CRLF
 * line ends or with trailing white space reads exactly like a clean one.
 * Trailing white space includes the full-width and the non-breaking space that
 * a copy from the city's web page leaves. Tabs inside a line are cell
 * separators and are kept.
 */
export function toLines(raw: string): SourceLine[] {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  return text.split(/\r\n|\r|\n/).map((line, index) => ({
    number: index + 1,
    text: line.replace(/\s+$/u, ""),
  }));
}

/** Groups non-blank lines into blank-line separated blocks. */
export function toBlocks(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    // toLines has stripped trailing white space, so a blank line is empty.
    if (line.text === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
