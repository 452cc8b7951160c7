"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { announce } from "@/lib/client/announce";
import { decodeList, type Decoded } from "@/lib/mylist/codec";
import { SKIP_REASONS } from "@/lib/mylist/labels";
import { isMyListData } from "@/lib/mylist/guard";
import { mergeCodes, moveCode, removeCode, sameList } from "@/lib/mylist/list";
import { catalogueOf, itemsOf, whereLabel, type Catalogue, type ListItem } from "@/lib/mylist/resolve";
import { saveList } from "@/lib/mylist/store";
import { numberToCircled } from "@/lib/source/cells";
import { homePath, myListDataPath, myListPath, searchPath } from "@/lib/urls";
import { MyListDeck } from "./MyListDeck";
import { MyListWorksheet } from "./MyListWorksheet";
import { RubyText } from "./RubyText";
import { QrFigure, useQrSvg } from "./ShareQr";
import { useSavedList } from "./useMyList";

type Loaded = { state: "loading" } | { state: "error" } | { state: "ready"; catalogue: Catalogue };

/** What the address asked for: a shared list (?items=…) and whether to open straight into the deck. */
type Request = { items: string | null; present: boolean };

const button = "rounded border border-line bg-bg px-3 py-1.5 text-sm hover:bg-surface";
const primary = "rounded bg-accent px-3 py-1.5 text-sm font-bold text-accent-fg";

const kindWord = (item: ListItem) => (item.kind === "initiative" ? "取組例" : "行動");

/**
 * /my/: the reader's list (or a shared one, from the link), with everything to do with it: reorder,
 * remove, clear, share by link and QR code, print as a worksheet and present as a lesson deck.
 * Renders nothing useful without JavaScript; the page around it says so.
 */
export function MyListApp() {
  const saved = useSavedList();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [request, setRequest] = useState<Request | null>(null);
  const [deck, setDeck] = useState(false);
  const [origin, setOrigin] = useState("");
  const confirmRef = useRef<HTMLDialogElement>(null);
  const [confirm, setConfirm] = useState<{ message: string; action: string; run: () => void } | null>(null);
  const presentRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setRequest({ items: params.get("items"), present: params.get("present") === "1" });
    setOrigin(window.location.origin);
    fetch(myListDataPath())
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((data: unknown) => setLoaded(isMyListData(data) ? { state: "ready", catalogue: catalogueOf(data) } : { state: "error" }))
      .catch(() => setLoaded({ state: "error" }));
  }, []);

  const catalogue = loaded.state === "ready" ? loaded.catalogue : null;
  const shared: Decoded | null = useMemo(
    () => (catalogue && request?.items != null ? decodeList(request.items, (code) => catalogue.has(code)) : null),
    [catalogue, request],
  );
  // Codes saved on this device that the plan no longer has (a later edition) are set aside, not shown.
  const own = useMemo(() => (catalogue ? decodeList(saved.join(","), (code) => catalogue.has(code)) : null), [catalogue, saved]);
  const codes = shared ? shared.codes : (own?.codes ?? []);
  const items = useMemo(() => (catalogue ? itemsOf(catalogue, codes) : []), [catalogue, codes]);
  const sharePath = myListPath(codes);
  const shareUrl = origin && codes.length > 0 ? `${origin}${sharePath}` : null;
  const qr = useQrSvg(shareUrl);

  // ?present=1 opens straight into the deck, once the items are known.
  useEffect(() => {
    if (request?.present && catalogue && items.length > 0) {
      setDeck(true);
      setRequest((r) => (r ? { ...r, present: false } : r));
    }
  }, [request, catalogue, items.length]);

  const leaveDeck = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    setDeck(false);
    window.setTimeout(() => presentRef.current?.focus(), 0);
  }, []);

  useEffect(() => {
    if (confirm) confirmRef.current?.showModal();
  }, [confirm]);

  /** Back to the reader's own list: the address loses the shared codes. */
  const leaveShared = (message: string) => {
    window.history.replaceState(null, "", myListPath());
    setRequest({ items: null, present: false });
    announce(message);
  };

  // Not shown without JavaScript (the page says what it needs instead); the worksheet below must not be
  // .js-only, which print hides.
  if (loaded.state === "loading" || !request) return <p className="js-only" aria-busy="true">読み込んでいます…</p>;
  if (loaded.state === "error") return <p role="alert">リストの表示に必要なデータを読み込めませんでした。ページを再読み込みしてください。</p>;
  if (deck && items.length > 0) return <MyListDeck items={items} onLeave={leaveDeck} />;

  const keep = () => {
    if (!shared) return;
    const replace = () => {
      saveList(shared.codes);
      leaveShared(`共有されたリストをマイリストにしました（${shared.codes.length}件）`);
    };
    if (saved.length === 0 || sameList(saved, shared.codes)) replace();
    else
      setConfirm({
        message: `いまのマイリスト（${saved.length}件）を、共有されたリスト（${shared.codes.length}件）に置き換えますか？いまのリストは元に戻せません。`,
        action: "置き換える",
        run: replace,
      });
  };
  const merge = () => {
    if (!shared) return;
    const merged = mergeCodes(saved, shared.codes);
    saveList(merged);
    leaveShared(`マイリストに${merged.length - saved.length}件を加えました（${merged.length}件）`);
  };
  const clear = () =>
    setConfirm({
      message: `マイリストの${saved.length}件をすべて消しますか？元に戻せません。`,
      action: "すべて消す",
      run: () => {
        saveList([]);
        announce("マイリストを空にしました");
        window.setTimeout(() => document.getElementById("list-title")?.focus(), 0);
      },
    });

  const move = (item: ListItem, delta: number, which: "up" | "down") => {
    const next = moveCode(saved, item.code, delta);
    if (sameList(next, saved)) return;
    saveList(next);
    announce(`${kindWord(item)} ${item.code} を${next.indexOf(item.code) + 1}番目に移しました`);
    // The button keeps focus on its item in the new place (React keeps the keyed element).
    window.setTimeout(() => document.querySelector<HTMLElement>(`[data-item="${item.code}"] [data-move="${which}"]`)?.focus(), 0);
  };
  const remove = (item: ListItem, index: number) => {
    const next = removeCode(saved, item.code);
    saveList(next);
    announce(`${kindWord(item)} ${item.code} をマイリストから外しました（残り${next.length}件）`);
    const neighbour = items[index + 1] ?? items[index - 1];
    window.setTimeout(
      () => (neighbour ? document.querySelector<HTMLElement>(`[data-item="${neighbour.code}"] [data-remove]`) : document.getElementById("list-title"))?.focus(),
      0,
    );
  };

  return (
    <>
      <div className="no-print">
        {shared && (
          <section aria-labelledby="shared-title" className="mb-8 rounded-lg bg-accent-soft p-4" data-shared>
            <h2 id="shared-title" className="text-xl font-bold">
              共有されたリスト（{shared.codes.length}件）
            </h2>
            <p className="mt-1">リンクで受け取ったリストを表示しています。この端末にはまだ保存されていません。</p>
            {shared.skipped.length > 0 && (
              <div className="mt-3 rounded border border-line bg-bg p-3" data-skipped>
                <p className="font-bold">読み込めなかったコード（{shared.skipped.length}件）はとばしました：</p>
                <ul className="mt-1 list-disc pl-6 text-sm">
                  {shared.skipped.map((skip, i) => (
                    <li key={i}>
                      「{skip.code.slice(0, 30)}」：{SKIP_REASONS[skip.reason]}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {shared.codes.length > 0 && (
              <>
                <p className="mt-3 text-sm">
                  {saved.length > 0 ? `この端末のマイリストには${saved.length}件あります。` : "この端末のマイリストは空です。"}
                </p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <button type="button" className={primary} onClick={keep} data-keep>
                    このリストを自分のマイリストにする
                  </button>
                  {saved.length > 0 && (
                    <button type="button" className={button} onClick={merge} data-merge>
                      いまのマイリストに加える
                    </button>
                  )}
                </div>
              </>
            )}
            <p className="mt-3 text-sm">
              <a
                href={myListPath()}
                onClick={(event) => {
                  event.preventDefault();
                  leaveShared("自分のマイリストを表示しています");
                }}
              >
                自分のマイリストを見る
              </a>
            </p>
          </section>
        )}

        <h2 id="list-title" tabIndex={-1} className="text-xl font-bold">
          {shared ? "共有されたリストの項目" : "マイリストの項目"}（{items.length}件）
        </h2>
        {!shared && own && own.skipped.length > 0 && (
          <p className="mt-2 text-sm" data-stale>
            保存されていた{own.skipped.length}件のコード（{own.skipped.map((s) => s.code).join("、")}）は、いまの計画にないため表示していません。
          </p>
        )}
        {items.length === 0 ? (
          <div className="mt-3 rounded-lg bg-surface p-4" data-empty>
            <p>まだ何も入っていません。</p>
            <p className="mt-1 text-sm">
              取組例や行動の横にある <span aria-hidden="true">☆</span>ボタン（マイリストに入れる）を押すと、ここに集まります。
              <a href={homePath()}>方向性から探す</a>か、<a href={searchPath()}>キーワードで検索</a>してください。
            </p>
          </div>
        ) : (
          <ol className="mt-3 space-y-3" aria-labelledby="list-title" data-list>
            {items.map((item, index) => (
              <li key={item.code} data-item={item.code} className="rounded-lg border border-line p-3 sm:p-4">
                <p className="text-xs text-muted">
                  {index + 1}. {kindWord(item)} {item.code}・{whereLabel(item)}
                </p>
                {item.initiative ? (
                  <>
                    <p className="mt-1 flex gap-2">
                      <span aria-hidden="true" className={`shrink-0 w-5 text-center ${item.initiative.featured ? "text-gold font-bold" : "text-muted"}`}>
                        {item.initiative.featured ? "●" : "・"}
                      </span>
                      <a href={item.path} className="min-w-0">
                        {item.initiative.featured && <span className="sr-only">主な取組例：</span>}
                        <RubyText text={item.initiative.text} />
                        {item.initiative.repeat && "（再掲）"}
                      </a>
                    </p>
                    <p className="mt-1 pl-7 text-sm text-muted">
                      行動{numberToCircled(item.action.number)} <RubyText text={item.action.title} />
                    </p>
                  </>
                ) : (
                  <p className="mt-1 font-bold">
                    <a href={item.path}>
                      <span aria-hidden="true">{numberToCircled(item.action.number)}</span>
                      <span className="sr-only">行動{item.action.number}：</span>
                      <RubyText text={item.action.title} />
                    </a>
                    <span className="ml-2 text-sm font-normal text-muted">（取組例 {item.action.initiatives.length}件）</span>
                  </p>
                )}
                {!shared && (
                  <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={`${kindWord(item)} ${item.code} の操作`}>
                    <button type="button" className={`${button} aria-disabled:opacity-50`} data-move="up" aria-disabled={index === 0} onClick={() => move(item, -1, "up")} aria-label={`${kindWord(item)} ${item.code} を上へ移す`}>
                      <span aria-hidden="true">↑ </span>上へ
                    </button>
                    <button type="button" className={`${button} aria-disabled:opacity-50`} data-move="down" aria-disabled={index === items.length - 1} onClick={() => move(item, 1, "down")} aria-label={`${kindWord(item)} ${item.code} を下へ移す`}>
                      <span aria-hidden="true">↓ </span>下へ
                    </button>
                    <button type="button" className={button} data-remove onClick={() => remove(item, index)} aria-label={`${kindWord(item)} ${item.code} を外す`}>
                      外す
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}

        {items.length > 0 && (
          <>
            <section aria-labelledby="use-title" className="mt-8">
              <h2 id="use-title" className="text-xl font-bold">
                使う
              </h2>
              <div className="mt-2 flex flex-wrap gap-2">
                <button ref={presentRef} type="button" className={primary} onClick={() => setDeck(true)} data-present>
                  授業で見せる（1件ずつ大きく表示）
                </button>
                <button type="button" className={button} onClick={() => window.print()} data-print>
                  ワークシートを印刷
                </button>
                <button type="button" data-pref-toggle="furigana" aria-pressed={document.documentElement.hasAttribute("data-furigana")} className={`${button} aria-pressed:bg-accent aria-pressed:text-accent-fg`}>
                  ふりがな
                </button>
              </div>
              <p className="mt-1 text-sm text-muted">ワークシートはA4で印刷されます。ふりがなをオンにすると、ふりがな付きで印刷されます。</p>
            </section>

            <section aria-labelledby="share-title" className="mt-8" data-share>
              <h2 id="share-title" className="text-xl font-bold">
                共有する
              </h2>
              <p className="mt-1 text-sm">
                このリンクを開くと、どの端末でも同じリストが表示されます。リンクに入っているのは項目のコードだけです。
              </p>
              <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
                <div className="min-w-0 flex-1">
                  <label htmlFor="share-url" className="block text-sm font-bold">
                    リストのリンク
                  </label>
                  <input id="share-url" readOnly value={shareUrl ?? ""} onFocus={(e) => e.currentTarget.select()} className="mt-1 w-full rounded border border-line bg-bg px-2 py-1.5 text-sm text-fg" data-share-url />
                  <button type="button" data-copy={sharePath} data-copy-label="マイリスト" className={`${button} mt-2`}>
                    <span data-copy-text>リンクをコピー</span>
                  </button>
                </div>
                <figure className="w-40 shrink-0 text-center">
                  <QrFigure svg={qr} label="このリストのリンクのQRコード" />
                  <figcaption className="mt-1 text-xs text-muted">スマートフォンで読み取ると、このリストが開きます</figcaption>
                </figure>
              </div>
            </section>
          </>
        )}

        {!shared && items.length > 0 && (
          <p className="mt-8">
            <button type="button" className={button} onClick={clear} data-clear>
              マイリストを空にする
            </button>
          </p>
        )}
      </div>

      <MyListWorksheet items={items} qr={qr} />

      {confirm && (
        <dialog
          ref={confirmRef}
          aria-labelledby="confirm-message"
          onClose={() => setConfirm(null)}
          className="m-auto max-w-md rounded-lg border border-line bg-bg p-5 text-fg backdrop:bg-black/50"
          data-confirm
        >
          <p id="confirm-message">{confirm.message}</p>
          <form method="dialog" className="mt-4 flex flex-wrap justify-end gap-2">
            <button value="cancel" className={button} autoFocus>
              やめる
            </button>
            <button value="ok" className={primary} onClick={() => confirm.run()}>
              {confirm.action}
            </button>
          </form>
        </dialog>
      )}
    </>
  );
}
