import { getPlan } from "@/lib/content/plan";
import { loadLemmasTable } from "@/lib/readings/lemmas";
import { loadReadingsTable } from "@/lib/readings/table";
import { buildSearchIndex, searchSynonyms } from "@/lib/search/build";

// Written once at build time to out/search-index.json; fetched only when a reader first searches.
export const dynamic = "force-static";

export function GET() {
  return Response.json(
    buildSearchIndex(getPlan(), { readings: loadReadingsTable(), lemmas: loadLemmasTable(), synonyms: searchSynonyms() }),
  );
}
