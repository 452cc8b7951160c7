import { getPlan } from "@/lib/content/plan";
import { getReadings } from "@/lib/readings/table";
import { toMyListData } from "@/lib/mylist/data";

export const dynamic = "force-static";

/** /my/items.json: fetched by /my/ only (lib/mylist/data.ts). */
export function GET() {
  return new Response(JSON.stringify(toMyListData(getPlan(), getReadings())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
