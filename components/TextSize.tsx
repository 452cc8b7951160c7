import { TEXT_SIZE_LABELS } from "@/lib/client/text-size";

/**
 * Text size steps (文字サイズ), for every page; needs JavaScript to remember the choice.
 * The current size is shown by CSS from <html data-text-size> (right from the first paint);
 * the buttons have fixed places and the header does not grow with the text, so a pointer
 * that clicks 大 three times stays on 大 (globals.css).
 */
export function TextSize() {
  const button =
    "rounded border border-line bg-bg px-2 py-1 leading-none min-h-9 aria-disabled:opacity-50 aria-disabled:cursor-not-allowed";
  return (
    <div className="js-only no-print text-size" role="group" aria-label="文字サイズ">
      <p className="text-xs text-muted leading-tight">
        文字サイズ：
        {TEXT_SIZE_LABELS.map((label, step) => (
          <span key={label} data-text-size-label={step}>
            {label}
          </span>
        ))}
      </p>
      <div className="flex items-center gap-1 mt-0.5 text-sm">
        <button type="button" data-text-step="-1" className={`${button} min-w-9`} aria-label="文字を小さくする">
          小
        </button>
        <button type="button" data-text-step="1" className={`${button} min-w-9`} aria-label="文字を大きくする">
          大
        </button>
        <button type="button" data-text-reset className={`${button} text-xs`}>
          標準に戻す
        </button>
      </div>
      <span data-text-size-status role="status" className="sr-only" />
    </div>
  );
}
