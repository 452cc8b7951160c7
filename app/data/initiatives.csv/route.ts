import { getPlan } from "@/lib/content/plan";
import { toOpenData } from "@/lib/open-data/build";
import { initiativesCsv } from "@/lib/open-data/csv";

export const dynamic = "force-static";

export function GET() {
  return new Response(initiativesCsv(toOpenData(getPlan())), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
}
