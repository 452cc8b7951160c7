import { getPlan } from "@/lib/content/plan";
import { pageMetadata } from "@/lib/content/meta";
import { OPEN_DATA_VERSION } from "@/lib/open-data/schema";
import { CSV_COLUMNS } from "@/lib/open-data/csv";
import { absoluteUrl, actionPath, dataFilePath, dataPath } from "@/lib/urls";
import { actionCode, shortCode } from "@/lib/content/codes";
import { formatSize, openDataFiles, type OpenDataFileName } from "@/lib/open-data/files";
import { fullTitle, getSourceMeta } from "@/lib/source/meta";
import { SourceTerms } from "@/components/SourceTerms";

export const metadata = pageMetadata({
  title: "オープンデータ",
  description:
    "金沢SDGs行動計画の全文を、JSON（スキーマ付き）とCSVで取得できます。各ファイルの内容と大きさ、列の意味、出典と利用条件、特定の行動を引用する方法を説明します。",
  path: dataPath(),
});

const CSV_HELP: Record<(typeof CSV_COLUMNS)[number], string> = {
  code: "取組例コード（方向性-具体目標-行動-番号。パートナーシップは P。例：1-2-3-4）",
  direction: "方向性の番号（1〜5）。パートナーシップは partnership",
  goal: "具体目標の番号",
  action: "行動の番号（①=1、②=2 …）",
  position: "行動の中での取組例の順番（1から）",
  main_example: "主な取組例（●）なら true、その他の取組例（・）なら false",
  text: "取組例の文言（原文のまま。「（再掲）」の表記は含みません）",
  repeat_of: "（再掲）の取組例なら、元の取組例コード。それ以外は空欄",
  url: "その取組例を示すページのURL（#i-番号 付き）",
};

/** The file's link, with its size and the date of its data, as each file section starts. */
function FileHeading({ id, name, kind, files, date }: { id: string; name: OpenDataFileName; kind: string; files: Record<OpenDataFileName, string>; date: string }) {
  return (
    <>
      <h3 id={id} className="font-bold">
        <a href={dataFilePath(name)}>{name}</a>（{kind}）
      </h3>
      <p className="text-sm text-muted" data-file-facts={name}>
        大きさ：{formatSize(files[name])}・データの時点：{date}
      </p>
    </>
  );
}

export default function DataPage() {
  const model = getPlan();
  const { counts, actions } = model;
  const meta = getSourceMeta();
  const files = openDataFiles(model, meta);
  // The data is as of the source text it was made from: the plan's own date if the city gives one, and the day it was taken in.
  const date = [meta.planVersion && `計画の版・日付 ${meta.planVersion}`, meta.copiedOn && `原文の取り込み ${meta.copiedOn}`]
    .filter(Boolean)
    .join("、") || "不明";
  const example = actions.find((e) => e.section.id === "1" && e.goal.number === 2 && e.action.number === 3) ?? actions[0]!;
  const exampleUrl = absoluteUrl(actionPath(example.section.id, example.goal.number, example.action.number));
  const exampleLabel = actionCode(example.section.label, example.goal.number, example.action.number);
  const file = "rounded bg-surface p-4";
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" className="text-2xl sm:text-3xl font-bold mb-4">
        オープンデータ
      </h1>
      <p>
        金沢SDGs行動計画は「SDGsのまちづくりに関するデータや情報をオープンにする」ことを掲げています。このサイトに載っている計画の全文（方向性・パートナーシップ{counts.sections}、具体目標{counts.goals}、行動{counts.actions}、取組例{counts.initiatives}）を、次のファイルで取得できます。文言は原文のままです。利用条件は下の「<a href="#terms">出典と利用条件</a>」をご覧ください。
      </p>

      <h2 className="text-xl font-bold mt-8 mb-3">ファイル</h2>
      <div className="space-y-4">
        <section className={file} aria-labelledby="f-json">
          <FileHeading id="f-json" name="plan.json" kind="計画全体・JSON" files={files} date={date} />
          <p className="text-sm mt-1">
            方向性 → 具体目標 → 行動 → 取組例 の入れ子で、計画全体を収めています。各項目にコード、正規URL、主な取組例かどうか（mainExample）、再掲の関係（repeatOf・repeatedIn・sameAs）が付いています。出典と利用条件は <code>source</code> にあります（不明な項目は null）。データ形式のバージョンは <code>version</code>（現在 {OPEN_DATA_VERSION}）で、形が変わると変わります。
          </p>
        </section>
        <section className={file} aria-labelledby="f-schema">
          <FileHeading id="f-schema" name="plan.schema.json" kind="plan.json のJSON Schema" files={files} date={date} />
          <p className="text-sm mt-1">plan.json の形を JSON Schema（draft 2020-12）で定義したものです。各項目の説明も含みます。データの検証やプログラムの型生成に使えます。</p>
        </section>
        <section className={file} aria-labelledby="f-csv">
          <FileHeading id="f-csv" name="initiatives.csv" kind="取組例の一覧・CSV" files={files} date={date} />
          <p className="text-sm mt-1">
            取組例1件を1行にした表です（{counts.initiatives}行＋見出し行）。RFC 4180 形式、文字コードは UTF-8（BOM付き）なので、Excel でそのまま開けます。
          </p>
          <table className="mt-3 w-full text-sm border-collapse">
            <caption className="text-left font-bold mb-1">列の意味</caption>
            <thead>
              <tr>
                <th scope="col" className="text-left border-b border-line py-1 pr-3">列</th>
                <th scope="col" className="text-left border-b border-line py-1">内容</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row" className="text-left align-top border-b border-line py-1 pr-3 font-mono font-normal">
                    {column}
                  </th>
                  <td className="border-b border-line py-1">{CSV_HELP[column]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <h2 id="terms" className="text-xl font-bold mt-8 mb-3 scroll-mt-4">
        出典と利用条件
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]" data-source-facts>
        <dt className="font-bold">計画</dt>
        <dd>{fullTitle(meta)}</dd>
        <dt className="font-bold">作成・公表</dt>
        <dd>{meta.publisher}</dd>
        <dt className="font-bold">公表ページ</dt>
        <dd>{meta.publicationUrl ? <a href={meta.publicationUrl}>{meta.publicationUrl}</a> : "未記入（このサイトでは確認できていません）"}</dd>
        <dt className="font-bold">計画の版・日付</dt>
        <dd>{meta.planVersion || "未記入（このサイトでは確認できていません）"}</dd>
        <dt className="font-bold">原文を取り込んだ日</dt>
        <dd>{meta.copiedOn || "未記入"}</dd>
      </dl>
      <div className="mt-3">
        <SourceTerms />
      </div>

      <h2 className="text-xl font-bold mt-8 mb-3">特定の行動・取組例を引用するには</h2>
      <p>
        行動には「{exampleLabel}」のような表示用コードと、「{shortCode(example.section.id, example.goal.number, example.action.number)}」のような短いコードがあります。資料では、計画名・コード・行動名・URLを併記してください。URLは変わりません。
      </p>
      <pre className="mt-3 overflow-x-auto rounded bg-surface p-3 text-sm whitespace-pre-wrap">
        {`金沢SDGs行動計画 ${exampleLabel}「${example.action.title}」\n${exampleUrl}`}
      </pre>
      <p className="mt-3">
        取組例を示すときは、URLの末尾に <code>#i-番号</code> を付けます（例：<code>{exampleUrl}#i-1</code>）。各ページの「リンクをコピー」ボタンでも取得できます。行動コードをサイト内検索に入力すると、その行動のページへ移動します。
      </p>
    </article>
  );
}
