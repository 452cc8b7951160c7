import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { planToFiles } from "@/lib/source/import";

// The city's file may be re-saved by anyone: Windows editors add a BOM and
// CRLF, copy-paste from the web page leaves trailing white space. None of that
// may change a single byte of content/plan/.
const plain = readFileSync("content/source/kanazawa-sdgs-action-plan.txt", "utf8");

const withBom = (text: string) => `\uFEFF${text}`;
const withCrlf = (text: string) => text.replace(/\n/g, "\r\n");
// Blank lines get white space too, so they are no longer empty strings.
const withTrailingSpace = (text: string) => text.replace(/\n/g, " \t  \n");

// Computed before each test, not when the file loads: a mutation tool (StrykerJS) switches a
// mutant on just before the tests run, and a value computed at load would never see it.
let expected: [string, string][];
beforeEach(() => {
  expected = [...planToFiles(plain)];
});

describe("planToFiles ignores how the source file was saved", () => {
  it("starts from a plain source with no BOM, no CR and no trailing white space", () => {
    // Otherwise the variants below would not test anything.
    expect(plain.startsWith("\uFEFF")).toBe(false);
    expect(plain).not.toContain("\r");
    expect(plain).not.toMatch(/[ \t]\n/);
    expect(expected).toHaveLength(6);
  });

  it("gives identical files for a BOM directly before the first heading", () => {
    // The real source opens with blank lines, where a stray BOM would pass unnoticed as white space.
    const fromHeading = plain.replace(/^\n+/, "");
    expect(fromHeading.startsWith("【方向性1】")).toBe(true);
    expect([...planToFiles(withBom(fromHeading))]).toEqual([...planToFiles(fromHeading)]);
  });

  it.each([
    ["a byte order mark", withBom],
    ["CRLF line ends", withCrlf],
    ["trailing spaces and tabs on every line", withTrailingSpace],
    ["a BOM, CRLF and trailing white space together", (t: string) => withBom(withCrlf(withTrailingSpace(t)))],
  ])("gives identical files for a source with %s", (_, variant) => {
    const raw = variant(plain);
    expect(raw).not.toBe(plain);
    expect([...planToFiles(raw)]).toEqual(expected);
  });
});
