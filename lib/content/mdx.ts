import matter from "gray-matter";
import { SectionSchema, type Section } from "./schema";

/** The file name of a section's MDX file inside content/plan/. */
export function sectionFileName(section: Pick<Section, "id">): string {
  return `${section.id}.mdx`;
}

// Passed through gray-matter to js-yaml: never fold long lines, never emit anchors.
const YAML_OPTIONS = { language: "yaml", lineWidth: -1, noRefs: true };

/**
 * Serialises a section to MDX: all structured data in the frontmatter, the
 * body left for prose. Key order follows the schema and long strings are never
 * folded, so the same section always gives the same bytes.
 */
export function sectionToMdx(section: Section, body = ""): string {
  const data = SectionSchema.parse(section);
  return matter.stringify(body, data, YAML_OPTIONS);
}

/** A content file that does not match the schema. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentError";
  }
}

/** Reads one MDX file's frontmatter and validates it; errors name the file and the field. */
export function parseSectionMdx(file: string, text: string): { section: Section; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object keeps gray-matter from returning a cached result for equal text.
    parsed = matter(text, {});
  } catch (error) {
    throw new ContentError(`${file}: the frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = SectionSchema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `${file}: ${issue.path.join(".") || "(frontmatter)"}: ${issue.message}`)
      .join("\n");
    throw new ContentError(issues);
  }
  return { section: result.data, body: parsed.content.trim() };
}
