import type { ActionEntry } from "@/lib/content/plan";
import { shortCode } from "@/lib/content/codes";
import { embedSnippet } from "@/lib/embed/card";
import { embedActionPath } from "@/lib/urls";

/**
 * 「埋め込み」 on an action page: the HTML that puts this action's card on another site,
 * to select or copy. The copy button is wired by <Enhancements/> (data-copy="#id").
 */
export function EmbedSnippet({ entry }: { entry: ActionEntry }) {
  const { section, goal, action } = entry;
  const code = shortCode(section.id, goal.number, action.number);
  const id = "embed-code";
  return (
    <details className="no-print no-class mt-10 rounded-lg border border-line p-4" data-chrome>
      <summary className="cursor-pointer font-bold">埋め込み（ほかのウェブサイトにこの行動を表示する）</summary>
      <p className="mt-2 text-sm">
        次のコードを学校や団体のウェブサイトに貼り付けると、この行動の
        <a href={embedActionPath(section.id, goal.number, action.number)}>カード</a>
        が表示されます。カードの高さは内容に合わせて自動で変わります。
      </p>
      <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-surface p-3 text-xs">
        <code id={id}>{embedSnippet(entry)}</code>
      </pre>
      <button
        type="button"
        data-copy={`#${id}`}
        data-copy-label={`${code}の埋め込みコード`}
        className="js-only mt-2 rounded border border-line px-2 py-0.5 text-sm text-fg bg-bg hover:bg-surface"
      >
        <span data-copy-text>コードをコピー</span>
      </button>
    </details>
  );
}
