"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadSearch, searchFor, type SearchResponse } from "@/lib/search/client";
import { PARTIAL_LABEL, SUGGESTIONS } from "@/lib/search/labels";
import { searchPath } from "@/lib/urls";
import { codeOfPath } from "@/lib/mylist/codec";
import { MyListToggle } from "./MyListToggle";
import { SearchHit } from "./SearchHit";
import { useSavedList } from "./useMyList";

type State = { query: string; response: SearchResponse | null; error: boolean };

const queryFromUrl = () => new URLSearchParams(window.location.search).get("q") ?? "";

/** A section of the plan, to browse when a search finds nothing. */
export type BrowseLink = { label: string; url: string };

/**
 * The /search/ page: reads ?q= (so a search can be shared and the back button
 * restores it), keeps the URL in step as the query changes, and lists every
 * result, best first, as links to the canonical page of what matched. It is
 * never a dead end: partial matches are shown and marked, a code the plan lacks
 * says what it has there, and when nothing matches it offers the plan's closest
 * words (「もしかして」) and the sections to browse.
 */
export function SearchResults({ sections }: { sections: BrowseLink[] }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ query: "", response: null, error: false });
  const saved = useSavedList();

  const run = useCallback(async (query: string, { jump }: { jump: boolean }) => {
    if (query.trim() === "") {
      setState({ query, response: null, error: false });
      return;
    }
    try {
      const response = await searchFor(query);
      if (jump && response.jump) {
        window.location.replace(response.jump.url);
        return;
      }
      setState((current) => (current.query === query ? { query, response, error: false } : current));
    } catch {
      setState((current) => (current.query === query ? { query, response: null, error: true } : current));
    }
  }, []);

  useEffect(() => {
    const fromUrl = () => {
      const query = queryFromUrl();
      if (inputRef.current) inputRef.current.value = query;
      setState({ query, response: null, error: false });
      void run(query, { jump: true });
    };
    fromUrl();
    // Without a query too: whoever opens this page is about to search, and the page has preloaded
    // the index (app/search/page.tsx). A failure here is retried by the first search.
    loadSearch().catch(() => undefined);
    window.addEventListener("popstate", fromUrl);
    return () => window.removeEventListener("popstate", fromUrl);
  }, [run]);

  const onInput = (query: string) => {
    // replaceState, not pushState: each keystroke is not a page to go back to.
    window.history.replaceState(null, "", query ? searchPath(query) : searchPath());
    setState({ query, response: null, error: false });
    void run(query, { jump: false });
  };

  const { query, response, error } = state;
  const results = response?.results ?? [];
  const exactCount = results.filter((r) => r.tier > 1).length;
  const hasQuery = query.trim() !== "";
  // The words searched for, when they are not simply the query's own (町家を残したい → 町家、残したい).
  const searched = response && response.terms.join(" ") !== query.trim().split(/\s+/u).join(" ") ? response.terms : [];

  return (
    // Room for the results that arrive after the page loads, so the footer does not jump (layout shift).
    <div className="min-h-[75vh]">
      <form action={searchPath()} method="get" role="search" aria-label="検索ページ" onSubmit={(e) => {
        e.preventDefault();
        void run(inputRef.current?.value ?? "", { jump: true });
      }}>
        <label htmlFor="search-page-q" className="block font-bold mb-1">
          キーワード・行動コード
        </label>
        <div className="flex gap-2">
          <input
            ref={inputRef}
            id="search-page-q"
            name="q"
            type="search"
            defaultValue=""
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="search-page-hint"
            onInput={(e) => onInput(e.currentTarget.value)}
            className="flex-1 min-w-0 rounded border border-line bg-bg px-3 py-3 text-lg text-fg"
          />
          <button type="submit" className="rounded bg-accent text-accent-fg px-5 font-bold">
            検索
          </button>
        </div>
        <p id="search-page-hint" className="mt-1 text-sm text-muted">
          言葉や文（例：町家を残したい）で探せます。ひらがな・カタカナ・漢字の読み、言い換え（例：在宅勤務→テレワーク）にも対応します。コード（例：1-2-3、1-2-3-4）でその項目へ移動します。
        </p>
      </form>

      <div className="mt-6" aria-live="polite" aria-atomic="false">
        {hasQuery && error && <p role="alert">検索データを読み込めませんでした。ページを再読み込みしてください。</p>}
        {hasQuery && response && !response.code && (
          <p className="font-bold" data-result-count={results.length}>
            「{query}」の検索結果：{results.length}件
            {results.length > exactCount && exactCount > 0 && (
              <span className="font-normal text-sm text-muted">（うち{results.length - exactCount}件は似た表記）</span>
            )}
          </p>
        )}
        {searched.length > 0 && results.length > 0 && (
          <p className="mt-1 text-sm text-muted" data-searched-terms>
            検索した言葉：{searched.join("、")}
          </p>
        )}
        {response?.partial && (
          <p className="mt-2 rounded bg-surface p-3 text-sm" data-partial>
            すべての言葉を含む項目はありませんでした。{PARTIAL_LABEL}する項目を、一致する言葉の多い順に表示しています。
          </p>
        )}
      </div>

      {hasQuery && response?.code && (
        <div className="mt-4 rounded-lg bg-surface p-4" data-code-answer>
          <p className="font-bold">{response.code.message}</p>
          <ul className="mt-2 list-disc pl-6">
            {response.code.links.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {response && results.length === 0 && !response.code && hasQuery && (
        <div className="mt-4 rounded-lg bg-surface p-4">
          <p>「{query}」に一致する項目は見つかりませんでした。</p>
          {response.suggestions.length > 0 && (
            <p className="mt-3" data-did-you-mean>
              もしかして：
              {response.suggestions.map((word, i) => (
                <span key={word}>
                  {i > 0 && "、"}
                  <a href={searchPath(word)}>{word}</a>
                </span>
              ))}
            </p>
          )}
          <ul className="mt-2 list-disc pl-6 text-sm">
            <li>言葉を短くするか、別の言い方で試してください（例：「リサイクル」→「資源」）。</li>
            <li>ひらがなで入力すると、漢字の読みでも探します。</li>
          </ul>
          <p className="mt-3 text-sm">よく探されている言葉：</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {SUGGESTIONS.map((word) => (
              <li key={word}>
                <a href={searchPath(word)} className="inline-block rounded-full border border-line bg-bg px-3 py-1 no-underline">
                  {word}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">方向性から探す：</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {sections.map((section) => (
              <li key={section.url}>
                <a href={section.url}>{section.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {results.length > 0 && (
        <ol id="search-results" className="mt-4 space-y-3">
          {results.map((result) => {
            // Actions and initiatives can go into マイリスト; directions and goals cannot.
            const code = result.doc.k === "action" || result.doc.k === "initiative" ? codeOfPath(result.doc.u) : null;
            return (
              <li key={result.doc.u} data-tier={result.tier} data-partial={result.missing.length > 0 ? "" : undefined} className="flex items-start gap-1">
                <SearchHit result={result} className="min-w-0 flex-1 rounded-lg border border-line p-3 hover:bg-surface" textClassName="" />
                {code && <MyListToggle code={code} kind={result.doc.k === "action" ? "行動" : "取組例"} pressed={saved.includes(code)} className="mt-2 text-lg" />}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
