/** Text size steps (文字サイズ), for every page; needs JavaScript to remember the choice. */
export function TextSize() {
  const button = "rounded border border-line bg-bg px-2 py-1 text-sm leading-none min-w-9 min-h-9";
  return (
    <div className="js-only no-print" role="group" aria-label="文字サイズ">
      <div className="flex items-center gap-1 text-sm">
        <span aria-hidden="true" className="text-muted">文字</span>
        <button type="button" data-text-step="-1" className={button} aria-label="文字を小さくする">
          小
        </button>
        <button type="button" data-text-step="1" className={button} aria-label="文字を大きくする">
          大
        </button>
        <span data-text-size-status role="status" className="sr-only" />
      </div>
    </div>
  );
}
