/**
 * The public query set for `npm run bench:search`: queries as citizens and
 * staff type them, each with the actions a reader of the plan expects to see.
 *
 * Every expectation was written by reading content/source/kanazawa-sdgs-action-plan.txt,
 * never from what any engine returns. `why` says where in the plan the answer is.
 * Actions are written as the open data writes codes (`1-2-3`, `P-1-2`). A word in a
 * goal's title makes that goal's actions expected (a result that is a goal page counts
 * as its actions, for every engine: lib/search/bench.ts).
 *
 * Kinds:
 * - exact: a word as the plan writes it;
 * - kana: hiragana or katakana where the plan writes the other;
 * - width: full-width letters and digits, or case;
 * - typo: a long word with one or two characters wrong or missing;
 * - code: an action, initiative or goal code;
 * - reading: the hiragana reading of a kanji word;
 * - context: two words, one in an initiative and one in the action or goal above it;
 * - variant: the same word written another way (表記ゆれ), or mixing kanji and kana;
 * - phrase: a phrase or sentence with particles and an inflected verb;
 * - synonym: another name for a word the plan uses.
 */

export const QUERY_KINDS = ["exact", "kana", "width", "typo", "code", "reading", "context", "variant", "phrase", "synonym"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export type QueryCase = { q: string; kind: QueryKind; expect: string[]; why: string };

export const QUERY_SET: readonly QueryCase[] = [
  // exact
  { q: "バス", kind: "exact", expect: ["1-2-2", "1-2-3", "2-1-3"], why: "バスや電車に乗る日 (1-2-②, again in 2-1-③), バス停 and バスや鉄道 (1-2-③)" },
  { q: "食品ロス", kind: "exact", expect: ["2-2-7"], why: "⑦食品ロスを減らす" },
  { q: "公民館", kind: "exact", expect: ["2-2-6", "3-1-2", "3-2-2", "4-3-1", "4-3-2"], why: "every action with 公民館 in an item" },
  { q: "テレワーク", kind: "exact", expect: ["4-4-2"], why: "テレワークやリモートワークを社会全体で推進する" },
  { q: "防災", kind: "exact", expect: ["1-3-1", "2-1-2"], why: "防災知識・防災活動 (1-3-①), 防災拠点 (2-1-②)" },
  { q: "プラスチック", kind: "exact", expect: ["2-2-5", "2-2-6"], why: "⑤プラスチックを削減する; 包装プラスチック (2-2-⑥)" },
  { q: "フードバンク", kind: "exact", expect: ["2-2-7"], why: "フードバンクの仕組みを構築する" },
  { q: "町家", kind: "exact", expect: ["1-1-4"], why: "町家を保全活用して継承する" },
  { q: "ジェンダー", kind: "exact", expect: ["4-1-1"], why: "ジェンダー平等, ジェンダーバランス" },
  { q: "図書館", kind: "exact", expect: ["3-1-2", "4-3-1"], why: "公共図書館や学校図書館 (3-1-②), 図書館を市民の憩いの場 (4-3-①)" },
  { q: "自転車", kind: "exact", expect: ["1-2-1", "1-2-2", "2-1-3"], why: "自転車が優先の道路, レーン (1-2-①, again in 2-1-③), マイ自転車 (1-2-②)" },
  {
    q: "教育",
    kind: "exact",
    expect: ["1-1-1", "3-1-1", "3-1-2", "3-1-3", "3-1-4", "3-2-3", "3-2-4", "3-3-1", "3-3-2", "4-3-1", "4-3-2", "5-1-2", "5-1-3", "5-1-5", "P-1-1", "P-2-1"],
    why: "every action with 教育 in its title or an item",
  },
  {
    q: "金沢",
    kind: "exact",
    expect: ["1-1-1", "1-1-2", "1-1-3", "1-1-4", "1-3-3", "2-2-2", "2-2-3", "3-1-1", "3-1-2", "3-1-3", "3-2-2", "3-2-4", "3-3-1", "4-1-3", "4-3-1", "5-1-1", "5-2-2", "5-2-5", "P-1-1", "P-1-2"],
    why: "every action with 金沢 in its title, an item, or its goal's title (1-1: 金沢独自の生活…)",
  },
  { q: "交流", kind: "exact", expect: ["1-4-1", "3-1-1", "4-1-3", "4-1-5", "5-2-2"], why: "every action with 交流 in its title or an item" },
  {
    q: "理解",
    kind: "exact",
    expect: ["1-3-2", "3-2-2", "3-3-2", "4-1-2", "4-1-3", "4-1-4", "4-1-5", "5-1-1", "5-1-2", "5-2-5", "P-1-1"],
    why: "every action with 理解 in its title or an item",
  },

  // kana
  { q: "ゴミ", kind: "kana", expect: ["2-2-6", "2-1-2", "2-2-5"], why: "the plan writes ごみ: ごみ削減 (2-2-⑥), ごみ収集車 (2-1-②), 行楽ごみ (2-2-⑤)" },
  { q: "てれわーく", kind: "kana", expect: ["4-4-2"], why: "テレワーク" },
  { q: "ふーどばんく", kind: "kana", expect: ["2-2-7"], why: "フードバンク" },
  { q: "ぷらすちっく", kind: "kana", expect: ["2-2-5", "2-2-6"], why: "プラスチック" },
  { q: "まちのり", kind: "kana", expect: ["1-2-2"], why: "「まちのり」を使ってみる" },

  // width and case
  { q: "ＳＤＧｓ", kind: "width", expect: ["P-1-1", "P-1-2", "P-2-2", "5-2-3", "3-1-1", "3-3-1"], why: "SDGs in the titles of P-1-①, P-1-②, P-2-②, 5-2-③ and in items of 3-1-①, 3-3-①" },
  { q: "ｔａｂｅｔｅ", kind: "width", expect: ["2-2-7"], why: "フードシェアリングアプリT A B E T E" },
  { q: "ＬＧＢＴ", kind: "width", expect: ["4-1-2", "3-1-3"], why: "LGBTフレンドリー (4-1-②), L G B T (3-1-③)" },
  { q: "maas", kind: "width", expect: ["1-2-3"], why: "MaaSなど、みんなの移動に新しい技術を取り入れる" },
  { q: "ＮＰＯ", kind: "width", expect: ["3-2-2", "3-3-2", "4-2-1"], why: "企業、NPOなどと連携 (3-2-②), NPOなど学外の人材 (3-3-②), NPOやプロボノ (4-2-①)" },

  // typos
  { q: "テレワク", kind: "typo", expect: ["4-4-2"], why: "テレワーク" },
  { q: "リノベション", kind: "typo", expect: ["1-4-3"], why: "新陳代謝する（リノベーションなど）" },
  { q: "クラウドファンデング", kind: "typo", expect: ["5-1-4"], why: "クラウドファンディングの文化を浸透させる" },
  { q: "インターンシプ", kind: "typo", expect: ["3-1-1", "4-4-3", "5-2-2"], why: "実践型インターンシップ, インターンシップ制度, 大人のインターンシップ" },
  { q: "コワーキングスペイス", kind: "typo", expect: ["4-4-2", "5-2-4"], why: "コワーキングスペース" },

  // codes
  { q: "1-2-3", kind: "code", expect: ["1-2-3"], why: "the action code" },
  { q: "２－１－３", kind: "code", expect: ["2-1-3"], why: "full-width digits and dashes" },
  { q: "P-1-2", kind: "code", expect: ["P-1-2"], why: "the partnership section" },
  { q: "2-2-6-3", kind: "code", expect: ["2-2-6"], why: "an initiative code: its action's page" },
  { q: "3–1–2", kind: "code", expect: ["3-1-2"], why: "en dashes as separators" },

  // readings
  { q: "ぼうさい", kind: "reading", expect: ["1-3-1", "2-1-2"], why: "防災" },
  { q: "こそだて", kind: "reading", expect: ["1-1-4", "3-1-2", "3-2-2", "3-2-3", "3-2-4"], why: "子育て" },
  { q: "まちや", kind: "reading", expect: ["1-1-4"], why: "町家" },
  { q: "しょくいく", kind: "reading", expect: ["1-4-1"], why: "食育" },
  { q: "ちさんちしょう", kind: "reading", expect: ["1-4-1"], why: "地産地消" },
  { q: "ひなんくんれん", kind: "reading", expect: ["1-3-1"], why: "避難訓練" },

  // context: one word in the item, the other in its action or goal
  { q: "自転車 二酸化炭素", kind: "context", expect: ["2-1-3"], why: "自転車 in 2-1-③'s items, 二酸化炭素 in goal 2-1" },
  { q: "LED 二酸化炭素", kind: "context", expect: ["2-1-1"], why: "照明のLED化 under goal 2-1" },
  { q: "太陽光 二酸化炭素", kind: "context", expect: ["2-1-2"], why: "太陽光 in 2-1-②, 二酸化炭素 in goal 2-1" },
  { q: "バス停 公共交通", kind: "context", expect: ["1-2-3"], why: "心地よいバス停 under ③乗りたくなる公共交通にする" },
  { q: "マイボトル 消費", kind: "context", expect: ["2-2-4"], why: "マイボトル under ④環境にやさしい消費行動" },
  { q: "量り売り 消費", kind: "context", expect: ["2-2-4"], why: "量り売り under ④環境にやさしい消費行動" },
  { q: "ペットボトル プラスチック", kind: "context", expect: ["2-2-5"], why: "ペットボトル under ⑤プラスチックを削減する" },
  { q: "傘袋 プラスチック", kind: "context", expect: ["2-2-5"], why: "傘袋 under ⑤プラスチックを削減する" },
  { q: "避難訓練 災害", kind: "context", expect: ["1-3-1"], why: "避難訓練 under ①自然災害リスクを知る" },
  { q: "雨庭 グリーンインフラ", kind: "context", expect: ["1-3-2"], why: "雨庭 under ②グリーンインフラをつくる、つかう" },
  { q: "ワーキングホリデー 休み方", kind: "context", expect: ["4-4-3"], why: "ワーキングホリデー under ③いろいろな働き方や休み方" },
  { q: "3010運動 食品ロス", kind: "context", expect: ["2-2-7"], why: "3010運動 under ⑦食品ロスを減らす" },
  { q: "フードドライブ 食品ロス", kind: "context", expect: ["2-2-7"], why: "フードドライブ under ⑦食品ロスを減らす" },
  { q: "鈴木大拙 感性", kind: "context", expect: ["5-1-3"], why: "鈴木大拙 under ③感性豊かな人を育む" },
  { q: "ハッカソン SDGs", kind: "context", expect: ["5-2-3"], why: "異業種ハッカソン under ③企業がSDGsを取り入れる" },
  { q: "クラウドファンディング お金", kind: "context", expect: ["5-1-4"], why: "クラウドファンディング under ④お金の循環を作る" },
  { q: "コーディネーター 機会", kind: "context", expect: ["5-2-2"], why: "コーディネーター under ②出会いを促進させる「機会」をつくる" },
  { q: "児童館 教育", kind: "context", expect: ["3-1-2"], why: "児童館 under ②学校外での子供の教育を充実させる" },

  // variants (表記ゆれ) and mixed kanji and kana
  { q: "子ども", kind: "variant", expect: ["3-1-1", "3-1-2", "3-1-3", "3-1-4", "3-2-1", "3-2-2", "3-2-3", "3-2-4", "3-3-1", "3-3-2", "4-1-5", "P-1-1"], why: "the plan writes 子供 (and 子ども, こども) in these actions" },
  { q: "子供食堂", kind: "variant", expect: ["3-2-1", "4-1-5"], why: "こども食堂" },
  { q: "子どもたち", kind: "variant", expect: ["3-1-2", "3-1-4", "3-2-1", "3-2-2", "3-2-3", "3-2-4"], why: "子供たち, in items and in goal 3-2's title (すべての子供たちが…)" },
  { q: "取り組み", kind: "variant", expect: ["2-2-6", "2-1-1", "3-3-1", "4-2-2", "4-2-3", "P-1-2", "P-2-1", "P-2-2", "P-2-3"], why: "取組, 取り組み, 取組み, 取り組む" },
  { q: "取組", kind: "variant", expect: ["2-1-1", "2-2-6", "3-3-1", "4-2-2", "4-2-3", "P-1-2", "P-2-1", "P-2-2", "P-2-3"], why: "取組, 取り組み, 取組み, 取り組む" },
  { q: "障がい", kind: "variant", expect: ["3-1-3", "3-1-4", "4-1-4", "4-1-5", "4-4-1"], why: "the plan writes 障害" },
  { q: "子育てしえん", kind: "variant", expect: ["3-1-2", "3-2-2", "3-2-4"], why: "子育て支援, kanji and kana mixed" },
  { q: "地さん地しょう", kind: "variant", expect: ["1-4-1"], why: "地産地消, kanji and kana mixed" },
  { q: "見える化", kind: "variant", expect: ["3-2-2", "4-1-3", "P-2-2", "4-2-2"], why: "見える化, and 可視化 (4-2-②)" },
  { q: "話しあう", kind: "variant", expect: ["3-3-1", "4-1-4"], why: "話し合う" },
  { q: "取りいれる", kind: "variant", expect: ["3-1-1", "5-2-3", "2-2-1", "1-2-3"], why: "取り入れる" },
  { q: "暮し", kind: "variant", expect: ["1-1-3", "1-4-3"], why: "暮らし" },
  { q: "ゴミ収集車", kind: "variant", expect: ["2-1-2"], why: "ごみ収集車" },
  { q: "まち家", kind: "variant", expect: ["1-1-4"], why: "町家" },
  { q: "こども 教育", kind: "variant", expect: ["3-1-1", "3-1-2", "3-1-3", "3-1-4", "3-2-4", "3-3-2", "P-1-1"], why: "子供 and 教育: 3-1-①〜④ titles, 3-2-④ ②, 3-3-② title, P-1-① 子どもへのSDGs教育" },

  // phrases and sentences
  { q: "町家を残したい", kind: "phrase", expect: ["1-1-4"], why: "町家を保全活用して継承する" },
  { q: "歴史を学びたい", kind: "phrase", expect: ["1-1-1"], why: "①自然・歴史・文化のなりたちとその価値を学ぶ" },
  { q: "バスに乗りたい", kind: "phrase", expect: ["1-2-2", "1-2-3", "2-1-3"], why: "バスや電車に乗る日を増やす; ③乗りたくなる公共交通 (バス停)" },
  { q: "ごみを減らしたい", kind: "phrase", expect: ["2-2-6", "2-2-5"], why: "⑥ごみ削減; 行楽ごみ under ⑤プラスチックを削減する" },
  { q: "地元の野菜を買いたい", kind: "phrase", expect: ["2-2-2"], why: "地野菜…を利用したり買ったりできる場 under ②地元農水産物を利用する" },
  { q: "子どもの居場所をつくりたい", kind: "phrase", expect: ["3-1-2"], why: "多様な学びの居場所をつくる under ②学校外での子供の教育" },
  { q: "自転車で通勤したい", kind: "phrase", expect: ["1-2-2"], why: "通勤…で、バスや電車 and マイ自転車 in ②マイカーをやめてみる" },
  { q: "図書館で勉強したい", kind: "phrase", expect: ["3-1-2", "4-3-1"], why: "図書館における放課後学習支援; 図書館を市民の憩いの場 under ①学べる" },
  { q: "外国の人と交流したい", kind: "phrase", expect: ["4-1-3"], why: "外国出身者と気軽に交流できる機会をつくる" },
  { q: "障がいのある人と働きたい", kind: "phrase", expect: ["4-4-1"], why: "障害のある人が円滑に働けるように" },
  { q: "歩いて健康になりたい", kind: "phrase", expect: ["1-2-2"], why: "歩いて移動して健康になる" },
  { q: "食品ロスを減らしたい", kind: "phrase", expect: ["2-2-7"], why: "⑦食品ロスを減らす" },
  { q: "まちなかに住みたい", kind: "phrase", expect: ["1-1-4"], why: "④そして、まちなかに多世代が住む" },
  { q: "省エネ家電に買い替えたい", kind: "phrase", expect: ["2-1-1"], why: "省エネ家電への買い替えを促進する" },
  { q: "地域の防災活動に参加したい", kind: "phrase", expect: ["1-3-1"], why: "地域コミュニティでの防災知識の習得や防災活動を行う" },
  { q: "テレワークで働きたい", kind: "phrase", expect: ["4-4-2"], why: "テレワーク under ②誰でもいつでもどこでも働くことのできる環境" },
  { q: "再生可能エネルギーを使いたい", kind: "phrase", expect: ["2-1-2"], why: "②再生可能エネルギーの導入を進める" },
  { q: "プラスチックを減らしたい", kind: "phrase", expect: ["2-2-5"], why: "⑤プラスチックを削減する; マイクロプラスチックを減らす" },

  // synonyms: another name for the plan's word
  { q: "在宅勤務", kind: "synonym", expect: ["4-4-2"], why: "テレワークやリモートワーク" },
  { q: "再エネ", kind: "synonym", expect: ["2-1-2"], why: "再生可能エネルギー" },
  { q: "CO2", kind: "synonym", expect: ["2-1-1", "2-1-2", "2-1-3"], why: "goal 2-1: 二酸化炭素の排出量を抑える" },
  { q: "フードロス", kind: "synonym", expect: ["2-2-7"], why: "食品ロス" },
  { q: "食べ残し", kind: "synonym", expect: ["2-2-7"], why: "食品ロス" },
  { q: "お年寄り", kind: "synonym", expect: ["1-2-1", "2-1-3", "4-1-5"], why: "高齢者カート (1-2-①, 2-1-③), 高齢者 (4-1-⑤)" },
  { q: "シニア", kind: "synonym", expect: ["1-2-1", "2-1-3", "4-1-5"], why: "高齢者" },
  { q: "リサイクル", kind: "synonym", expect: ["2-2-6", "2-2-2"], why: "資源化・資源回収 (2-2-⑥), 資源循環型農林業 (2-2-②)" },
  { q: "自家用車", kind: "synonym", expect: ["1-2-2", "5-2-1"], why: "マイカー" },
  { q: "学童保育", kind: "synonym", expect: ["3-2-3"], why: "放課後児童クラブ" },
  { q: "クラファン", kind: "synonym", expect: ["5-1-4"], why: "クラウドファンディング" },
  { q: "保育所", kind: "synonym", expect: ["3-2-2", "3-2-4"], why: "保育園" },
  { q: "百貨店", kind: "synonym", expect: ["2-2-6"], why: "量販店やデパート" },
  { q: "駐車場", kind: "synonym", expect: ["1-3-2"], why: "月極パーキングやコインパーキング" },
  { q: "男女平等", kind: "synonym", expect: ["4-1-1"], why: "ジェンダー平等" },
  { q: "伝統工芸", kind: "synonym", expect: ["5-1-1", "5-2-5"], why: "工芸" },
  { q: "祭り", kind: "synonym", expect: ["1-1-2"], why: "祭礼" },
  { q: "外国人", kind: "synonym", expect: ["4-1-3"], why: "外国出身者" },
  { q: "性的少数者", kind: "synonym", expect: ["4-1-2", "3-1-3"], why: "LGBT, L G B T" },
  { q: "シェルター", kind: "synonym", expect: ["1-3-1"], why: "避難所" },
  { q: "創業", kind: "synonym", expect: ["3-1-2", "5-1-5"], why: "起業, 起業家" },
];
