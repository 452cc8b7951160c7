import type { Report, Run, Summary } from "@/lib/a11y/report";

const VIEWPORT_LABEL: Record<string, string> = { desktop: "パソコン", phone: "スマートフォン" };
const SCHEME_LABEL: Record<Run["scheme"], string> = { light: "明るい配色", dark: "暗い配色（ダークモード）" };
const STATE_LABEL: Record<string, string> = {
  query: "検索結果を表示",
  furigana: "ふりがなを表示",
  classView: "授業モード",
  "classView+furigana": "授業モードでふりがなを表示",
};
const STATUS_LABEL: Record<string, string> = {
  passed: "合格",
  failed: "不合格",
  timedOut: "不合格（時間切れ）",
  interrupted: "中断",
  skipped: "対象外",
};

const viewportLabel = (name: string) => VIEWPORT_LABEL[name] ?? name;
const dateLabel = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};
const count = (n: number) => n.toLocaleString("ja-JP");

/** The columns of the results table: each size and scheme a page was tested in. */
function combos(report: Report) {
  return report.schemes.flatMap(({ scheme, viewports }) => viewports.map((viewport) => ({ viewport, scheme })));
}

const h2 = "text-xl font-bold mt-10 mb-3";
const cell = "border-b border-line py-1 px-2 text-left align-top";

/** ウェブアクセシビリティ方針: the policy, and the test report of lib/a11y/report.json. */
export function AccessibilityReport({ report, summary }: { report: Report; summary: Summary }) {
  const columns = combos(report);
  const titles = new Map(report.pages.map((p) => [p.path, p.title]));
  const rows = new Map<string, Run[]>();
  for (const run of report.runs) {
    const key = `${run.page}\u0000${run.state}`;
    rows.set(key, [...(rows.get(key) ?? []), run]);
  }
  const projects = [...new Set(report.checks.tests.flatMap((t) => Object.keys(t.results)))];
  const states = [...new Set(report.runs.map((r) => r.state).filter(Boolean))];
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-2xl sm:text-3xl font-bold mb-4">
        ウェブアクセシビリティ方針
      </h1>
      <p>
        金沢SDGs行動計画カタログサイトは、年齢や障害の有無、使う機器や環境にかかわらず、だれもが計画を読み、探し、リンクできるよう、日本産業規格
        JIS X 8341-3:2016「高齢者・障害者等配慮設計指針―情報通信における機器，ソフトウェア及びサービス―第3部：ウェブコンテンツ」に基づいて、ウェブアクセシビリティの確保と向上に取り組みます。
      </p>

      <h2 className={h2}>目標とする適合レベル</h2>
      <p>JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします。</p>

      <h2 className={h2}>対象範囲</h2>
      <p>このサイトのすべてのページ（{count(summary.pages)}ページ）です。ページが増えたときは、試験をやり直してこの報告を更新します。</p>
      <details className="mt-2">
        <summary className="cursor-pointer">対象のページの一覧</summary>
        <ul className="mt-2 text-sm space-y-1">
          {report.pages.map((page) => (
            <li key={page.path}>
              {page.title || page.path}（<code>{page.path}</code>）
            </li>
          ))}
        </ul>
      </details>

      <h2 className={h2}>試験の方法</h2>
      <p>サイトを公開する形で組み立て、ブラウザで実際に表示して、次の方法で試験しています。試験はすべて自動で、同じ手順でいつでもやり直せます。</p>
      <h3 className="font-bold mt-4">1. 自動試験（axe）</h3>
      <p>
        すべてのページを、WCAG 2.0・2.1 の適合レベル A と AA に当たる axe の規則（{count(report.axe.rules)}項目）で検査しました。JIS X 8341-3:2016 は WCAG 2.0 と同じ内容の規格です。
      </p>
      <ul className="mt-2 list-disc pl-6">
        {columns.map(({ viewport, scheme }) => {
          const size = report.viewports.find((v) => v.name === viewport);
          return (
            <li key={`${viewport}-${scheme}`}>
              {viewportLabel(viewport)}の画面（{size?.width}×{size?.height}）、{SCHEME_LABEL[scheme]}
            </li>
          );
        })}
      </ul>
      {states.length > 0 && <p className="mt-2">このほか、利用者が切り替える表示（{states.map((s) => STATE_LABEL[s] ?? s).join("、")}）でも同じ検査をしています。</p>}
      <h3 className="font-bold mt-4">2. キーボードとスクリーンリーダーの確認</h3>
      <p>
        キーボードだけで操作できること、スクリーンリーダーに正しく伝わることを、ブラウザを動かすテストで確かめています（{count(summary.checks.total)}件。うちキーボード{count(summary.checks.keyboard)}件、スクリーンリーダー{count(summary.checks.screenReader)}件）。一覧と結果は下の「試験結果」にあります。
      </p>
      <h3 className="font-bold mt-4">使用したツール</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {Object.entries(report.tools).map(([tool, v]) => (
          <div key={tool} className="contents">
            <dt>{tool}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>試験結果</h2>
      <p>
        試験日：<time dateTime={report.date}>{dateLabel(report.date)}</time>
      </p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          自動試験：{count(summary.pages)}ページ、{count(summary.runs)}回の検査で、違反は{count(summary.violations)}件でした（違反のなかった検査 {count(summary.clean)}回）。
        </li>
        <li>
          キーボードとスクリーンリーダーの確認：{count(summary.checks.passed)}件合格、{count(summary.checks.failed)}件不合格（画面幅によって行わないものを除く）。
        </li>
      </ul>
      {summary.incomplete.size > 0 && (
        <>
          <p className="mt-3">
            axe が自動では判定できず、人の確認が必要とした項目は次のとおりです（規則の名前と、該当した検査の回数）。
          </p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {[...summary.incomplete].map(([id, n]) => (
              <li key={id}>
                <code>{id}</code>：{count(n)}回
              </li>
            ))}
          </ul>
        </>
      )}

      <details className="mt-4">
        <summary className="cursor-pointer">ページごとの自動試験の結果（違反の件数）</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm border-collapse">
            <caption className="text-left text-muted mb-1">0 は違反なし。「—」はその組み合わせでは検査していないことを表します。</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  ページ
                </th>
                {columns.map(({ viewport, scheme }) => (
                  <th key={`${viewport}-${scheme}`} scope="col" className={cell}>
                    {viewportLabel(viewport)}・{scheme === "light" ? "明" : "暗"}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...rows].map(([key, runs]) => {
                const { page, state } = runs[0]!;
                return (
                  <tr key={key}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <code>{page}</code>
                      {state && `（${STATE_LABEL[state] ?? state}）`}
                      {!state && titles.get(page) && <span className="sr-only">：{titles.get(page)}</span>}
                    </th>
                    {columns.map(({ viewport, scheme }) => {
                      const run = runs.find((r) => r.viewport === viewport && r.scheme === scheme);
                      return (
                        <td key={`${viewport}-${scheme}`} className={cell}>
                          {run ? run.violations.length : "—"}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>

      <details className="mt-4">
        <summary className="cursor-pointer">キーボードとスクリーンリーダーの確認の一覧と結果</summary>
        <p className="mt-2 text-sm">試験の名前は、テストのプログラムに書かれた英語の名前のままです。</p>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-sm border-collapse">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  試験
                </th>
                <th scope="col" className={cell}>
                  種類
                </th>
                {projects.map((project) => (
                  <th key={project} scope="col" className={cell}>
                    {viewportLabel(project)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.checks.tests.map((test) => (
                <tr key={`${test.file} ${test.title}`}>
                  <th scope="row" lang="en" className={`${cell} font-normal`}>
                    {test.title}
                  </th>
                  <td className={cell}>{test.kinds.map((k) => (k === "keyboard" ? "キーボード" : "スクリーンリーダー")).join("・")}</td>
                  {projects.map((project) => (
                    <td key={project} className={cell}>
                      {STATUS_LABEL[test.results[project] ?? "skipped"] ?? test.results[project]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <h2 className={h2}>対応度の表記について</h2>
      <p>
        ここに示したのは自動試験と、テストとして自動化した操作の確認の結果です。JIS X 8341-3:2016 のすべての達成基準について、人が画面と支援技術で確かめる試験はまだ行っていないため、「準拠」「一部準拠」などの対応度の表記はしていません。
      </p>

      <h2 className={h2}>わかっている制限</h2>
      <ul className="list-disc pl-6 space-y-1">
        <li>自動試験で見つけられるのは、アクセシビリティの問題の一部です。実際のスクリーンリーダー（NVDA、VoiceOver など）を人が操作した確認は、この報告に含まれていません。</li>
        <li>試験に使うブラウザは Chromium だけです。Firefox や Safari では試験していません。</li>
        <li>ふりがなは辞書を使って自動で付けています。確認した辞書で直していますが、読みが誤っている場合があります。</li>
        <li>文言は金沢市の原文のまま（誤字を含め）掲載しているため、わかりにくい表現が残っている場合があります。</li>
        <li>検索結果の表示には JavaScript が必要です。JavaScript が使えないときは、方向性の一覧からたどることができます。</li>
      </ul>

      <h2 className={h2}>お問い合わせ</h2>
      <p>
        このサイトのアクセシビリティについてお気づきの点は、金沢SDGs行動計画を担当する金沢市の窓口へお知らせください。どのページの、どの部分で、どのような環境（機器、ブラウザ、支援技術）で困ったかを添えていただけると、早く直すことができます。
      </p>
    </article>
  );
}
