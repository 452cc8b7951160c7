import { openPlanJsonSchema } from "@/lib/open-data/schema";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(openPlanJsonSchema(), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
