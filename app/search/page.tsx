import { preload } from "react-dom";
import { SearchResults } from "@/components/SearchResults";
import { getPlan } from "@/lib/content/plan";
import { searchIndexPath, searchPath, sectionPath } from "@/lib/urls";
import { pageMetadata } from "@/lib/content/meta";

export const metadata = pageMetadata({
  title: "検索",
  description: "金沢SDGs行動計画の方向性・具体目標・行動・取組例を、キーワードや行動コード（例：1-2-3）で検索できます。",
  path: searchPath(),
});

export default function SearchPage() {
  // The index is fetched while the page's scripts load, not after them: the search starts as soon as
  // the page is interactive. Same request as lib/search/client.ts's fetch (same-origin, CORS mode).
  // The build moves this preload into the loader that requests the scripts after the first paint
  // (lib/build/paint-first.ts).
  preload(searchIndexPath(), { as: "fetch", crossOrigin: "anonymous" });
  const { plan } = getPlan();
  return (
    <>
      <h1 id="page-title" className="text-2xl sm:text-3xl font-bold mb-4">
        計画の中を検索
      </h1>
      <SearchResults sections={plan.sections.map((section) => ({ label: `${section.label} ${section.title}`, url: sectionPath(section.id) }))} />
      {/* Not <noscript>: that shows only when the browser's scripting is switched off, not when
          scripts are blocked (an extension, a filtering proxy). The boot script in <head> hides it. */}
      <div className="no-js-only mt-6 rounded-lg bg-surface p-4">
        <p>検索結果の表示にはJavaScriptが必要です。JavaScriptを有効にするか、次の一覧からお探しください。</p>
        <ul className="mt-2 list-disc pl-6">
          {plan.sections.map((section) => (
            <li key={section.id}>
              <a href={sectionPath(section.id)}>
                {section.label} {section.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
