import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createReader, hasKanji, splitOkurigana, type Reader } from "@/lib/readings";
import { READING_OVERRIDES } from "@/lib/readings/overrides";

const SOURCE = readFileSync(new URL("../../content/source/kanazawa-sdgs-action-plan.txt", import.meta.url), "utf8");
const LINES = SOURCE.split("\n");

let reader: Reader;

beforeAll(async () => {
  const started = performance.now();
  reader = await createReader();
  const loaded = performance.now();
  reader.segments(SOURCE);
  const firstPass = performance.now();
  for (const line of LINES) reader.segments(line);
  const linePass = performance.now();
  // Informational, not asserted: timings vary by machine.
  console.info(
    `kuromoji: dictionary ${(loaded - started).toFixed(0)} ms; whole plan ${(firstPass - loaded).toFixed(0)} ms` +
      ` (first, cold); again line by line ${(linePass - firstPass).toFixed(0)} ms`,
  );
}, 30_000);

/**
 * The reading of the first occurrence of `word` in `sentence`, as the ruby
 * shows it: ruby runs must lie wholly inside the word (an override must decide
 * the segmentation), plain runs may run on past it.
 */
function readingAt(sentence: string, word: string): string {
  const start = sentence.indexOf(word);
  const end = start + word.length;
  expect(start, `${word} in ${sentence}`).toBeGreaterThanOrEqual(0);
  let result = "";
  let at = 0;
  for (const segment of reader.segments(sentence)) {
    const segmentEnd = at + segment.text.length;
    if (segmentEnd > start && at < end) {
      if (segment.reading === undefined) {
        result += segment.text.slice(Math.max(start - at, 0), end - at);
      } else {
        expect([at, segmentEnd], `ruby ${segment.text} crosses the edge of ${word}`).toEqual([
          Math.max(at, start),
          Math.min(segmentEnd, end),
        ]);
        result += segment.reading;
      }
    }
    at = segmentEnd;
  }
  return result;
}

describe("required readings, alone and inside a sentence of the plan", () => {
  it.each([
    ["細街路", "さいがいろ", "●細街路を安心して歩けるよう"],
    ["地野菜", "じやさい", "●地野菜や規格外農水産物を利用したり買ったりできる場を増やす"],
    ["雨庭", "あめにわ", "（植樹、雨庭、自然素材をつかう）"],
    ["百万石", "ひゃくまんごく", "市民文化講座「百万石大学（仮称）」を開講する"],
    ["生業", "なりわい", "金沢独自の生活、生業、界隈性を再認識して継承する"],
    ["金沢", "かなざわ", "●金沢の生活、生業、界隈性の価値を再認識する学びの機会をつくる"],
    ["界隈", "かいわい", "●金沢の生活、生業、界隈性の価値を再認識する学びの機会をつくる"],
    ["町家", "まちや", "・町家を保全活用して継承する"],
    ["鈴木大拙", "すずきだいせつ", "・鈴木大拙、西田幾多郎など哲学を学ぶ機会を増やす"],
    ["西田幾多郎", "にしだきたろう", "・鈴木大拙、西田幾多郎など哲学を学ぶ機会を増やす"],
  ])("%s → %s", (word, reading, sentence) => {
    expect(SOURCE).toContain(sentence);
    expect(reader.reading(word)).toBe(reading);
    expect(reader.segments(word)).toEqual([{ text: word, reading }]);
    expect(reader.segments(sentence)).toContainEqual({ text: word, reading });
    expect(readingAt(sentence, word)).toBe(reading);
  });

  it("reads a whole sentence word by word", () => {
    const ruby = reader.segments("金沢の生活、生業、界隈性の価値を再認識する").filter((s) => s.reading);
    expect(ruby).toEqual(
      expect.arrayContaining([
        { text: "金沢", reading: "かなざわ" },
        { text: "生業", reading: "なりわい" },
        { text: "界隈", reading: "かいわい" },
      ]),
    );
  });
});

describe("overrides found by reviewing kuromoji over the plan", () => {
  it("every override key occurs in the source, so none is a typo or stale", () => {
    const missing = Object.keys(READING_OVERRIDES).filter((key) => !SOURCE.includes(key));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(READING_OVERRIDES))("%s → %s wherever it occurs", (key, reading) => {
    expect(reader.reading(key)).toBe(reading);
    const lines = LINES.filter((line) => line.includes(key));
    for (const line of lines) expect(readingAt(line, key)).toBe(reading);
  });

  it.each([
    ["界限", "かいわい", "③界限（エリア）のカラーを打ち出す"],
    ["協働", "きょうどう", "連携による協働で目標を達成する"],
    ["就園", "しゅうえん", "就学支援、就園奨励制度を充実する"],
    ["利活用", "りかつよう", "林地残材の運搬・利活用の補助を行う"],
    ["土作り", "つちづくり", "（土作り、施肥、農薬管理"],
    ["廃食油", "はいしょくゆ", "・廃食油を回収する仕組みを構築し"],
    ["裸地", "らち", "土砂災害を防止する裸地・斜面の緑化を進める"],
    ["横串", "よこぐし", "③横串を刺すパートナーシップをすすめ"],
    ["そこら中", "そこらじゅう", "誰もが学びたい時に学べる場がそこら中にある"],
    ["大らか", "おおらか", "子供の可能性を大らかに認め"],
    ["学びあえる", "まなびあえる", "市民が相互に学びあえるしくみをつくる"],
    ["人と環境", "ひととかんきょう", "③人と環境にやさしい交通手段を整備する"],
    ["欲しい方", "ほしいかた", "自分の時間が欲しい方はサポートを得られる"],
    ["行ってみる", "いってみる", "普段行かないものにも行ってみる"],
    ["2日", "ふつか", "週休2日を徹底する"],
    ["避難所", "ひなんじょ", "避難のしかたや避難所を知っている"],
    ["相談所", "そうだんじょ", "・児童相談所の人的配置等を拡充し"],
  ])("%s → %s in the plan's sentence", (word, reading, sentence) => {
    expect(SOURCE).toContain(sentence);
    expect(readingAt(sentence, word)).toBe(reading);
  });

  it("keeps the context kuromoji needs around an override (時 after 学びたい stays とき)", () => {
    expect(reader.reading("誰もが学びたい時に学べる場がそこら中にある")).toBe(
      "だれもがまなびたいときにまなべるばがそこらじゅうにある",
    );
  });

  it("reads a lone 等 as とう (etc.), without breaking 平等 apart", () => {
    expect(reader.reading("林地残材の運搬・利活用の補助を行う等）")).toBe("りんちざんざいのうんぱん・りかつようのほじょをおこなうとう）");
    expect(reader.reading("ジェンダー平等を徹底する")).toBe("ジェンダーびょうどうをてっていする");
  });
});

describe("words kuromoji already reads right (checked, kept as a guard)", () => {
  it.each([
    ["町会", "ちょうかい", "●季節の和菓子や町会での祭礼などを受け継ぐ"],
    ["里山", "さとやま", "・まちなかと里山の小学生が交流する"],
    ["学都", "がくと", "●学都である金沢の強みを生かして"],
    ["金沢方式", "かなざわほうしき", "・金沢方式の公民館の自主性を高め"],
    ["出前講座", "でまえこうざ", "SDGs勉強会や出前講座、イベント等を開催する"],
    ["公民館", "こうみんかん", "・金沢方式の公民館の自主性を高め"],
    ["給水", "きゅうすい", "●給水スポットを増やし"],
    ["省エネ", "しょうエネ", "①みんなが参加しやすい省エネを進める"], // katakana stays as written
    ["行楽", "こうらく", "・ 行楽ごみを持ち帰る"],
    ["鎮守", "ちんじゅ", "貴重な鎮守の森や斜面緑地など"],
    ["朝市", "あさいち", "（まちなかでの朝市、里山へでかける交流"],
    ["見本市", "みほんいち", "●世界規模の工芸見本市を開催する"],
    ["小路", "こうじ", "・魅力的な小路をつなぐ"],
    ["月極", "つきぎめ", "●月極パーキングやコインパーキングを緑化する"],
    ["人々", "ひとびと", "学校に関わる全ての人々が幸せになる"],
  ])("%s → %s", (word, reading, sentence) => {
    expect(SOURCE).toContain(sentence);
    expect(readingAt(sentence, word)).toBe(reading);
  });
});

describe("reading(): text for the search index", () => {
  it.each([
    ["金沢", "かなざわ"],
    ["子育て", "こそだて"],
    ["防災", "ぼうさい"],
  ])("every line with %s has %s in its reading", (word, reading) => {
    const lines = LINES.filter((line) => line.includes(word));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(reader.reading(line)).toContain(reading);
  });

  it("passes kana, Latin letters, digits and symbols through unchanged", () => {
    expect(reader.reading("②LGBTフレンドリーなまちにする")).toBe("②LGBTフレンドリーなまちにする");
    expect(reader.reading("● 3010運動を推進する")).toBe("● 3010うんどうをすいしんする");
    expect(reader.reading("フードシェアリングアプリT A B E T Eを普及する")).toBe(
      "フードシェアリングアプリT A B E T Eをふきゅうする",
    );
  });

  it("leaves no kanji in the reading of any line", () => {
    const left = LINES.filter((line) => hasKanji(reader.reading(line)));
    expect(left).toEqual([]);
  });
});

describe("segments(): runs for <ruby>", () => {
  it("gives back every line of the source verbatim", () => {
    for (const line of LINES) {
      expect(
        reader
          .segments(line)
          .map((s) => s.text)
          .join(""),
      ).toBe(line);
    }
  });

  it("gives back the whole source verbatim, newlines included", () => {
    expect(
      reader
        .segments(SOURCE)
        .map((s) => s.text)
        .join(""),
    ).toBe(SOURCE);
  });

  it("gives a reading to every run with kanji, and only to those", () => {
    const runs = LINES.flatMap((line) => reader.segments(line));
    expect(runs.filter((s) => hasKanji(s.text) && !s.reading).map((s) => s.text)).toEqual([]);
    expect(runs.filter((s) => !hasKanji(s.text) && s.reading !== undefined).map((s) => s.text)).toEqual([]);
  });

  it("keeps okurigana and other kana out of the ruby", () => {
    expect(reader.segments("歩いて")).toEqual([{ text: "歩", reading: "ある" }, { text: "いて" }]);
    expect(reader.segments("取り入れる")).toEqual([
      { text: "取", reading: "と" },
      { text: "り" },
      { text: "入", reading: "い" },
      { text: "れる" },
    ]);
    expect(reader.segments("お出かけ")).toEqual([{ text: "お" }, { text: "出", reading: "で" }, { text: "かけ" }]);
    expect(reader.segments("省エネ")).toEqual([{ text: "省", reading: "しょう" }, { text: "エネ" }]);
    expect(reader.segments("そこら中")).toEqual([{ text: "そこら" }, { text: "中", reading: "じゅう" }]);
  });

  it("joins neighbouring runs without kanji into one", () => {
    expect(reader.segments("フードシェアリングアプリT A B E T Eを")).toEqual([
      { text: "フードシェアリングアプリT A B E T Eを" },
    ]);
  });

  it("returns nothing for empty text", () => {
    expect(reader.segments("")).toEqual([]);
    expect(reader.reading("")).toBe("");
  });
});

describe("splitOkurigana", () => {
  it("leaves a word of kanji only whole", () => {
    expect(splitOkurigana("細街路", "さいがいろ")).toEqual([{ text: "細街路", reading: "さいがいろ" }]);
  });

  it("matches katakana in the word against the hiragana reading", () => {
    expect(splitOkurigana("バス停", "ばすてい")).toEqual([{ text: "バス" }, { text: "停", reading: "てい" }]);
  });

  it("picks the split with the most even reading per kanji when the kana repeat", () => {
    // と also starts とかんきょう; 人(ひ) 環境(とかんきょう) is the other, wrong, split.
    expect(splitOkurigana("人と環境", "ひととかんきょう")).toEqual([
      { text: "人", reading: "ひと" },
      { text: "と" },
      { text: "環境", reading: "かんきょう" },
    ]);
  });

  it("puts the whole reading over the whole word when the kana do not fit", () => {
    expect(splitOkurigana("2日", "ふつか")).toEqual([{ text: "2日", reading: "ふつか" }]);
    expect(splitOkurigana("歩いて", "あるく")).toEqual([{ text: "歩いて", reading: "あるく" }]);
  });
});

describe("createReader", () => {
  it("shares one tokenizer: a second reader is ready at once and reads the same", async () => {
    const again = await createReader();
    expect(again.reading("金沢の子育て")).toBe(reader.reading("金沢の子育て"));
  });
});
