import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findAction, getPlan, neighbours } from "@/lib/content/plan";
import { breadcrumbs, titlePath } from "@/lib/content/breadcrumbs";
import { classSlides, slideNeighbours } from "@/lib/content/sequence";
import { actionMeta } from "@/lib/content/meta";
import { actionCode, shortCode } from "@/lib/content/codes";
import { numberToCircled } from "@/lib/source/cells";
import { actionPath, goalPath, sectionPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InitiativeList } from "@/components/InitiativeList";
import { Legend } from "@/components/Legend";
import { PrevNext } from "@/components/PrevNext";
import { CopyLink } from "@/components/CopyLink";
import { PageTools } from "@/components/PageTools";
import { JaText, Phrased } from "@/components/JaText";
import { ClassToolbar } from "@/components/ClassToolbar";
import { SectionChip } from "@/components/SectionChip";
import { EmbedSnippet } from "@/components/EmbedSnippet";
import { HandoutHeader } from "@/components/HandoutHeader";
import { InitiativeCount } from "@/components/InitiativeCount";
import { NoFeaturedNotice } from "@/components/NoFeaturedNotice";
import { MyListToggle } from "@/components/MyListToggle";

type Params = { section: string; goal: string; action: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getPlan().actions.map(({ section, goal, action }) => ({
    section: section.id,
    goal: String(goal.number),
    action: String(action.number),
  }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const entry = findAction(getPlan(), p.section, p.goal, p.action);
  return entry ? actionMeta(entry) : {};
}

export default async function ActionPage({ params }: { params: Promise<Params> }) {
  const p = await params;
  const model = getPlan();
  const entry = findAction(model, p.section, p.goal, p.action);
  if (!entry) notFound();
  const { section, goal, action } = entry;
  const { prev, next } = neighbours(model, entry);
  const code = actionCode(section.label, goal.number, action.number);
  const path = actionPath(section.id, goal.number, action.number);
  const slides = slideNeighbours(classSlides(model), path);
  return (
    <article aria-labelledby="page-title" data-class-page="action">
      <ClassToolbar prev={slides.prev} next={slides.next} position={`行動 ${entry.index + 1} / ${model.actions.length}`} />
      <Breadcrumbs crumbs={breadcrumbs(section, goal, action.number)} />
      <header className="mb-6 page-header action-header">
        <HandoutHeader path={path} trail={titlePath(section, goal, action)} />
        <p className="phrased text-sm font-bold">
          <SectionChip section={section} className="me-1" />
          <a href={sectionPath(section.id)}>
            <Phrased text={section.title} />
          </a>
        </p>
        <p className="phrased text-sm mt-1">
          <a href={goalPath(section.id, goal.number)}>
            具体目標{goal.number}. <Phrased text={goal.title} />
          </a>
        </p>
        <p className="mt-4 inline-block rounded bg-accent-soft px-2 py-0.5 text-sm font-bold" data-action-code>
          {code}
        </p>
        <h1 id="page-title" className="phrased text-2xl sm:text-3xl font-bold leading-snug mt-2">
          <span aria-hidden="true">{numberToCircled(action.number)}</span>
          <span className="sr-only">行動{action.number}：</span>
          <JaText text={action.title} />
        </h1>
        <CopyLink path={path} label={code} className="mt-2" />
        <MyListToggle code={shortCode(section.id, goal.number, action.number)} kind="行動" text="マイリスト" className="ml-2 border border-line text-sm" />
      </header>
      <PageTools />
      <section aria-labelledby="initiatives-title">
        <h2 id="initiatives-title" className="text-xl font-bold">
          取組例<InitiativeCount items={action.initiatives} />
        </h2>
        <Legend />
        <InitiativeList model={model} entry={entry} anchors />
        <NoFeaturedNotice section={section.id} goal={goal.number} action={action} />
      </section>
      <EmbedSnippet entry={entry} />
      <PrevNext prev={prev} next={next} />
    </article>
  );
}
