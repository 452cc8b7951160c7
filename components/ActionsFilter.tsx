"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { foldRow, isFiltered, matchRow, NO_FILTER, parseFilter, textQuery, type FoldedRow, type ListFilter } from "@/lib/overview/filter";
import { actionsPath } from "@/lib/urls";

export type FilterSection = { id: string; label: string; title: string; goals: { number: number; title: string }[] };

type Row = { el: HTMLElement; details: HTMLDetailsElement | null; facts: FoldedRow; openedByFilter: boolean };

/** The server-rendered rows of <ActionsList/>, with what they are matched on. */
function collectRows(): Row[] {
  return [...document.querySelectorAll<HTMLElement>("[data-row]")].map((el) => ({
    el,
    details: el.querySelector("details"),
    openedByFilter: false,
    facts: foldRow({
      section: el.dataset.section ?? "",
      goal: Number(el.dataset.goal),
      action: Number(el.dataset.action),
      featured: Number(el.dataset.featuredCount),
      title: el.querySelector("[data-row-title]")?.textContent ?? "",
      initiatives: [...el.querySelectorAll("[data-row-text]")].map((t) => t.textContent ?? ""),
    }),
  }));
}

/**
 * The filters above the list of all actions. The state is the URL: a change of section,
 * goal or ● pushes a history entry (Back restores the previous filter), typing replaces
 * the entry it started. The rows are the server's; this only hides the ones that do not match.
 */
export function ActionsFilter({ sections, total }: { sections: FilterSection[]; total: number }) {
  const id = useId();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [shown, setShown] = useState(total);
  const rows = useRef<Row[] | null>(null);
  // Whether the current history entry is one that typing started (then typing replaces it).
  const typing = useRef(false);
  const choices = useMemo(() => sections.map((s) => ({ id: s.id, goals: s.goals.map((g) => g.number) })), [sections]);

  useEffect(() => {
    const fromUrl = () => {
      typing.current = false;
      setFilter(parseFilter(window.location.search, choices));
    };
    fromUrl();
    window.addEventListener("popstate", fromUrl);
    return () => window.removeEventListener("popstate", fromUrl);
  }, [choices]);

  useEffect(() => {
    rows.current ??= collectRows();
    const query = textQuery(filter.q);
    let count = 0;
    for (const row of rows.current) {
      const { match, onlyInInitiatives } = matchRow(row.facts, filter, query);
      row.el.hidden = !match;
      if (match) count += 1;
      // Words found only among the initiatives: open the row so the reader sees them; close it again after.
      if (match && onlyInInitiatives && row.details && !row.details.open) {
        row.details.open = true;
        row.openedByFilter = true;
      } else if (!(match && onlyInInitiatives) && row.openedByFilter) {
        if (row.details) row.details.open = false;
        row.openedByFilter = false;
      }
    }
    document.querySelectorAll<HTMLElement>("[data-row-group]").forEach((group) => {
      group.hidden = group.querySelector("[data-row]:not([hidden])") === null;
    });
    setShown(count);
  }, [filter]);

  const change = (next: ListFilter, { typed = false } = {}) => {
    const url = actionsPath(next);
    if (typed && typing.current) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState(window.history.state, "", url);
    typing.current = typed;
    setFilter(next);
  };

  const section = sections.find((s) => s.id === filter.section);
  const field = "rounded border border-line bg-bg px-2 py-1 text-fg";
  return (
    <div className="my-6">
      <form
        role="search"
        aria-label="行動の絞り込み"
        className="js-only rounded-lg bg-surface p-4"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
          <label className="flex flex-col text-sm font-bold">
            方向性
            <select
              className={`${field} font-normal`}
              value={filter.section ?? ""}
              onChange={(event) => change({ ...filter, section: event.currentTarget.value || null, goal: null })}
            >
              <option value="">すべて</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm font-bold">
            具体目標
            <select
              className={`${field} font-normal max-w-[16rem]`}
              value={filter.goal ?? ""}
              disabled={!section}
              aria-describedby={section ? undefined : `${id}-goal-hint`}
              onChange={(event) => change({ ...filter, goal: event.currentTarget.value ? Number(event.currentTarget.value) : null })}
            >
              <option value="">すべて</option>
              {section?.goals.map((g) => (
                <option key={g.number} value={g.number}>
                  {g.number}. {g.title}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm font-bold py-1">
            <input
              type="checkbox"
              className="size-5"
              checked={filter.featured}
              onChange={(event) => change({ ...filter, featured: event.currentTarget.checked })}
            />
            主な取組例（●）がある行動だけ
          </label>
          <label className="flex flex-col text-sm font-bold grow min-w-[12rem]">
            言葉で絞り込む
            <input
              type="search"
              className={`${field} font-normal`}
              value={filter.q}
              placeholder="例：バス、こども、3-1-2"
              enterKeyHint="search"
              autoComplete="off"
              onChange={(event) => change({ ...filter, q: event.currentTarget.value }, { typed: true })}
            />
          </label>
          <button
            type="button"
            className="rounded border border-line bg-bg px-3 py-1 text-sm disabled:text-muted"
            disabled={!isFiltered(filter)}
            onClick={() => change(NO_FILTER)}
          >
            条件をクリア
          </button>
        </div>
        {!section && (
          <p id={`${id}-goal-hint`} className="mt-2 text-sm text-muted">
            具体目標は、方向性を選ぶと選べます。
          </p>
        )}
      </form>
      <p role="status" className="mt-3 font-bold" data-shown={shown}>
        {shown === total ? `全${total}件の行動` : `${total}件のうち${shown}件の行動`}
      </p>
      {shown === 0 && <p className="mt-2">条件に合う行動はありません。条件を変えるか、「条件をクリア」を押してください。</p>}
    </div>
  );
}
