import type { Metadata } from "next";
import { homePath, searchPath } from "@/lib/urls";

export const metadata: Metadata = {
  title: "ページが見つかりません",
  description: "お探しのページは見つかりませんでした。トップページまたは検索からお探しください。",
};

export default function NotFound() {
  return (
    <section aria-labelledby="page-title" className="max-w-2xl">
      <h1 id="page-title" className="text-3xl font-bold mb-4">
        ページが見つかりません
      </h1>
      <p>お探しのページは見つかりませんでした。URLが正しいかご確認いただくか、次のリンクからお探しください。</p>
      <ul className="mt-4 list-disc pl-6 space-y-1">
        <li>
          <a href={homePath()}>トップページへ戻る</a>
        </li>
        <li>
          <a href={searchPath()}>計画の中を検索する</a>
        </li>
      </ul>
    </section>
  );
}
