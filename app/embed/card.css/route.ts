import { embedStyles } from "@/lib/embed/styles";

// Written once at build time to out/embed/card.css, the embeddable cards' stylesheet.
export const dynamic = "force-static";

export function GET() {
  return new Response(embedStyles, { headers: { "Content-Type": "text/css; charset=utf-8" } });
}
