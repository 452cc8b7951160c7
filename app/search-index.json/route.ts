import { getPlan } from "@/lib/content/plan";
import { loadReadingsTable } from "@/lib/readings/table";
import { buildSearchIndex } from "@/lib/search/build";

// Written once at build time to out/search-index.json; fetched only when a reader first searches.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(getPlan(), loadReadingsTable()));
}
