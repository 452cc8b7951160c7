/**
 * The source's metadata file (content/source/kanazawa-sdgs-action-plan.meta.json): whoever
 * publishes the site fills it in by hand, so every mistake must come back as `file:line: field:
 * what is wrong`, all of them at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSourceMeta, parseSourceMeta, SOURCE_META_FILE, SourceMetaError } from "@/lib/source/meta";

const FILE = "meta.json";

/** A valid file, as text, with the given fields replaced (undefined removes one), one field a line. */
function metaText(changes: Record<string, unknown> = {}): string {
  const fields: Record<string, unknown> = {
    title: "金沢SDGs行動計画",
    subtitle: "IMAGINE KANAZAWA 2030",
    publisher: "金沢市",
    publicationUrl: "",
    planVersion: "",
    terms: "",
    termsUrl: "",
    contact: "",
    copiedOn: "2026-11-28",
    ...changes,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

function errorOf(text: string): string {
  try {
    parseSourceMeta(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceMetaError);
    return (error as Error).message;
  }
  throw new Error("parseSourceMeta accepted a file it should reject");
}

describe("the committed metadata file", () => {
  it("is valid and names the city as publisher", () => {
    const meta = loadSourceMeta(SOURCE_META_FILE);
    expect(meta.publisher).toBe("金沢市");
    expect(meta.title).toBe("金沢SDGs行動計画");
  });
});

describe("parseSourceMeta", () => {
  it("accepts a complete file, with unknown fields left empty", () => {
    expect(parseSourceMeta(metaText(), FILE)).toMatchObject({ publisher: "金沢市", terms: "", copiedOn: "2026-11-28" });
  });

  it("accepts filled-in terms, URLs and a version as they are", () => {
    const meta = parseSourceMeta(
      metaText({ publicationUrl: "https://www.city.example.jp/plan.html", termsUrl: "https://www.city.example.jp/terms.html", terms: "出典を明記してください", planVersion: "令和2年3月" }),
      FILE,
    );
    expect(meta).toMatchObject({ publicationUrl: "https://www.city.example.jp/plan.html", terms: "出典を明記してください", planVersion: "令和2年3月" });
  });

  it("names the line of a URL that is not an http(s) URL", () => {
    expect(errorOf(metaText({ publicationUrl: "www.city.kanazawa" }))).toBe(`${FILE}:5: publicationUrl: expected an http(s) URL, or "" if not known`);
    expect(errorOf(metaText({ termsUrl: "javascript:alert(1)" }))).toBe(`${FILE}:8: termsUrl: expected an http(s) URL, or "" if not known`);
  });

  it("names the line of a date that is not YYYY-MM-DD (or not a real day)", () => {
    expect(errorOf(metaText({ copiedOn: "2026/11/28" }))).toBe(`${FILE}:10: copiedOn: expected a date as YYYY-MM-DD, or "" if not known`);
    expect(errorOf(metaText({ copiedOn: "2026-02-30" }))).toMatch(/^meta\.json:10: copiedOn:/u);
  });

  it("requires the title and the publisher to be filled in", () => {
    expect(errorOf(metaText({ publisher: " " }))).toBe(`${FILE}:4: publisher: the publisher is required (金沢市)`);
    expect(errorOf(metaText({ title: "" }))).toBe(`${FILE}:2: title: the plan's title is required`);
  });

  it("reports a missing field, saying when it may be left empty", () => {
    expect(errorOf(metaText({ terms: undefined }))).toBe(`${FILE}: terms: missing (write "" if not known)`);
    expect(errorOf(metaText({ publisher: undefined }))).toBe(`${FILE}: publisher: missing`);
  });

  it("rejects a misspelt or unknown field on its line, listing the fields there are", () => {
    expect(errorOf(metaText({ licence: "CC BY 4.0" }))).toBe(
      `${FILE}:11: licence: unknown field; the fields are title, subtitle, publisher, publicationUrl, planVersion, terms, termsUrl, contact, copiedOn`,
    );
  });

  it("does not take terms of use without the URL where the city states them", () => {
    expect(errorOf(metaText({ terms: "自由に利用できます" }))).toBe(`${FILE}:8: termsUrl: terms are filled in: give the URL where the city states them`);
  });

  it("rejects a wrong type", () => {
    expect(errorOf(metaText({ planVersion: 2020 }))).toMatch(/^meta\.json:6: planVersion: .*expected string/u);
  });

  it("reports every problem at once, one line each", () => {
    const lines = errorOf(metaText({ publicationUrl: "x", copiedOn: "yesterday", publisher: undefined })).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(": ")[1])).toEqual(["publisher", "publicationUrl", "copiedOn"]);
  });

  it("names the line of a JSON syntax error", () => {
    const text = metaText().replace('"contact": "",', '"contact": "",,');
    expect(errorOf(text)).toMatch(/^meta\.json:9: not valid JSON: /u);
  });

  it("says where JSON ends too early, without a line it cannot know", () => {
    expect(errorOf("")).toBe(`${FILE}: not valid JSON: Unexpected end of JSON input`);
  });

  it("quotes the first line of the parser's message", () => {
    expect(errorOf('{\n  "title": "金沢SDGs行動計画",\n  ]\n}')).toMatch(/^meta\.json:3: not valid JSON: \w+ [\w\s-]+ at position \d+$/u);
  });

  it.each([
    ["null", "null"],
    ["[]", "a list"],
    ['"金沢市"', "a string"],
    ["42", "a number"],
  ])("asks for one object of fields when the file holds %s", (text, found) => {
    expect(errorOf(text)).toBe(`${FILE}: expected one JSON object of fields ({ "title": …, "publisher": … }), found ${found}`);
  });

  it("names every unknown field, and finds the line of one with regex characters in its name", () => {
    const text = metaText({ "licence(1)": "x", "a.b": "y" });
    expect(errorOf(text).split(": ").slice(0, 2)).toEqual([`${FILE}:11`, "licence(1), a.b"]);
  });

  it("takes http as well as https, and no other scheme however it is spelt", () => {
    expect(parseSourceMeta(metaText({ publicationUrl: "http://www.city.example.jp/plan.pdf" }), FILE).publicationUrl).toBe("http://www.city.example.jp/plan.pdf");
    for (const url of ["ftp://www.city.example.jp/plan.pdf", "xhttp://www.city.example.jp/", "https2://www.city.example.jp/"]) {
      expect(errorOf(metaText({ termsUrl: url, terms: "x" })), url).toBe(`${FILE}:8: termsUrl: expected an http(s) URL, or "" if not known`);
    }
  });

  it("trims the text fields, as a hand-edited file has stray spaces", () => {
    const meta = parseSourceMeta(
      metaText({ title: " 金沢SDGs行動計画 ", subtitle: " IMAGINE KANAZAWA 2030\n", planVersion: " 令和2年3月 ", terms: " 出典を明記 ", termsUrl: "https://www.city.example.jp/t", contact: " 金沢市 " }),
      FILE,
    );
    expect([meta.title, meta.subtitle, meta.planVersion, meta.terms, meta.contact]).toEqual(["金沢SDGs行動計画", "IMAGINE KANAZAWA 2030", "令和2年3月", "出典を明記", "金沢市"]);
  });

  it("throws errors named SourceMetaError", () => {
    expect(() => parseSourceMeta("{", FILE)).toThrow(expect.objectContaining({ name: "SourceMetaError" }));
  });
});

describe("loadSourceMeta", () => {
  it("reads a file as UTF-8 text and reports its problems by line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "source-meta-"));
    try {
      const file = path.join(dir, "meta.json");
      writeFileSync(file, metaText({ publicationUrl: "どこか" }));
      expect(() => loadSourceMeta(file)).toThrow(`${file}:5: publicationUrl: expected an http(s) URL, or "" if not known`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
