/**
 * People named in an article in Sorani Kurdish, which, like Arabic (arabic-names.ts), writes no capitals: a name is
 * told by the role set beside it. Kurdish news opens a sentence on the person's name and puts who they are after a
 * comma: `ئاوات شێخ جەناب، وەزیری دارایی هەرێمی کوردستان` (Awat Sheikh Janab, the Kurdistan Region's minister of
 * finance). The role's noun carries the ezafe (`ی`) that ties it to what it is of, so the word after the comma names a
 * role whatever body follows it. The names are listed as the article writes them, in Arabic letters.
 */
export function soraniPeople(text: string): string[] {
  const names = new Set<string>();
  for (const [, opening] of text.matchAll(NAME_BEFORE_ROLE)) {
    const words = opening!.split(" ");
    if (words.length >= FEWEST_NAME_PARTS && !words.some((word) => OPENING_WORDS.has(word))) names.add(words.join(" "));
  }
  return [...names];
}

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
