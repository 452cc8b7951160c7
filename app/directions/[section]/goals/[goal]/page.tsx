import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { actionsOf, entryPoints, findGoal, getPlan } from "@/lib/content/plan";
import { breadcrumbs, titlePath } from "@/lib/content/breadcrumbs";
import { classSlides, slideNeighbours } from "@/lib/content/sequence";
import { HandoutHeader } from "@/components/HandoutHeader";
import { goalMeta } from "@/lib/content/meta";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ActionBlock } from "@/components/ActionBlock";
import { Legend } from "@/components/Legend";
import { PageTools } from "@/components/PageTools";
import { JaText, Phrased } from "@/components/JaText";
import { ClassToolbar } from "@/components/ClassToolbar";
import { PrevNext } from "@/components/PrevNext";
import { SectionChip } from "@/components/SectionChip";
import { goalPath, sectionPath } from "@/lib/urls";

type Params = { section: string; goal: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getPlan().plan.sections.flatMap((section) =>
    section.goals.map((goal) => ({ section: section.id, goal: String(goal.number) })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const found = findGoal(getPlan(), p.section, p.goal);
  return found ? goalMeta(found.section, found.goal) : {};
}

export default async function GoalPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const model = getPlan();
  const found = findGoal(model, p.section, p.goal);
  if (!found) notFound();
  const { section, goal } = found;
  const { prev, next: first } = entryPoints(model, section.id, goal.number);
  const path = goalPath(section.id, goal.number);
  const slides = slideNeighbours(classSlides(model), path);
  return (
    <div data-class-page="overview">
      <ClassToolbar prev={slides.prev} next={slides.next} />
      <Breadcrumbs crumbs={breadcrumbs(section, goal)} />
      <header className="mb-6 page-header">
        <HandoutHeader path={path} trail={titlePath(section, goal)} />
        <p className="phrased text-sm font-bold">
          <SectionChip section={section} className="me-1" />
          <a href={sectionPath(section.id)}>
            <Phrased text={section.title} />
          </a>
        </p>
        <p className="text-sm text-muted mt-2">具体目標{goal.number}</p>
        <h1 id="page-title" className="phrased text-2xl sm:text-3xl font-bold leading-snug">
          <JaText text={goal.title} />
        </h1>
      </header>
      <PageTools />
      <Legend />
      <div className="space-y-4">
        {actionsOf(model, section.id, goal.number).map((entry) => (
          <ActionBlock key={entry.action.number} model={model} entry={entry} headingLevel={2} />
        ))}
      </div>
      <PrevNext prev={prev} next={first} nextLabel="この具体目標の最初の行動" />
    </div>
  );
}
