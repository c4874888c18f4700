/**
 * People named in an article in Sorani Kurdish, which, like Arabic (arabic-names.ts), writes no capitals: a name is
 * told by the role set beside it. Kurdish news opens a sentence on the person's name and puts who they are after a
 * comma: `ئاوات شێخ جەناب، وەزیری دارایی هەرێمی کوردستان` (Awat Sheikh Janab, the Kurdistan Region's minister of
 * finance). The role's noun carries the ezafe (`ی`) that ties it to what it is of, so the word after the comma names a
 * role whatever body follows it. The names are listed as the article writes them, in Arabic letters.
 */
export function soraniPeople(text: string): string[] {
  const names: string[] = [];
  for (const [, opening] of text.matchAll(NAME_BEFORE_ROLE)) {
    const words = opening!.split(" ");
    if (words.length >= FEWEST_NAME_PARTS && !words.some((word) => OPENING_WORDS.has(word))) names.push(words.join(" "));
  }
  for (const line of text.split("\n")) {
    const words = line.split(/\s+|(?=[،,.:؛;!?؟"«»()])|(?<=[،,.:؛;!?؟"«»()])/u).filter((word) => word !== "");
    words.forEach((word, i) => {
      if (!ROLE_HEADS.includes(word)) return;
      const name = nameAfterRole(words, i + 1);
      if (name) names.push(name.join(" "));
    });
  }
  return names;
}

/**
 * The name after a role and what it is of, as news names a person after their role too (`سەرۆکی هەرێمی کوردستان
 * نێچیرڤان بارزانی`, the Kurdistan Region's president Nechirvan Barzani; `گوتەبێژی وەزارەتی دەرەوە ماثیو میلەر`):
 * each word of the role with the ezafe (`ی`) ties it to the word after it, and the first without closes what the role
 * is of (`کوردستان`, `دەرەوە`); the name is the two or three words after it, up to a mark or a word a sentence goes on
 * with (`لە`, `بۆ`, `گوتی`), which no name runs into.
 */
function nameAfterRole(words: string[], start: number): string[] | undefined {
  let at = start;
  while (at < words.length && at - start < MOST_ROLE_WORDS && EZAFE.test(words[at]!)) at++;
  // the word that closes what the role is of, itself without the ezafe
  if (at === start || at >= words.length || isMark(words[at]!) || EZAFE.test(words[at]!)) return undefined;
  const name: string[] = [];
  for (let each = at + 1; each < words.length && !isMark(words[each]!) && !NAME_ENDS_BEFORE.has(words[each]!); each++) {
    name.push(words[each]!);
    if (name.length > MOST_NAME_PARTS) return undefined;
  }
  const named = name.length >= FEWEST_NAME_PARTS && name.every((word) => /^[\p{L}\p{M}\u200c]+$/u.test(word));
  return named && !name.some((word) => OPENING_WORDS.has(word) || COMMON_NOUN_ARTICLE.test(word)) ? name : undefined;
}

const MOST_NAME_PARTS = 3;
/** `وەزیری دارایی هەرێمی کوردستان`: the words a role is of. */
const MOST_ROLE_WORDS = 4;
/** A word that ends on the ezafe (`ی`, `یی` after a vowel), tying it to the word after it. */
const EZAFE = /ی$/u;
const isMark = (word: string) => /^[،,.:؛;!?؟"«»()]$/u.test(word);
/** A common noun's articles (`ەکە`, `ەکان`, `ێک`), which no name takes. */
const COMMON_NOUN_ARTICLE = /(?:ەکە|ەکان|ێک)$/u;
/**
 * Words a name ends before: prepositions and particles (`لە`, `بۆ`, `و`, `کە`), and the verbs of saying that follow a
 * speaker's name (`گوتی`, `ڕایگەیاند`, `وتی`).
 */
const NAME_ENDS_BEFORE = new Set(
  "لە بە بۆ و کە لەگەڵ دوای پاش پێش لەبارەی بەپێی گوتی وتی ڕایگەیاند ڕاگەیاند دەڵێت دەیڵێت ئاشکرای ئەمڕۆ دوێنێ هەروەها".split(" "),
);

const FEWEST_NAME_PARTS = 2;

/** Roles with the ezafe, as a person's apposition opens: minister, head, deputy, spokesman, representative, adviser… */
const ROLE_HEADS = [
  ...["وەزیری", "سەرۆکی", "جێگری", "وتەبێژی", "گوتەبێژی", "نوێنەری", "ڕاوێژکاری", "بەڕێوەبەری", "پارێزگاری"],
  ...["ئەندامی", "باڵیۆزی", "فەرماندەی", "سکرتێری", "لێپرسراوی", "بریکاری", "شارەزای", "مامۆستای"],
];

/**
 * Two or three words that open a sentence (or a line), a comma, then a role: `ئاوات شێخ جەناب، وەزیری`. The words are
 * letters only, so no date, number or mark is read as a name's.
 */
const NAME_BEFORE_ROLE = new RegExp(
  `(?:^|[.!?؟:]\\s+)([\\p{L}\\p{M}\\u200c]+(?: [\\p{L}\\p{M}\\u200c]+){1,2})، (?:${ROLE_HEADS.join("|")})(?!\\p{L})`,
  "gmu",
);

/**
 * Words that open a sentence before its subject, which no name has: `هەروەها` (also), `بەڵام` (but), `ئەمڕۆ` (today),
 * `ڕۆژی شەممە` (on Saturday), and prepositions, `لە هەولێر` (in Erbil).
 */
const OPENING_WORDS = new Set(
  "هەروەها بەڵام دواتر پێشتر ئەمڕۆ دوێنێ ڕۆژی ئێوارەی بەیانیی لەلایەکی لەبارەی و لە بە بۆ بەپێی دوای پاش پێش لەگەڵ ئەم ئەو کە".split(" "),
);

/**
 * Places an article in Sorani names with `لە` and the postposition that closes it: `لە بەغداوە` (from Baghdad), `لە
 * هەولێردا` (in Erbil). The postposition is written onto the word, as it is onto a time's (`لە سبەینێوە`, from
 * tomorrow), so a place is read only where the article writes the word bare too (`نێوان هەولێر و بەغدا`), and not one
 * a common noun's article ends (`ەکە`, `ەکان`, `ێک`: `لە شارەکەدا`, in the city) or the ezafe ties to a noun after it.
 * A place known by name (KNOWN_PLACES) is one wherever the text writes it, bare or with a postposition (`بۆ بەغدا`,
 * to Baghdad; `پەیوەندییەکانی هەولێر و بەغدا`, relations between Erbil and Baghdad), as Arabic's are (arabicPlaces).
 */
export function soraniPlaces(text: string): string[] {
  const written = new Set(text.split(/[\s،,.:؛;!?؟"«»()]+/u));
  const places: string[] = [];
  for (const [, place] of text.matchAll(KNOWN_PLACE)) places.push(place!);
  for (const [, place] of text.matchAll(PLACE_WITH_POSTPOSITION)) {
    if (written.has(place!) && !COMMON_NOUN_ENDING.test(place!) && !OPENING_WORDS.has(place!)) places.push(place!);
  }
  // `هەرێمی کوردستان` (the Kurdistan Region), `پارێزگای کەرکووک` (Kirkuk province): the place after its kind with the
  // ezafe, as Arabic's `إقليم كردستان` and Persian's `استان کردستان` name it; not a word with the ezafe itself, which
  // ties on a word after it (`هەرێمی کوردستانی بەهێز`, a strong Kurdistan Region).
  for (const [, place] of text.matchAll(PLACE_AFTER_KIND)) {
    if (!COMMON_NOUN_ENDING.test(place!) && !OPENING_WORDS.has(place!)) places.push(place!);
  }
  return places;
}

/**
 * The region's cities as Sorani writes them, which no person's name is: Erbil, Baghdad, Duhok, Halabja, Kirkuk, Mosul.
 * Not `سلێمانی` (Sulaymaniyah), a family name too (`قاسم سلێمانی`).
 */
const KNOWN_PLACES = ["هەولێر", "بەغدا", "دهۆک", "هەڵەبجە", "کەرکووک", "موسڵ"];
/** A known place's name, bare or with a postposition: `دا` (in), `ەوە`/`وە` (from). */
const KNOWN_PLACE = new RegExp(`(?<![\\p{L}\\p{M}\\u200c])(${KNOWN_PLACES.join("|")})(?:ەوە|وە|دا)?(?![\\p{L}\\p{M}\\u200c])`, "gu");
/** City, province, district, subdistrict, region and village, with the ezafe, then the place's name. */
const PLACE_AFTER_KIND = /(?<![\p{L}\p{M}])(?:شاری|پارێزگای|قەزای|ناحیەی|هەرێمی|گوندی) ([\p{L}\p{M}]{3,})(?![\p{L}\p{M}\u200c])/gu;

/** `لە`, a word, and `وە`/`ەوە` (from) or `دا` (in) written onto it. */
const PLACE_WITH_POSTPOSITION = /(?<![\p{L}\p{M}])لە ([\p{L}\p{M}]{2,}?)(?:ەوە|وە|دا)(?![\p{L}\p{M}\u200c])/gu;
/** A common noun's articles (`ەکە`, `ەکان`, `ێک`), and the ezafe (`ی`) before what a noun is of. */
const COMMON_NOUN_ENDING = /(?:ەکە|ەکان|کان|ێک|ی)$/u;
