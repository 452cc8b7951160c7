import { MyListApp } from "@/components/MyListApp";
import { pageMetadata } from "@/lib/content/meta";
import { homePath, myListPath } from "@/lib/urls";

export const metadata = pageMetadata({
  title: "マイリスト",
  description:
    "金沢SDGs行動計画の取組例や行動から選んだ自分のリスト。リンクやQRコードで共有し、ワークシートとして印刷し、授業で1件ずつ見せられます。リストはこの端末にだけ保存されます。",
  path: myListPath(),
});

export default function MyListPage() {
  return (
    <>
      {/* data-chrome: hidden with the site's header while the lesson deck shows (class view's rule). */}
      <div className="no-print mb-6" data-chrome>
        <h1 id="page-title" className="text-2xl sm:text-3xl font-bold">
          マイリスト
        </h1>
        <p className="mt-2">
          計画の取組例や行動から、自分にできること・授業で扱うことを選んで集めるリストです。リンクやQRコードで共有したり、ワークシートとして印刷したり、授業で1件ずつ大きく見せたりできます。
        </p>
        <p className="mt-1 text-sm text-muted">リストはこの端末のブラウザにだけ保存され、どこにも送られません。</p>
      </div>
      {/* Not <noscript>: scripts can be blocked with scripting on; the boot script in <head> hides this. */}
      <div className="no-js-only rounded-lg bg-surface p-4">
        <p>マイリストを使うにはJavaScriptが必要です。JavaScriptを有効にしてから、このページを開き直してください。</p>
        <p className="mt-2 text-sm">
          JavaScriptがなくても、計画のすべての内容は<a href={homePath()}>トップページ</a>から読めます。
        </p>
      </div>
      <MyListApp />
    </>
  );
}
