import { franc } from "franc-min";

/**
 * The article's language as a BCP 47 language subtag, `und` when the text is too short or too mixed to tell: franc's
 * ISO 639-3 code in its canonical form (`Intl.getCanonicalLocales`, from Unicode's CLDR), which is the ISO 639-1 code
 * where the language has one (`pol` is `pl`) and the macrolanguage's where browsers and screen readers know the
 * language by it (Standard Arabic `arb` is `ar`, Iranian Persian `pes` is `fa`); else the 639-3 code (`ckb`, Sorani).
 */
export function languageOf(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (writesSorani(sample)) return "ckb";
  if (writesHebrew(sample)) return HEBREW;
  const code = franc(sample, { minLength: 20 });
  if (code === "und") return code;
  if (code === "ckb") return KURMANJI;
  return code !== "rus" && writesRussian(sample) ? "ru" : Intl.getCanonicalLocales(code)[0]!;
}

/**
 * franc tells Russian from Bulgarian, Serbian or Ukrainian by the letter sequences they share, and a few short Russian
 * paragraphs can read to it as Bulgarian. Russian writes `ы` and `э` (and `ё`), about one letter in fifty, which
 * Bulgarian, Macedonian, Serbian and Ukrainian do not write at all, and writes `ъ` only as a rare hard sign
 * (`объявил`), where Bulgarian writes it as a vowel about as often; the Cyrillic languages that also write `ы` or `э`
 * (Belarusian, Kazakh, Kyrgyz, Mongolian, Tatar…) write letters Russian lacks (`і`, `ў`, `ә`, `ө`, `ү`). A text in
 * Cyrillic letters that writes only Russian's, and `ы`, `э` or `ё` as a share of them no other language's text nears
 * (a Bulgarian text that names a Russian city or person stays far below) and more often than `ъ`, is Russian.
 */
function writesRussian(sample: string): boolean {
  const cyrillic = sample.match(CYRILLIC_LETTER)?.length ?? 0;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (cyrillic < LEAST_LETTERS || cyrillic * 2 < letters || NOT_RUSSIAN_LETTER.test(sample)) return false;
  const onlyRussian = sample.match(ONLY_RUSSIAN_LETTER)?.length ?? 0;
  return onlyRussian / cyrillic >= LEAST_RUSSIAN_SHARE && onlyRussian > (sample.match(HARD_SIGN)?.length ?? 0);
}

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
/** Cyrillic letters outside Russian's alphabet (`а`-`я` and `ё`): `і`, `ї`, `є`, `ў`, `ј`, `љ`, `ә`, `ө`… */
const NOT_RUSSIAN_LETTER = /[\u0400\u0402-\u040F\u0450\u0452-\u052F]/u;
const ONLY_RUSSIAN_LETTER = /[ыэёЫЭЁ]/gu;
const HARD_SIGN = /[ъЪ]/gu;
/** A fifth of Russian's share: a Bulgarian text that names `Крым` or `Рыбаков` once stays below it. */
const LEAST_RUSSIAN_SHARE = 0.004;

/**
 * franc-min knows no Kurdish: Sorani, written in Arabic script, reads to it as Persian. Sorani writes its vowels
 * `ە`, `ێ` and `ۆ`, and `ڕ` and `ڵ`, which neither Persian nor Arabic writes; Uyghur writes `ە` and `ۆ` too, but none
 * of the other three. A text is Sorani when it writes one of those three and the five make up a share of its Arabic
 * letters that no other language's text comes near.
 */
function writesSorani(sample: string): boolean {
  if (!ONLY_SORANI.test(sample)) return false;
  const letters = sample.match(ARABIC_LETTER)?.length ?? 0;
  return letters >= LEAST_LETTERS && (sample.match(SORANI_LETTER)?.length ?? 0) / letters >= LEAST_SORANI_SHARE;
}

const ONLY_SORANI = /[ێڕڵ]/u;
const SORANI_LETTER = /[ەێۆڕڵ]/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LEAST_LETTERS = 20;
/** Nearly a fifth of a Sorani news paragraph's letters; an Arabic or Persian text that writes a Kurdish name stays far below. */
const LEAST_SORANI_SHARE = 0.03;

/**
 * franc-min knows no language written in Hebrew letters: a Hebrew page reads to it as whatever its few words in Latin
 * letters are (a name, an English quote). A text most of whose letters are Hebrew's is Hebrew, the one language of
 * the news written in them but Yiddish, which writes its own letters too (`װ`, `ױ`, `ײ`) and its alef pointed (`אַ`,
 * `אָ`), as Hebrew's news never does: franc knows no Yiddish either, and tells it `und`.
 */
function writesHebrew(sample: string): boolean {
  const hebrew = sample.match(HEBREW_LETTER)?.length ?? 0;
  return hebrew >= LEAST_LETTERS && hebrew * 2 > (sample.match(LETTER)?.length ?? 0) && !YIDDISH.test(sample);
}

const HEBREW = "he";
const HEBREW_LETTER = /\p{Script=Hebrew}/gu;
const YIDDISH = /[\u05F0-\u05F2]|א[\u05B7\u05B8]/u;

/**
 * franc-min's `ckb` (Central Kurdish, Sorani) is of Latin letters' trigrams, Kurdish as Turkey's and Syria's Kurds
 * write it (`Meclisa Xweser a Êzidxanê diyar kir ku …`, ANF's): that is Kurmanji, `kmr`; Sorani is written in Arabic
 * letters (writesSorani). Its canonical form, as languageOf gives every code, is the macrolanguage's `ku`, whose
 * script CLDR gives as Latin (left to right).
 */
const KURMANJI = Intl.getCanonicalLocales("kmr")[0]!;

/**
 * The opening characters franc reads, about 170 words. franc itself reads at most 2,048; 1,000 gave every one of
 * 3,081 articles (the seeds, the news and hostile fixtures, 3,000 synthetic ones) the same language, franc taking
 * 1.1-1.2 ms an article instead of 1.7-2.0 ms, of the 13-16 ms an ingest thread takes.
 */
const SAMPLE_LENGTH = 1000;

/**
 * The languages besides English that news archives often hold, whose dates (dates.ts) and country names
 * (countries.ts) ingest reads, as BCP 47 subtags, as languageOf gives them.
 */
export const OTHER_LANGUAGES_READ = ["fr", "de", "es", "it", "pt", "nl", "ru", "ar"] as const;
