import { getPlan } from "@/lib/content/plan";
import { pageMetadata } from "@/lib/content/meta";
import { LANDSCAPE, layoutMap, PORTRAIT } from "@/lib/overview/layout";
import { countsText, overviewTree } from "@/lib/overview/tree";
import { classSlides } from "@/lib/content/sequence";
import { actionsPath, homePath, overviewPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ClassToolbar } from "@/components/ClassToolbar";
import { HandoutHeader } from "@/components/HandoutHeader";
import { OverviewMap } from "@/components/OverviewMap";
import { OverviewOutline } from "@/components/OverviewOutline";
import { PrefToggle } from "@/components/PrefToggle";

export const metadata = pageMetadata({
  title: "計画の全体図",
  description:
    "金沢SDGs行動計画の全体を1枚の図で。5つの方向性とパートナーシップ、17の具体目標、64の行動を、取組例の数に比例した大きさで示し、主な取組例（●）の割合も表します。",
  path: overviewPath(),
});

export default function OverviewPage() {
  const model = getPlan();
  const tree = overviewTree(model.plan);
  const layouts = [layoutMap(tree, LANDSCAPE), layoutMap(tree, PORTRAIT)];
  const summary = `方向性${tree.sections.length - 1}つとパートナーシップ、具体目標${tree.goals}、行動${tree.actions}、${countsText(tree)}`;
  return (
    <div data-class-page="map" className="map-page">
      <ClassToolbar next={classSlides(model)[0]} position="計画の全体図" />
      <HandoutHeader path={overviewPath()} trail={[{ label: "計画の全体図", title: "" }]} qr={false} />
      <Breadcrumbs
        crumbs={[
          { label: "トップ", href: homePath() },
          { label: "計画の全体図", href: overviewPath() },
        ]}
      />
      <h1 id="page-title" className="text-2xl sm:text-3xl font-bold leading-snug">
        計画の全体図
      </h1>
      <div className="map-intro no-class">
        <p className="mt-2">
          金沢SDGs行動計画のすべてを1枚の図にしました。四角の一つひとつが行動で、大きさはその行動の取組例の数に比例します。下から塗られた部分の高さは、そのうち主な取組例（●）の割合です。行動コード（例：3-1-2）を選ぶと、その行動のページが開きます。
        </p>
        <p className="mt-2 text-sm text-muted">{summary}</p>
        <div className="no-print js-only" data-chrome>
          <div className="my-3">
            <PrefToggle
              pref="classView"
              className="rounded border border-line px-3 py-1 text-sm bg-bg aria-pressed:bg-accent aria-pressed:text-accent-fg"
            >
              授業モード（大きく表示）
            </PrefToggle>
          </div>
        </div>
      </div>
      <figure className="map-figure mt-4" aria-describedby="map-legend">
        <OverviewMap layouts={layouts} label={`計画の全体図：${summary}`} />
        <figcaption id="map-legend" className="mt-2 text-sm text-muted">
          四角の大きさ＝取組例の数。下から塗られた部分＝そのうち主な取組例（●）の割合。見出しの帯は方向性とパートナーシップ、太いすき間は具体目標の区切りです。同じ内容を
          <a href="#outline-title">文字の一覧</a>でも読めます。
        </figcaption>
      </figure>
      <p className="map-links no-class no-print mt-4">
        <a href={actionsPath()}>行動の一覧で探す・絞り込む</a>
      </p>
      <section aria-labelledby="outline-title" className="map-outline no-class mt-10">
        <h2 id="outline-title" className="text-2xl font-bold mb-4">
          全体図の内容（文字で読む）
        </h2>
        <OverviewOutline tree={tree} id="outline" />
      </section>
    </div>
  );
}
