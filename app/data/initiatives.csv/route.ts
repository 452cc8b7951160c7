import { getPlan } from "@/lib/content/plan";
import { openDataFiles } from "@/lib/open-data/files";
import { getSourceMeta } from "@/lib/source/meta";

export const dynamic = "force-static";

export function GET() {
  return new Response(openDataFiles(getPlan(), getSourceMeta())["initiatives.csv"], {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
