/**
 * Reviewed readings for words of the 金沢SDGs行動計画 that kuromoji (IPADIC)
 * reads wrongly or does not know. Found by running kuromoji over every line of
 * content/source/kanazawa-sdgs-action-plan.txt and reading through the result.
 *
 * Keys are matched on the raw text, longest first, before tokenising, so an
 * entry also fixes how the text is segmented (細街路 is otherwise 細/街路).
 * A key may contain kana (そこら中); the furigana then goes over its kanji only.
 * Keep keys specific enough that they cannot match inside another word.
 */
export const READING_OVERRIDES: Readonly<Record<string, string>> = {
  // Required by the plan's vocabulary; several are right in IPADIC already and
  // are pinned here so a dictionary change cannot silently break them.
  細街路: "さいがいろ", // narrow back street; kuromoji: 細/街路 → ほそがいろ
  地野菜: "じやさい", // locally grown vegetables; kuromoji: 地野/菜 → ちのさい
  雨庭: "あめにわ", // rain garden (green infrastructure)
  百万石: "ひゃくまんごく", // Kaga's "one million koku"; kuromoji: 百/万/石 → ひゃくまんせき
  生業: "なりわい", // not せいぎょう: the plan's 生活、生業、界隈性
  金沢: "かなざわ",
  界隈: "かいわい",
  町家: "まちや", // Kanazawa's traditional town houses, not ちょうか
  鈴木大拙: "すずきだいせつ",
  西田幾多郎: "にしだきたろう",

  // The source misprints 界隈 as 界限 in 方向性1-4-③; the page shows the typo
  // verbatim, the reading is the intended word (kuromoji: さかい/げん).
  界限: "かいわい",

  // Not in IPADIC: 働 alone is an unknown word, so kuromoji gives no reading.
  協働: "きょうどう",
  就園: "しゅうえん",

  // Wrong readings of known characters.
  利活用: "りかつよう", // IPADIC reads 利 as とぎ here
  土作り: "つちづくり", // soil preparation; kuromoji: 土 → ど
  廃食油: "はいしょくゆ", // kuromoji: 油 → あぶら
  裸地: "らち", // bare ground; kuromoji: はだか/ち
  横串: "よこぐし", // rendaku; kuromoji: よこくし
  そこら中: "そこらじゅう", // kuromoji: ちゅう
  大らか: "おおらか", // kuromoji: だい/らか
  学びあえる: "まなびあえる", // otherwise 学/びあえる → がくびあえる
  人と環境: "ひととかんきょう", // after ③ kuromoji takes 人 as a counter (じん)
  欲しい方: "ほしいかた", // a person, not a direction (ほう)
  行ってみる: "いってみる", // go and see; kuromoji: おこなって
  "2日": "ふつか", // 週休2日; kuromoji: 2 + にち

  // Both readings exist; these are the usual ones (NHK): ひなんじょ, そうだんじょ.
  避難所: "ひなんじょ",
  相談所: "そうだんじょ",
};

/**
 * Readings for single kuromoji tokens, applied after tokenising. For a
 * character whose reading is wrong only when it stands alone; as a raw-text key
 * it would also match inside other words (等 inside 平等).
 */
export const TOKEN_READING_OVERRIDES: Readonly<Record<string, string>> = {
  // "etc." throughout the plan; IPADIC sometimes picks the given name ひとし.
  等: "とう",
};
