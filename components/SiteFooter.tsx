import { accessibilityPath, dataPath, homePath, searchPath } from "@/lib/urls";
import { SourceCredit } from "./SourceTerms";

export function SiteFooter() {
  return (
    <footer id="site-footer" className="no-print border-t border-line bg-surface mt-12" data-chrome>
      <div className="max-w-5xl mx-auto px-4 sm:px-6 py-6 text-sm text-muted space-y-2">
        <nav aria-label="フッター">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <a href={homePath()}>トップ</a>
            </li>
            <li>
              <a href={searchPath()}>検索</a>
            </li>
            <li>
              <a href={dataPath()}>オープンデータ</a>
            </li>
            <li>
              <a href={accessibilityPath()}>ウェブアクセシビリティ方針</a>
            </li>
          </ul>
        </nav>
        <SourceCredit />
      </div>
    </footer>
  );
}
