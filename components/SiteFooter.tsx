import { accessibilityPath, dataPath, homePath, searchPath } from "@/lib/urls";

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
        <p>
          掲載している文言は金沢市「金沢SDGs行動計画（IMAGINE KANAZAWA 2030）」の原文のままです（誤字を含め、表記は変更していません）。
        </p>
      </div>
    </footer>
  );
}
