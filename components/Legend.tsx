/** Explains the two list markers; shown wherever initiatives are listed. */
export function Legend() {
  return (
    <div className="legend text-sm text-muted flex flex-wrap gap-x-6 gap-y-1 my-4" role="note" aria-label="記号の説明">
      <p>
        <span aria-hidden="true" className="text-gold font-bold">●</span> 主な取組例（概要版に掲載されている取組）
      </p>
      <p>
        <span aria-hidden="true">・</span> その他の取組例
      </p>
      <p className="print-featured-only">この印刷は主な取組例（●）だけを表示した状態です。</p>
    </div>
  );
}
