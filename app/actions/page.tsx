import { getPlan } from "@/lib/content/plan";
import { pageMetadata } from "@/lib/content/meta";
import { overviewTree } from "@/lib/overview/tree";
import { actionsPath, homePath, overviewPath } from "@/lib/urls";
import { ActionsFilter } from "@/components/ActionsFilter";
import { ActionsList } from "@/components/ActionsList";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { HandoutHeader } from "@/components/HandoutHeader";

export const metadata = pageMetadata({
  title: "行動の一覧",
  description:
    "金沢SDGs行動計画の64の行動を、方向性と具体目標ごとに一覧。取組例と主な取組例（●）の数を示し、方向性・具体目標・●の有無・言葉で絞り込めます。",
  path: actionsPath(),
});

export default function ActionsPage() {
  const model = getPlan();
  const tree = overviewTree(model.plan);
  const sections = tree.sections.map((s) => ({
    id: s.id,
    label: s.label,
    title: s.title,
    goals: s.goals.map((g) => ({ number: g.number, title: g.title })),
  }));
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: "トップ", href: homePath() },
          { label: "行動の一覧", href: actionsPath() },
        ]}
      />
      <header className="page-header">
        <HandoutHeader path={actionsPath()} trail={[{ label: "行動の一覧", title: "" }]} />
        <h1 id="page-title" className="text-2xl sm:text-3xl font-bold leading-snug">
          行動の一覧
        </h1>
      </header>
      <p className="mt-2">
        計画の{tree.actions}の行動を、方向性と具体目標ごとに計画の順に並べています。取組例の数を押すと、その行動の取組例が開きます。
        <span className="js-only">方向性・具体目標・主な取組例（●）の有無・言葉で絞り込めます。絞り込んだ一覧のURLはそのまま共有できます。</span>
      </p>
      <p className="mt-2 text-sm">
        <a href={overviewPath()}>計画の全体図で見る</a>
      </p>
      <ActionsFilter sections={sections} total={tree.actions} />
      <ActionsList model={model} tree={tree} />
    </>
  );
}
