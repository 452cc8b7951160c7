import { numberToCircled } from "@/lib/source/cells";
import { whereLabel, type ListItem } from "@/lib/mylist/resolve";
import { RubyText } from "./RubyText";
import { QrFigure } from "./ShareQr";

const PROMPTS = ["わたしにできること", "いつ・どこで・だれと"] as const;

/** Ruled space to write in by hand: lines that print (borders, not backgrounds, which browsers skip). */
function Lines({ count }: { count: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="h-[8mm] border-b border-black" />
      ))}
    </div>
  );
}

/**
 * The list as an A4 worksheet (ワークシート): printed from /my/, never shown on screen. Name and date to fill
 * in, the list's QR code, and under each item its code and lined space for 「わたしにできること」 and
 * 「いつ・どこで・だれと」. Furigana print when the reader has them on, like every page.
 */
export function MyListWorksheet({ items, qr }: { items: ListItem[]; qr: string | null | "too-long" }) {
  return (
    <section className="hidden print:block text-black" aria-labelledby="worksheet-title" data-worksheet>
      <header className="flex gap-[6mm] items-start border-b border-black pb-[3mm] mb-[4mm]">
        <div className="flex-1">
          <p className="text-[9pt]">金沢SDGs行動計画（IMAGINE KANAZAWA 2030）</p>
          <h2 id="worksheet-title" className="text-[16pt] font-bold leading-tight">
            SDGsワークシート
          </h2>
          <p className="text-[9pt]">えらんだ取組例・行動（{items.length}件）を読んで、自分にできることを書きましょう。</p>
          <div className="mt-[4mm] flex gap-[6mm]">
            <p className="flex-1 flex items-end gap-[2mm]" data-worksheet-field>
              名前<span className="flex-1 h-[8mm] border-b border-black" />
            </p>
            <p className="w-[55mm] flex items-end gap-[2mm]" data-worksheet-field>
              日付<span className="flex-1 h-[8mm] border-b border-black" />
            </p>
          </div>
        </div>
        <figure className="w-[30mm] shrink-0 text-center text-[7pt] leading-tight">
          <QrFigure svg={qr} label="このリストのリンクのQRコード" />
          <figcaption>このリストを開く</figcaption>
        </figure>
      </header>
      <ol className="space-y-[5mm]">
        {items.map((item) => (
          <li key={item.code} data-worksheet-item>
            <p className="text-[9pt]">
              {item.kind === "initiative" ? "取組例" : "行動"} {item.code}（{whereLabel(item)}）
            </p>
            {item.initiative ? (
              <p className="flex gap-[2mm] font-bold">
                <span aria-hidden="true">{item.initiative.featured ? "●" : "・"}</span>
                <span>
                  {item.initiative.featured && <span className="sr-only">主な取組例：</span>}
                  <RubyText text={item.initiative.text} />
                  {item.initiative.repeat && "（再掲）"}
                </span>
              </p>
            ) : (
              <p className="font-bold">
                {numberToCircled(item.action.number)} <RubyText text={item.action.title} />
              </p>
            )}
            {PROMPTS.map((prompt) => (
              <div key={prompt} className="mt-[1mm]">
                <p className="text-[9pt]">{prompt}</p>
                <Lines count={2} />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
