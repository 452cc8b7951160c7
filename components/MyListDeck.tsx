"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { PREFS } from "@/lib/prefs";
import { numberToCircled } from "@/lib/source/cells";
import { deckCommand, moveTo, positionLabel } from "@/lib/mylist/deck";
import { whereLabel, type ListItem } from "@/lib/mylist/resolve";
import { RubyText } from "./RubyText";

const CLASS_VIEW = PREFS.classView.attribute;
const FURIGANA = PREFS.furigana.attribute;

/** Whether the window shows all of the screen's content below the toolbar. */
const moreBelow = (slide: HTMLElement) => slide.getBoundingClientRect().bottom > window.innerHeight + 1;

/**
 * The lesson deck: the list in class view (the projector look of app/globals.css, switched on for as long as
 * the deck is open and never remembered), one item per screen. An initiative is shown inside its action,
 * highlighted. Its keys are caught before the page's own class-view keys (lib/client/class-view.ts), which
 * move between pages and would end a remembered class view on Esc.
 */
export function MyListDeck({ items, start = 0, onLeave }: { items: ListItem[]; start?: number; onLeave: () => void }) {
  const [index, setIndex] = useState(Math.min(start, items.length - 1));
  const slideRef = useRef<HTMLElement>(null);
  const item = items[index];
  const count = items.length;

  // Class view's look while the deck is open; a reader's own class view setting is left as it was.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const had = root.hasAttribute(CLASS_VIEW);
    root.setAttribute(CLASS_VIEW, "on");
    return () => {
      if (!had) root.removeAttribute(CLASS_VIEW);
    };
  }, []);

  // Each screen opens at its top, or where its chosen initiative is, with focus on it for screen readers.
  useEffect(() => {
    const slide = slideRef.current;
    if (!slide) return;
    window.scrollTo({ top: 0 });
    slide.querySelector("[data-deck-pick]")?.scrollIntoView({ block: "nearest" });
    slide.focus({ preventScroll: true });
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const command = deckCommand(event.key);
      // A keyboard user on a focused button presses it with Space or Enter, as everywhere else.
      if (!command || (event.key === " " && target instanceof Element && target.closest("button, a"))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const slide = slideRef.current;
      if (command === "leave") onLeave();
      else if (command === "more" && slide && moreBelow(slide)) window.scrollBy({ top: window.innerHeight * 0.85 });
      else if (command === "back" && window.scrollY > 0) window.scrollBy({ top: -window.innerHeight * 0.85 });
      else {
        const move = command === "more" ? "next" : command === "back" ? "prev" : command;
        setIndex((current) => moveTo(current, count, move));
      }
    };
    // Capture on window: before the document's class-view handler sees the key.
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [count, onLeave]);

  if (!item) return null;
  const { action, initiative } = item;
  const button = "rounded border-2 border-current px-3 py-1 bg-bg text-fg font-bold disabled:invisible";
  const furigana = typeof document !== "undefined" && document.documentElement.hasAttribute(FURIGANA);
  return (
    <div data-class-page="deck" data-deck>
      <nav aria-label="授業で見せるの操作" className="no-print class-toolbar">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={button} disabled={index === 0} onClick={() => setIndex((i) => moveTo(i, count, "prev"))} aria-label="前の項目">
            ← 前
          </button>
          <button type="button" className={button} disabled={index === count - 1} onClick={() => setIndex((i) => moveTo(i, count, "next"))} aria-label="次の項目">
            次 →
          </button>
          <span className="px-2" data-deck-position>
            {positionLabel(index, count)}
          </span>
          <span className="flex-1" />
          {/* Flipped by the page's delegated preference handler, like every ふりがな button. */}
          <button type="button" data-pref-toggle="furigana" aria-pressed={furigana} className={`${button} aria-pressed:bg-fg aria-pressed:text-bg`}>
            ふりがな
          </button>
          <button type="button" data-fullscreen className={button}>
            全画面
          </button>
          <button type="button" className={button} onClick={onLeave}>
            終わる（Esc）
          </button>
        </div>
      </nav>
      <article ref={slideRef} tabIndex={-1} aria-labelledby="deck-title" aria-describedby="deck-where">
        <p id="deck-where" className="text-sm font-bold text-gold">
          <span className="sr-only">{positionLabel(index, count)}：</span>
          {item.kind === "initiative" ? "取組例" : "行動"} {item.code}（{whereLabel(item)}）
        </p>
        <p className="text-sm">
          {item.section.label} <RubyText text={item.section.title} />
        </p>
        <p className="text-sm">
          具体目標{item.goal.number}. <RubyText text={item.goal.title} />
        </p>
        <h2 id="deck-title" className="mt-2 mb-3 text-[1.35rem] font-bold leading-snug">
          <span aria-hidden="true">{numberToCircled(action.number)}</span>
          <span className="sr-only">行動{action.number}：</span>
          <RubyText text={action.title} />
        </h2>
        <ul className="space-y-2" data-initiatives aria-label={`行動 ${action.code} の取組例`}>
          {action.initiatives.map((it) => {
            const picked = initiative?.position === it.position;
            return (
              <li
                key={it.position}
                data-deck-pick={picked ? "" : undefined}
                className={`flex gap-2 rounded ${picked ? "bg-accent-soft outline outline-4 outline-accent font-bold" : initiative ? "text-muted" : ""}`}
              >
                <span aria-hidden="true" className={`shrink-0 w-5 text-center ${it.featured ? "text-gold font-bold" : ""}`}>
                  {it.featured ? "●" : "・"}
                </span>
                <span className="min-w-0 flex-1">
                  {picked && <span className="sr-only">選んだ取組例：</span>}
                  {it.featured && <span className="sr-only">主な取組例：</span>}
                  <RubyText text={it.text} />
                  {it.repeat && "（再掲）"}
                </span>
              </li>
            );
          })}
        </ul>
      </article>
    </div>
  );
}
