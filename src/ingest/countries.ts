import { createRequire } from "node:module";
import { withoutAccents } from "./aliases.ts";
import { OTHER_LANGUAGES_READ } from "./language.ts";
import { lexiconTags } from "./lexicon.ts";

/**
 * The English names of the world's countries and territories, with the other names news gives them (`Turkey` for
 * Türkiye, `Ivory Coast`, `Palestine`), from i18n-iso-countries' English list (its data alone: the library would
 * load every language's), each to the one name the archive lists the country under, so that articles that call it
 * by different names share its page: the first that compromise's lexicon knows as a country's, the name English
 * news writes (`Turkey`, not `Türkiye`; `Russia`, not `Russian Federation`; `Ivory Coast`), else the list's first,
 * with its accents where the list also gives it without (`Åland Islands`). An archivist who wants another lists it in
 * the alias file (`Türkiye: [Turkey]`). The list names a few countries only formally: the name news writes comes first
 * for those (NAMES_NEWS_WRITES). Left out: initialisms (`US`, `UAE`), which in a line of capitals are words
 * and which the alias file finds with that in mind; the list's catalogue forms (`Korea, Republic of`), which prose
 * never writes;
 * and a formal name (`United States of America`, `Islamic Republic of Iran`, `The Gambia`) where the country has a
 * plain one: the archive lists it under the plain name, as it would without the list.
 */
/** A language's list in i18n-iso-countries: each country's code to its name, or its names. */
interface CountryList {
  countries: Record<string, string | string[]>;
}

const countries = countryListIn("en");

/** The names English news writes for countries the list names only formally (`Syrian Arab Republic`), by code. */
const NAMES_NEWS_WRITES: Record<string, string> = {
  SY: "Syria",
  LA: "Laos",
  BN: "Brunei",
  MD: "Moldova",
  FM: "Micronesia",
  VA: "Vatican City",
};

const englishNames = (code: string, listed: string | string[]) => [
  ...(code in NAMES_NEWS_WRITES ? [NAMES_NEWS_WRITES[code]!] : []),
  ...[listed].flat(),
];

export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(countries).flatMap(([code, listed]) => {
    const names = englishNames(code, listed);
    const inProse = names.filter((name) => /\p{Ll}/u.test(name) && !/[,(]/.test(name));
    const plain = inProse.filter((name) => !/ of |^The /.test(name));
    const kept = plain.length > 0 ? plain : inProse;
    const first = kept[0]!;
    const listedAs =
      kept.find((name) => lexiconTags(name).includes("Country")) ??
      kept.find((name) => name !== first && withoutAccents(name) === first) ??
      first;
    return kept.map((name) => [name, listedAs] as const);
  }),
);

/** Each country's code to the name the archive lists it under (COUNTRY_NAMES), from the English list. */
const LISTED_BY_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(countries).flatMap(([code, names]) => {
    const listedAs = englishNames(code, names).map((name) => COUNTRY_NAMES.get(name)).find((name) => name !== undefined);
    return listedAs ? [[code, listedAs] as const] : [];
  }),
);

/**
 * Names a language's news writes for countries its list names otherwise or only formally, by language and code:
 * Spanish papers write `Irak` and `Siria` where the list has `Iraq` and `República Árabe Siria`.
 */
const NAMES_NEWS_WRITES_IN: Record<string, Record<string, string[]>> = {
  es: { SY: ["Siria"], IQ: ["Irak"], KR: ["Corea del Sur"], KP: ["Corea del Norte"], LA: ["Laos"] },
  fr: { TZ: ["Tanzanie"] },
  pt: { IR: ["Irã"], VN: ["Vietnã"] },
  // The list names China by an acronym with its expansion in brackets (`КНР (Китайская Народная Республика)`), as it
  // does North Korea, which no text writes.
  ru: { CN: ["Китай", "КНР"], KR: ["Южная Корея"], KP: ["Северная Корея", "КНДР"] },
  // Persian news calls the United States `آمریکا` (America), the list `ایالات متحده`.
  fa: { US: ["آمریکا", "امریکا"] },
  // Kurmanji news writes `Sûriye` (Syria) besides the list's `Sûrî`, and `Amerîka` for the United States.
  ku: { SY: ["Sûriye"], US: ["Amerîka"] },
  // Hebrew news writes the United States' initials with a straight quote for the gershayim (`ארה"ב`), and the United
  // Kingdom `בריטניה` (Britain), the list `הממלכה המאוחדת`.
  he: { US: ['ארה"ב'], GB: ["בריטניה"] },
  // Urdu news writes `امریکہ` (America) and `ایران`, the list the formal names; Pakistani papers write India `بھارت`.
  ur: { US: ["امریکہ"], IR: ["ایران"], IN: ["بھارت"] },
};

/**
 * Countries' names in a language's list that its news writes more often as a common word, left out: Hebrew's `הודו`
 * (India) is also "they admitted"; Urdu's `شام` (Syria) is also "evening" (`اتوار کی شام`, on Sunday evening), and
 * `مصر` (Egypt) "insistent" (`اپنے مطالبے پر مصر`, insisting on their demand).
 */
const COMMON_WORDS_IN: Record<string, readonly string[]> = { he: ["הודו"], ur: ["شام", "مصر"] };

/**
 * The languages whose lists are read: those whose dates ingest reads, Turkish, whose dates it reads without chrono
 * (dates.ts), and Persian, Polish, Kurmanji, Hebrew and Urdu, whose dates chrono does not read but whose news names
 * countries as every other's does (Polish and Kurmanji in every case: polish-names.ts, kurmanji-names.ts).
 */
const LANGUAGES_READ: readonly string[] = [...OTHER_LANGUAGES_READ, "tr", "fa", "pl", "ku", "he", "ur"];
const namesByLanguage = new Map<string, ReadonlyMap<string, string>>();
const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * The names of the world's countries in `language` (i18n-iso-countries' list for it), in small letters, each to the
 * English name the archive lists the country under: `irak` to `Iraq`, `العراق` to `Iraq`. A catalogue form is read
 * as prose writes it (`Syrien, Arabische Republik` as `Syrien`), and a formal name by its plain part too
 * (`États-Unis d'Amérique` as `États-Unis`, `Stati Uniti d'America` as `Stati Uniti`) when that is more than one word.
 * Names the language's news writes besides come first (NAMES_NEWS_WRITES_IN); those it writes more often as a
 * common word are left out (COMMON_WORDS_IN); a French name is read with its capital bare too (ACCENTLESS_CAPITALS).
 * A name two countries share is neither's. Empty for English, whose names COUNTRY_NAMES holds, and for a language not
 * read (LANGUAGES_READ).
 */
export function countryNamesIn(language: string): ReadonlyMap<string, string> {
  if (!LANGUAGES_READ.includes(language)) return NO_NAMES;
  const cached = namesByLanguage.get(language);
  if (cached) return cached;
  const written = NAMES_NEWS_WRITES_IN[language] ?? {};
  const commonWords = COMMON_WORDS_IN[language] ?? [];
  const names = eachToOneCountry(
    Object.entries(countryListIn(language)).flatMap(([code, inList]) => {
      const listed = LISTED_BY_CODE.get(code);
      if (!listed) return [];
      const inProse = [inList].flat().flatMap(asProseWritesIt).filter((name) => !commonWords.includes(name));
      const local = [...(written[code] ?? []), ...inProse].flatMap((name) =>
        ACCENTLESS_CAPITALS.has(language) ? withCapitalUnaccented(name) : [name],
      );
      return local.map((name) => [withPersianLetters(name.toLowerCase(), language), listed] as const);
    }),
  );
  namesByLanguage.set(language, names);
  return names;
}

/**
 * French often sets a capital without its accent (`Emirats arabes unis`, `Etats-Unis`, `Egypte`): a name that opens
 * on an accented capital is read without that accent too.
 */
const ACCENTLESS_CAPITALS: ReadonlySet<string> = new Set(["fr"]);

/** A name, and the name without its first letter's accent where it has one: `Émirats arabes unis`, `Emirats arabes unis`. */
function withCapitalUnaccented(name: string): string[] {
  const first = withoutAccents(name[0]!);
  return first === name[0] ? [name] : [name, first + name.slice(1)];
}

/**
 * The names countryNamesIn lists for a language that declines a country's name (Polish, Russian), and a one-word
 * name's oblique cases as `declined` writes them, in small letters, each to the English name the archive lists the
 * country under. A form two countries' names share is neither's.
 */
export function countryFormsIn(language: string, declined: (name: string) => string[]): ReadonlyMap<string, string> {
  return eachToOneCountry(
    [...countryNamesIn(language)].flatMap(([name, listed]) =>
      (name.includes(" ") ? [name] : declined(name)).map((form) => [form, listed] as const),
    ),
  );
}

/** Each name to the country it names, in the order first written; a name two countries share is neither's. */
function eachToOneCountry(named: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const listedAs = new Map<string, string | null>();
  for (const [name, listed] of named) listedAs.set(name, listedAs.has(name) && listedAs.get(name) !== listed ? null : listed);
  return new Map([...listedAs].flatMap(([name, listed]) => (listed ? [[name, listed] as const] : [])));
}

/**
 * The country a name names in English or in one of the languages read (`Syria`, Italian's `Siria`, French's `Syrie`),
 * as the archive lists it; undefined for a name no country's.
 */
export function countryNamed(name: string): string | undefined {
  return COUNTRY_NAMES.get(name) ?? LANGUAGES_READ.map((language) => countryNamesIn(language).get(name.toLowerCase())).find((listed) => listed !== undefined);
}

/**
 * Persian text in Persian's letters where it was typed with Arabic's (`ي`, `ك`, `ى` for `ی`, `ک`), as keyboards and
 * older sites write it, so that both spellings of a name compare alike; each letter for one, so lengths stay. Other
 * languages' text as it is: Arabic writes those letters as its own.
 */
export function withPersianLetters(text: string, language: string): string {
  return language === "fa" ? text.replace(/[يى]/gu, "ی").replace(/ك/gu, "ک") : text;
}

/** i18n-iso-countries' names of the world's countries in `language`, by ISO code, as the library lists them. */
export function countryListIn(language: string): CountryList["countries"] {
  return (createRequire(import.meta.url)(`i18n-iso-countries/langs/${language}.json`) as CountryList).countries;
}

/** A country's name as prose writes it: without a catalogue form's tail, and a formal name's plain part besides. */
function asProseWritesIt(name: string): string[] {
  const head = name.split(", ")[0]!;
  const plain = /^(.+?) (?:d['’]|de |da |del |von |van |of )\p{Lu}[\p{L}-]*$/u.exec(head)?.[1];
  return plain && /[\s-]/u.test(plain) ? [head, plain] : [head];
}
