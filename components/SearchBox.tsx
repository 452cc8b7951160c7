"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { SearchResponse } from "@/lib/search/engine";
import { searchPath } from "@/lib/urls";
import { SearchHit } from "./SearchHit";

const DROPDOWN_LIMIT = 8;

type State = { query: string; response: SearchResponse | null; error: boolean };

/**
 * The header search box. Server-rendered as a plain GET form to /search/;
 * with JavaScript it shows results as you type. `/` and Ctrl/⌘+K focus it,
 * ↓/↑ move through the results, Enter opens, Esc clears.
 */
export function SearchBox() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [state, setState] = useState<State>({ query: "", response: null, error: false });
  const [open, setOpen] = useState(false);

  const run = useCallback(async (query: string) => {
    if (query.trim() === "") {
      setState({ query, response: null, error: false });
      return;
    }
    try {
      const { searchFor } = await import("@/lib/search/client");
      const response = await searchFor(query);
      // Only the latest keystroke's answer is shown.
      if (inputRef.current?.value !== query) return;
      setState({ query, response, error: false });
    } catch {
      setState({ query, response: null, error: true });
    }
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if ((event.key === "k" && (event.ctrlKey || event.metaKey)) || (event.key === "/" && !typing)) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const links = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a") ?? []);

  const onInputKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        setOpen(true);
        first.focus();
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (event.currentTarget.value) {
        event.currentTarget.value = "";
        setState({ query: "", response: null, error: false });
      } else {
        setOpen(false);
      }
    } else if (event.key === "Enter" && state.response?.jump && state.query === event.currentTarget.value) {
      event.preventDefault();
      window.location.assign(state.response.jump.url);
    }
  };

  const onListKey = (event: React.KeyboardEvent<HTMLElement>) => {
    const all = links();
    const at = all.findIndex((a) => a === document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      inputRef.current?.focus();
    }
  };

  const { query, response, error } = state;
  const shown = response?.results.slice(0, DROPDOWN_LIMIT) ?? [];
  const hasQuery = query.trim() !== "";
  const status = !hasQuery
    ? ""
    : error
      ? "検索データを読み込めませんでした。"
      : response?.jump
        ? `行動コード ${query} の行動があります。Enterで移動します。`
        : response
          ? response.results.length === 0
            ? "一致する項目はありません。"
            : `${response.results.length}件見つかりました。`
          : "";

  return (
    <div
      className="relative flex-1 min-w-0"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <form role="search" action={searchPath()} method="get" className="flex gap-2" aria-label="サイト内検索">
        <label htmlFor={`${id}-q`} className="sr-only">
          計画の中を検索
        </label>
        <input
          ref={inputRef}
          id={`${id}-q`}
          name="q"
          type="search"
          data-site-search
          placeholder="例：バス、子育て、1-2-3"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          // Only while the list exists: a reference to a missing id is invalid ARIA.
          aria-controls={open && hasQuery ? `${id}-results` : undefined}
          onFocus={() => {
            setOpen(true);
            void import("@/lib/search/client").then((m) => m.loadSearch()).catch(() => undefined);
          }}
          onInput={(event) => {
            setOpen(true);
            void run(event.currentTarget.value);
          }}
          onKeyDown={onInputKey}
          className="flex-1 min-w-0 rounded border border-line bg-bg px-3 py-2 text-base text-fg placeholder:text-muted"
        />
        <button type="submit" className="rounded bg-accent text-accent-fg px-4 py-2 font-bold">
          検索
        </button>
      </form>
      <p id={`${id}-hint`} className="sr-only">
        入力すると候補が表示されます。下矢印キーで候補に移動、Escで消去します。
      </p>
      <p role="status" className="sr-only">
        {open ? status : ""}
      </p>
      {open && hasQuery && (
        <div
          id={`${id}-results`}
          className="absolute left-0 right-0 top-full z-40 mt-1 max-h-[70vh] overflow-auto rounded-lg border border-line bg-bg shadow-lg"
          onKeyDown={onListKey}
        >
          {response?.jump ? (
            <ol ref={listRef} className="p-1">
              <li>
                <a href={response.jump.url} className="block rounded px-3 py-2 no-underline hover:bg-surface focus:bg-accent-soft">
                  <span className="block text-xs text-muted">行動コード {query} へ移動</span>
                  <span className="block text-fg">{response.jump.doc.w}：{response.jump.doc.t}</span>
                </a>
              </li>
            </ol>
          ) : (
            <>
              <p className="px-3 pt-2 text-xs text-muted" aria-hidden="true">
                {status}
              </p>
              {shown.length > 0 && (
                <ol ref={listRef} className="p-1" aria-label="検索候補">
                  {shown.map((result) => (
                    <li key={result.doc.u}>
                      <SearchHit
                        result={result}
                        className="rounded px-3 py-2 hover:bg-surface focus:bg-accent-soft"
                        textClassName="text-sm leading-snug"
                      />
                    </li>
                  ))}
                </ol>
              )}
              <p className="border-t border-line px-3 py-2 text-sm">
                <a href={searchPath(query)}>
                  {response && response.results.length > DROPDOWN_LIMIT
                    ? `すべての結果（${response.results.length}件）を見る`
                    : "検索結果のページを開く"}
                </a>
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
