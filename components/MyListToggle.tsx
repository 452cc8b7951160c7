/**
 * Adds an initiative or action to マイリスト, or takes it out: a toggle button (aria-pressed), ☆ when out
 * and ★ when in (app/globals.css, .mylist-toggle). Server-rendered and inert until the delegated handler in
 * <Enhancements/> (lib/client/mylist.ts) reads the list on the device; without JavaScript it is not shown.
 * Named by kind and code (取組例 1-2-3-4) for screen readers; `text` adds a visible word where there is room.
 * Kept to one small element: it is repeated on every initiative of an action page.
 */
export function MyListToggle({
  code,
  kind,
  text,
  pressed = false,
  className = "",
}: {
  code: string;
  kind: "取組例" | "行動";
  text?: string;
  /** Set by a client component that already knows the list (the search page); the server renders "false". */
  pressed?: boolean;
  className?: string;
}) {
  return (
    <button
      type="button"
      data-mylist={code}
      aria-pressed={pressed}
      aria-label={`${kind} ${code} をマイリストに入れる`}
      className={`js-only no-print no-class mylist-toggle ${className}`}
    >
      {text}
    </button>
  );
}
