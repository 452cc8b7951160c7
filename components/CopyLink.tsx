/**
 * A permalink that can always be copied by hand, plus (with JavaScript) a
 * button that copies the absolute URL and announces it. The click is handled
 * by <Enhancements/> through event delegation, so this stays a server component.
 */
export function CopyLink({ path, label, className = "" }: { path: string; label: string; className?: string }) {
  return (
    <span className={`no-print no-class inline-flex flex-wrap items-center gap-2 text-sm ${className}`}>
      <a href={path} className="text-muted" aria-label={`${label}へのリンク`}>
        リンク
      </a>
      <button
        type="button"
        data-copy={path}
        data-copy-label={label}
        className="js-only rounded border border-line px-2 py-0.5 text-sm text-fg bg-bg hover:bg-surface"
      >
        <span data-copy-text>リンクをコピー</span>
        <span className="sr-only">（{label}）</span>
      </button>
    </span>
  );
}
