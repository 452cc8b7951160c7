import { getPlan } from "@/lib/content/plan";
import { actionsPath, goalPath, overviewPath, sectionPath, searchPath } from "@/lib/urls";
import { Legend } from "@/components/Legend";
import { SectionChip } from "@/components/SectionChip";
import { pageMetadata } from "@/lib/content/meta";
import { Phrased } from "@/components/JaText";

export const metadata = pageMetadata({
  title: "金沢SDGs行動計画 IMAGINE KANAZAWA 2030 の全文カタログ",
  description:
    "金沢市の「金沢SDGs行動計画（IMAGINE KANAZAWA 2030）」の5つの方向性とパートナーシップ、17の具体目標、64の行動、260の取組例をすべて原文のまま掲載。検索、授業モード、ふりがな付きで読めます。",
  path: "/",
});

export default function HomePage() {
  const model = getPlan();
  const { counts } = model;
  return (
    <>
      <section aria-labelledby="page-title" className="mb-10">
        <p className="text-sm font-bold tracking-widest text-gold">IMAGINE KANAZAWA 2030</p>
        <h1 id="page-title" className="text-3xl sm:text-4xl font-bold leading-tight mt-1">
          金沢SDGs行動計画
        </h1>
        <p className="mt-4 text-lg max-w-3xl">
          金沢市が市民・企業・団体のみなさんと話し合ってつくった、2030年に向けたSDGsのまちづくりの行動計画です。5つの方向性とそれをすすめるパートナーシップのもとに、具体目標、行動、取組例がまとめられています。このサイトでは、そのすべてを原文のまま読むことができます。
        </p>
        <dl className="mt-6 grid grid-cols-2 sm:grid-cols-4 gap-3 max-w-3xl" aria-label="計画の規模">
          {[
            ["方向性・パートナーシップ", counts.sections],
            ["具体目標", counts.goals],
            ["行動", counts.actions],
            ["取組例", counts.initiatives],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg bg-surface p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-muted">
          取組例{counts.initiatives}件のうち{counts.featured}件が主な取組例（●）、{counts.repeats}件が他の行動からの再掲です。
        </p>
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 font-bold">
          <li>
            <a href={overviewPath()}>計画の全体図を見る</a>
          </li>
          <li>
            <a href={actionsPath()}>すべての行動を一覧で探す</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="sections-title" className="mb-12">
        <h2 id="sections-title" className="text-2xl font-bold mb-4">
          5つの方向性とパートナーシップ
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2">
          {model.plan.sections.map((section) => {
            const actions = section.goals.reduce((n, g) => n + g.actions.length, 0);
            return (
              <li key={section.id} data-section={section.id} className="rounded-lg border border-line border-t-4 border-t-sec p-4 flex flex-col">
                <p className="text-sm">
                  <SectionChip section={section} />
                </p>
                <h3 className="phrased text-lg font-bold leading-snug mt-1">
                  <a href={sectionPath(section.id)}>
                    <Phrased text={section.title} />
                  </a>
                </h3>
                {section.tagline && <p className="mt-1">～{section.tagline}～</p>}
                <p className="mt-2 text-sm text-muted">
                  具体目標{section.goals.length}・行動{actions}
                </p>
                <ul className="mt-2 text-sm space-y-1">
                  {section.goals.map((goal) => (
                    <li key={goal.number}>
                      <a href={goalPath(section.id, goal.number)}>
                        {goal.number}. {goal.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="audiences-title" className="mb-8">
        <h2 id="audiences-title" className="text-2xl font-bold mb-4">
          使い方
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-lg bg-surface p-4">
            <h3 className="font-bold mb-1">市民のみなさんへ</h3>
            <p className="text-sm">
              気になる言葉で<a href={searchPath("ごみ")}>検索</a>すると、関係する行動と取組例が見つかります。まずは自分にできそうな「主な取組例（●）」から始めてみましょう。
            </p>
          </div>
          <div className="rounded-lg bg-surface p-4">
            <h3 className="font-bold mb-1">学校・授業で使う方へ</h3>
            <p className="text-sm">
              各ページは教室のプロジェクターでも読みやすい大きさで表示できます。<a href={sectionPath("1")}>方向性1</a>から順に、前後の行動へ移動しながら紹介できます。
            </p>
          </div>
          <div className="rounded-lg bg-surface p-4">
            <h3 className="font-bold mb-1">市役所・団体の方へ</h3>
            <p className="text-sm">
              行動と取組例には、それぞれ変わらないリンク（URL）があります。資料やメールに貼り付けて、特定の行動や取組例を直接示せます。行動コード（例：
              <a href={searchPath("1-2-3")}>1-2-3</a>）で検索すると、その行動へ移動します。
            </p>
          </div>
        </div>
        <Legend />
      </section>
    </>
  );
}
