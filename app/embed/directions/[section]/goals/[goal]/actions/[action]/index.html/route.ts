import { notFound } from "next/navigation";
import { findAction, getPlan } from "@/lib/content/plan";
import { embedCardHtml } from "@/lib/embed/card";

/**
 * The embeddable card of each action. A route handler, not a page: the card is a small plain
 * HTML document without the site's layout, header, footer or framework scripts. The folder
 * named index.html makes the export write …/actions/{a}/index.html, so the card is served at
 * …/actions/{a}/ like every other URL of the site.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { section: string; goal: string; action: string };

export function generateStaticParams(): Params[] {
  return getPlan().actions.map(({ section, goal, action }) => ({
    section: section.id,
    goal: String(goal.number),
    action: String(action.number),
  }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const p = await params;
  const entry = findAction(getPlan(), p.section, p.goal, p.action);
  if (!entry) notFound();
  return new Response(embedCardHtml(entry), { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
