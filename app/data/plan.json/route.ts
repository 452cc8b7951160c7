import { getPlan } from "@/lib/content/plan";
import { toOpenData } from "@/lib/open-data/build";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(toOpenData(getPlan()), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
