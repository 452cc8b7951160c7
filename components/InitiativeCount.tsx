import type { Initiative } from "@/lib/content/schema";

/**
 * 「（5件）」, or with only the main examples shown 「（2件表示／全5件）」: the count says
 * what is on the screen. CSS picks the one that applies (globals.css), so it is right
 * before any script runs and on paper. The hidden one comes last, so the heading's
 * accessible name has no gap in it.
 */
export function InitiativeCount({ items }: { items: readonly Initiative[] }) {
  const featured = items.filter((item) => item.featured).length;
  return (
    <>
      <span className="count-all">（{items.length}件）</span>
      <span className="count-featured">
        （{featured}件表示／全{items.length}件）
      </span>
    </>
  );
}
