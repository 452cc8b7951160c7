import type { SynonymEntry } from "./synonyms";

/**
 * The reviewed part of the synonyms (see lib/search/synonyms.ts).
 *
 * MANUAL_SYNONYMS: other names people use for words of this plan that
 * Sudachi's dictionary does not have. Each entry's `plan` words are written
 * exactly as the plan writes them; tests/unit/search-synonyms.test.ts checks
 * that every word of every entry finds items that say one of them.
 *
 * SUDACHI_REJECTED: Sudachi groups that name a word of the plan in another
 * sense (the plan's バス is a bus, not a bath). Read through when
 * `npm run synonyms` was first run; look again at new groups after a new
 * version of the plan or of the dictionary.
 */
export const MANUAL_SYNONYMS: readonly SynonymEntry[] = [
  // Work: the plan says テレワーク and リモートワーク (4-4-②).
  { words: ["在宅勤務", "在宅ワーク", "リモート勤務", "テレワーク勤務"], plan: ["テレワーク", "リモートワーク"] },
  // Energy: 再生可能エネルギー (2-1-②) and 省エネ (2-1-①).
  { words: ["再エネ", "再生エネルギー", "自然エネルギー", "クリーンエネルギー"], plan: ["再生可能エネルギー"] },
  { words: ["太陽光発電", "ソーラー", "ソーラーパネル", "太陽光パネル"], plan: ["太陽光"] },
  { words: ["省エネルギー", "節電", "節エネ"], plan: ["省エネ"] },
  // Climate: the plan says 二酸化炭素 (goal 2-1).
  { words: ["CO2", "CO₂", "炭素", "温室効果ガス", "脱炭素", "カーボンニュートラル"], plan: ["二酸化炭素"] },
  // Waste: 食品ロス (2-2-⑦), 資源化 and 資源回収 (2-2-⑥), プラスチック (2-2-⑤).
  { words: ["フードロス", "食べ残し", "食品廃棄"], plan: ["食品ロス"] },
  { words: ["リサイクル", "分別"], plan: ["資源化", "資源回収", "資源循環"] },
  { words: ["プラ", "プラごみ", "廃プラ", "レジ袋"], plan: ["プラスチック"] },
  // Transport.
  { words: ["公共交通機関", "交通機関"], plan: ["公共交通"] },
  { words: ["車", "クルマ", "くるま"], plan: ["自動車", "マイカー"] },
  // People: the plan writes 障害 and 高齢者.
  { words: ["障がい", "障碍", "しょうがい"], plan: ["障害"] },
  { words: ["お年寄り", "シニア", "高齢の方"], plan: ["高齢者"] },
  { words: ["外国人", "外国の人", "留学生"], plan: ["外国出身者"] },
  { words: ["LGBTQ", "LGBTQ+", "LGBTQIA", "性的少数者", "性的マイノリティ", "セクシュアルマイノリティ"], plan: ["LGBT"] },
  { words: ["男女平等", "男女共同参画"], plan: ["ジェンダー平等", "ジェンダー"] },
  { words: ["学童", "学童保育"], plan: ["児童クラブ"] },
  // Culture: 祭礼 (1-1-②), 工芸 (5-1-①, 5-2-⑤), 町家 (1-1-④).
  { words: ["祭り", "お祭り", "まつり"], plan: ["祭礼"] },
  { words: ["伝統工芸", "工芸品"], plan: ["工芸"] },
  { words: ["町屋", "古民家"], plan: ["町家"] },
  // What people want to keep: the plan says 継承, 保全, 受け継ぐ (町家を保全活用して継承する).
  { words: ["残す", "守り継ぐ", "伝える"], plan: ["継承", "保全", "受け継ぐ"] },
];

/** Sudachi group ids rejected on review, with the reason. */
export const SUDACHI_REJECTED: Readonly<Record<string, string>> = {
  "000006": "オープン: the plan's is open (data), not a shop opening",
  "000110": "ネット: the plan's is a laundry net (洗濯ネット), not the Internet",
  "000118": "ネット(ワーク): 'network' would also find the laundry net",
  "000252": "コイン: コインパーキング, not coins",
  "000385": "ステージ: ライフステージ, not a theatre stage",
  "000410": "運動: the plan's is a campaign (3010運動), not sports",
  "000442": "タイム: would find タイムマネジメント for 時間",
  "000499": "守備: defence in sports",
  "000851": "ライフ: would find every ライフスタイル, ワークライフバランス for 人生",
  "000852": "ライフ: would find every ライフスタイル, ワークライフバランス for 生活",
  "000943": "ワーク: would find テレワーク, ネットワーク… for 作業",
  "001112": "サイクル: the plan's is a bicycle (レンタサイクル), not a period",
  "001196": "所在: whereabouts, not a place to be (居場所)",
  "001236": "許す: the plan's ポイ捨てを許さない; 許可 and 承認 are permits",
  "001309": "モデル: a business model, not a product model (機種)",
  "001321": "バス: a bath",
  "001449": "要素: 本質 and 真髄 are essence, not elements",
  "007308": "マス: inside other words of the plan, not 'mass'",
  "007885": "入る: 'enter' is a key",
  "009553": "カラー: the calla lily",
  "009820": "すすめる: the plan's is to advance, not to recommend",
  "010082": "クラブ: a crab",
  "013196": "レンジ: comes from the plan's typo チャンレンジ",
  "013369": "バス: a bathroom",
  "013405": "つくり: sashimi (お造り)",
  "013614": "カー: would find 高齢者カート for 自動車",
  "013669": "タイム: the herb",
  "013851": "バス: the fish",
  "013865": "バンク: フードバンク and シードバンク are not banks",
  "013869": "スポット: 給水スポット, not a spot advertisement",
  "013870": "スポット: 給水スポット, not a spotlight",
  "013890": "ビル: a promissory note",
  "013898": "フード: a hood",
  "014176": "レーン: rain",
  "014271": "運動: the plan's is a campaign (3010運動), not exercise",
  "014751": "センター: the plan's centres are institutions; 中心 would find them",
  "015175": "メディア: storage media",
  "017158": "可能性: probability",
  "017360": "百万: only in 百万石",
  "017570": "ばら: ばら売り (loose), not roses",
  "019532": "担保: the plan's is to secure (biodiversity), not a mortgage",
  "021846": "生まれる: 出産 would find 偶然が生まれる",
  "022610": "受け取る: receiving food, not a signal",
  "022667": "超える: 以上 is too common a word",
  "022692": "政略: scheming, not policy",
  "022783": "レンジ: a microwave; from the typo チャンレンジ",
  "022791": "ビル: an invoice",
  "023129": "働き: 作用 is an effect, not work",
  "023241": "充実: 豊か would find every 充実させる",
  "023501": "見逃す: 黙認 is to tolerate",
  "024275": "フェア: a fare",
  "024876": "やさしい: the plan's is kind (環境にやさしい), not easy",
  "024879": "強い: stubborn",
  "024955": "or: a word of the plan's English aside, not worth expanding",
  "026304": "のり: まちのり (bike sharing), not seaweed",
};

/** Sudachi fields (分野) of proper names: companies and places are never the plan's sense. */
export const SUDACHI_REJECTED_FIELDS: readonly string[] = ["企業名", "旧企業名", "組織名", "地名", "政治"];
