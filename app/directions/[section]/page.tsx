import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { actionsOf, entryPoints, findSection, getPlan } from "@/lib/content/plan";
import { breadcrumbs, titlePath } from "@/lib/content/breadcrumbs";
import { classSlides, slideNeighbours } from "@/lib/content/sequence";
import { HandoutHeader } from "@/components/HandoutHeader";
import { sectionMeta } from "@/lib/content/meta";
import { actionsPath, goalPath, overviewPath, sectionPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ActionBlock } from "@/components/ActionBlock";
import { Legend } from "@/components/Legend";
import { SectionHeader } from "@/components/SectionHeader";
import { PageTools } from "@/components/PageTools";
import { JaText, Phrased } from "@/components/JaText";
import { ClassToolbar } from "@/components/ClassToolbar";
import { PrevNext } from "@/components/PrevNext";

type Params = { section: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getPlan().plan.sections.map((section) => ({ section: section.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = findSection(getPlan(), (await params).section);
  return section ? sectionMeta(section) : {};
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const model = getPlan();
  const section = findSection(model, (await params).section);
  if (!section) notFound();
  const { prev, next: first } = entryPoints(model, section.id);
  const path = sectionPath(section.id);
  const slides = slideNeighbours(classSlides(model), path);
  return (
    <div data-class-page="overview">
      <ClassToolbar prev={slides.prev} next={slides.next} />
      <Breadcrumbs crumbs={breadcrumbs(section)} />
      <SectionHeader section={section}>
        <HandoutHeader path={path} trail={titlePath(section)} />
      </SectionHeader>
      <ul className="no-class no-print -mt-2 mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-class-hide>
        <li>
          <a href={overviewPath()}>計画の全体図で見る</a>
        </li>
        <li>
          <a href={actionsPath({ section: section.id })}>{section.label}の行動を一覧で見る</a>
        </li>
      </ul>
      <PageTools />
      <Legend />
      {/* In class view the direction is a title screen: its title and its goals' titles. Each goal, and each action, has its own screen. */}
      <nav aria-label="具体目標の一覧" className="mb-8" data-class-hide>
        <ol className="phrased space-y-1">
          {section.goals.map((goal) => (
            <li key={goal.number}>
              <a href={`#g-${goal.number}`}>
                具体目標{goal.number}. <Phrased text={goal.title} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="space-y-12">
        {section.goals.map((goal) => (
          <section key={goal.number} id={`g-${goal.number}`} data-goal-block aria-labelledby={`g-${goal.number}-title`} className="scroll-mt-4">
            <p className="text-sm text-muted">
              {section.label} · 具体目標{goal.number}
            </p>
            <h2 id={`g-${goal.number}-title`} className="phrased text-2xl font-bold leading-snug mb-4">
              <a href={goalPath(section.id, goal.number)}>
                <JaText text={goal.title} />
              </a>
            </h2>
            <div className="space-y-4" data-class-hide>
              {actionsOf(model, section.id, goal.number).map((entry) => (
                <ActionBlock key={entry.action.number} model={model} entry={entry} headingLevel={3} />
              ))}
            </div>
          </section>
        ))}
      </div>
      <PrevNext prev={prev} next={first} nextLabel="この方向性の最初の行動" />
    </div>
  );
}
