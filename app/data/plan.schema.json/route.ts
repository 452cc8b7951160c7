import { getPlan } from "@/lib/content/plan";
import { openDataFiles } from "@/lib/open-data/files";
import { getSourceMeta } from "@/lib/source/meta";

export const dynamic = "force-static";

export function GET() {
  return new Response(openDataFiles(getPlan(), getSourceMeta())["plan.schema.json"], {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
