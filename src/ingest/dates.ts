import * as chrono from "chrono-node";
import { OTHER_LANGUAGES_READ } from "./language.ts";
import { DATE_LINE_LABELS, eitherCaseFirst } from "./patterns.ts";
import { wordCount } from "./segment.ts";

export interface PublicationDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text */
  date: string;
  /** `HH:MM` when the line gives a time of day */
  time?: string;
  /** `+03:00`, when the line gives the time's offset from UTC (utcOffsetOf) */
  utcOffset?: string;
  /**
   * The date read day first, when the line writes it in numbers between slashes that read either way (`02/12/2026`):
   * `date` reads it month first, as the United States writes it. The article's language tells which it means
   * (inWritersOrder), and is known only once its text is read, after its date lines.
   */
  dayFirst?: string;
}

/**
 * chrono fills the parts a text leaves out from a reference day; we only accept what the text states, so the
 * reference never shows through. A fixed one keeps ingest independent of the day it runs.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MOST_OTHER_WORDS = 3;
/**
 * A date line's words: the date's own (`Tuesday, 14 March 2023, 10:30 GMT`) and at most MOST_OTHER_WORDS beside it. A
 * longer line (a lead, a paragraph) is not parsed at all: most lines the header reads are, and parsing costs.
 */
const MOST_DATE_LINE_WORDS = 14;
/**
 * chrono's parsers of eight languages besides English that news archives often hold (chrono knows a few more, whose
 * dates are not read): tried in turn on a line with a year in it that English does not date (`Publié le 14 mars 2023`,
 * `14 de marzo de 2023`, `الثلاثاء 14 مارس 2023`). Only then: most lines are not dates.
 */
const OTHER_LANGUAGES = OTHER_LANGUAGES_READ.map((language) => chrono[language]);
const YEAR = /(?<!\d)(?:1[89]|2\d)\d\d(?!\d)/;
/**
 * A Chinese character: a line that writes them dates its day in them (`2026年12月3日 15時20分`, Japanese's too), which
 * chrono's Chinese parser reads, and no other language's.
 */
const HAN_CHARACTER = /\p{Script=Han}/u;

/** The words a page labels an update's time with, in the languages whose dates ingest reads. */
export const UPDATE_WORDS =
  "last updated|updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|обновлено|آخر تحديث";
const BEFORE_UPDATE = new RegExp(`^(.*?\\S)\\s+(?:${UPDATE_WORDS})(?!\\p{L})`, "iu");

/** How long ago the page was copied, in the languages whose dates ingest reads: `3 hours ago`, `Há 3 horas`. */
const HOW_LONG_AGO = String.raw`(?:(?:há|hace|il y a|vor|منذ)\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+(?:ago|fa|geleden|назад|önce|temu))`;
const PUBLISHED_LABEL = String.raw`(?:published|posted|${UPDATE_WORDS}|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|опубликовано)`;

/**
 * `Vandaag, 14:12`, `Today at 2:12 PM`, `Heute, 14:12 Uhr`, `Сегодня, 14:12`, `wczoraj o 18:05`: a date line that
 * names the day by the day the page was shown, in the languages whose dates ingest reads; or how long before, after
 * its label (`Published 2 hours ago`, as the Financial Times prints it) or without one (Notícias ao Minuto's `Há 3
 * horas`). It is the page's date line, though no date can be read from it: the day the page was copied is not known.
 */
export const RELATIVE_DATE_LINE = new RegExp(
  String.raw`^(?:${PUBLISHED_LABEL}\s*:?\s*)?` +
    String.raw`(?:today|yesterday|aujourd['’]hui|hier|heute|gestern|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|сегодня|вчера|bugün|dün|dziś|dzisiaj|wczoraj|اليوم|أمس|امروز|دیروز)` +
    String.raw`,?\s*(?:(?:at|à|um|a las|alle|às|om|в|saat|o|الساعة)\s+)?\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?|\s?uhr)?(?:\s+[A-Z]{2,4})?$` +
    String.raw`|^(?:${PUBLISHED_LABEL}\s*:?\s*)?${HOW_LONG_AGO}$`,
  "iu",
);

/**
 * `DUBAI, United Arab Emirates — Oct. 21, 2024`: a wire dateline's place in capitals, its country after a comma, and
 * a dash before the date, on the date's line. Group 1 is the place, group 2 the country or region.
 */
export const PLACE_DASH_DATE = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})(?:, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))? [—–] (?=[^—–]*\d)/u;

/**
 * Reads a line that states when the article was published: `JUNE 2020`, `2019/08/24 | 00:25`,
 * `date 2019-08-24 …`. A line that mostly says something else (a headline that mentions a date) is not one, and a
 * date without a year ("on Thursday", "March 25") is never completed from today or any other day.
 */
export function readDateLine(printed: string): PublicationDate | undefined {
  const line = unglued(withWesternDigits(printed)).replace(HIJRI_DATE, " ");
  // `Updated June 30, 2023 at 6:00 a.m. EDT|Published June 30, 2023 at 5:00 a.m. EDT`: the publication's part.
  const publishedPart = /\b(?:updated|modified)\b/i.test(line) && /(?:^|[|·•])\s*((?:published|posted)\b[^|·•]*)/i.exec(line)?.[1];
  if (publishedPart && publishedPart !== line) {
    const published = readDateLine(publishedPart);
    if (published) return published;
  }
  // `Oct. 13, 2022 Updated 4:50 p.m. ET`: the time after "Updated" is not the publication's (nor after `mis à jour`,
  // `aktualisiert`, `actualizado`, `آخر تحديث`).
  const beforeUpdate = BEFORE_UPDATE.exec(line)?.[1];
  if (beforeUpdate !== undefined) {
    const published = readDateLine(beforeUpdate);
    if (published) return published;
  }
  const placeBefore = PLACE_DASH_DATE.exec(line)?.[0];
  if (placeBefore) return readDateLine(line.slice(placeBefore.length));
  const solar = solarHijriDate(line.trim());
  if (solar) return solar;
  const bareYear = /^(1[89]\d\d|2\d\d\d)$/.exec(line.trim());
  if (bareYear) return { date: bareYear[1]! };
  if (wordCount(line) > MOST_DATE_LINE_WORDS) return undefined;

  const parsed = parseDated(line);
  if (!parsed) return undefined;
  const { results, dated } = parsed;

  let residue = parsed.text;
  for (const result of results) residue = residue.replace(result.text, " ");
  const otherWords = residue.replace(RELATIVE_TIME, " ").replace(PRINT_ISSUE, " ").replace(DATE_LINE_LABELS, " ");
  if (wordCount(otherWords) > MOST_OTHER_WORDS) return undefined;

  const start = dated.start;
  const year = String(start.get("year")).padStart(4, "0");
  const month = String(start.get("month")).padStart(2, "0");
  const date = start.isCertain("day") ? `${year}-${month}-${String(start.get("day")).padStart(2, "0")}` : `${year}-${month}`;
  const timed = results.find((result) => result.start.isCertain("hour") && result.start.isCertain("minute"));
  // A time is a day's: `June 2020, 10:30` gives the month alone.
  const either = date.length === 10 ? byWeekday(date, dayFirstReading(dated), dated) : { date };
  if (!timed || date.length < 10) return either;
  const time = `${String(timed.start.get("hour")).padStart(2, "0")}:${String(timed.start.get("minute")).padStart(2, "0")}`;
  const utcOffset = utcOffsetOf(timed);
  return { ...either, time, ...(utcOffset !== undefined && { utcOffset }) };
}

/**
 * The date of a line that reads either way, settled by the weekday it names where that falls on one reading only:
 * `Sunday 06/12/2026` (The Arab Weekly) is 6 December, a Sunday, not 12 June, a Friday. Else both readings, for the
 * article's language or its page to settle (inWritersOrder).
 */
function byWeekday(monthFirst: string, dayFirst: string | undefined, dated: chrono.ParsedResult): Pick<PublicationDate, "date" | "dayFirst"> {
  if (dayFirst === undefined) return { date: monthFirst };
  if (!dated.start.isCertain("weekday")) return { date: monthFirst, dayFirst };
  const weekday = dated.start.get("weekday");
  const fallsOn = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === weekday;
  if (fallsOn(monthFirst) === fallsOn(dayFirst)) return { date: monthFirst, dayFirst };
  return { date: fallsOn(dayFirst) ? dayFirst : monthFirst };
}

/**
 * `2026-12-02` for `02/12/2026`, which chrono's English read month first: the other reading of a date in numbers
 * between slashes whose first two numbers may each be the month. None where only one order makes a date (`14/03/23`),
 * or both give the same day (`05/05/2026`).
 */
function dayFirstReading(dated: chrono.ParsedResult): string | undefined {
  const [, first, second] = SLASHED_DATE.exec(dated.text) ?? [];
  if (first === undefined || second === undefined || first === second || Number(first) > 12 || Number(second) > 12) return undefined;
  const day = dated.start.get("day")!;
  const month = dated.start.get("month")!;
  if (Number(first) !== month || Number(second) !== day) return undefined;
  return `${String(dated.start.get("year")).padStart(4, "0")}-${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}`;
}

const SLASHED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/;

/**
 * The date as the article's writers mean it. A date in numbers between slashes in the order the page's other such
 * dates show, where one does (`Updated: 15/11/2024` below `Posted: 07/11/2024`: slashedDateOrder); else month first in
 * English, as the United States writes it (`12/02/2026`, 2 December), unless the date line's time is east of Greenwich
 * (`07/12/2026 - 13:41 GMT+1`), and day first in any other language, as the rest of the world does (`Publié le
 * 02/12/2026`). An article too short to tell its language by is read as one in English.
 */
export function inWritersOrder(published: PublicationDate, language: string, pageOrder: DateOrder | undefined): PublicationDate {
  const { dayFirst, ...read } = published;
  // A clock east of Greenwich, or on it (`13:41 GMT+1`), is not the United States': its writers put the day first.
  const eastOfGreenwich = read.utcOffset !== undefined && !read.utcOffset.startsWith("-");
  const order = pageOrder ?? (eastOfGreenwich || (language !== "en" && language !== "und") ? "day first" : "month first");
  return dayFirst !== undefined && order === "day first" ? { ...read, date: dayFirst } : read;
}

type DateOrder = "day first" | "month first";

/**
 * The order a page's dates in numbers between slashes put the day and month in, where one shows it by a number over
 * 12 (`15/11/2024`, `11/15/2024`) or by the weekday named before it (`on Monday, 7/12/2026` in the text, 7 December,
 * a Monday, where 12 July is a Sunday); none where none does, or where they disagree.
 */
export function slashedDateOrder(page: string): DateOrder | undefined {
  const orders = new Set<DateOrder>();
  for (const [, first, second] of page.matchAll(SLASHED_DATES)) {
    if (Number(first) > 12 && Number(first) <= 31 && Number(second) <= 12) orders.add("day first");
    if (Number(second) > 12 && Number(second) <= 31 && Number(first) <= 12) orders.add("month first");
  }
  // Most pages name no weekday in English before such a date: the cheap test first.
  const weekdaysOrders = /day,? \d/.test(page) ? [...page.matchAll(WEEKDAY_SLASHED_DATES)].map(orderOfWeekday) : [];
  for (const order of weekdaysOrders) if (order) orders.add(order);
  return orders.size === 1 ? [...orders][0] : undefined;
}

const SLASHED_DATES = new RegExp(SLASHED_DATE.source, "g");
const ENGLISH_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
/** `Monday, 7/12/2026`: an English weekday's name, then a date in numbers between slashes; groups 2 to 4 its numbers. */
const WEEKDAY_SLASHED_DATES = new RegExp(
  String.raw`\b(${ENGLISH_WEEKDAYS.join("|")}),? (\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])`,
  "g",
);

/** The order a slashed date after a weekday's name is in, where the weekday falls on one reading of it only. */
function orderOfWeekday([, weekday, first, second, year]: RegExpMatchArray): DateOrder | undefined {
  const weekdayOn = (month: number, day: number) => {
    const date = new Date(Date.UTC(Number(year), month - 1, day));
    return date.getUTCMonth() === month - 1 ? ENGLISH_WEEKDAYS[(date.getUTCDay() + 6) % 7] : undefined;
  };
  const monthFirst = weekdayOn(Number(first), Number(second)) === weekday;
  const dayFirst = weekdayOn(Number(second), Number(first)) === weekday;
  return monthFirst === dayFirst ? undefined : dayFirst ? "day first" : "month first";
}

/**
 * How long ago the page was copied, which a page prints beside the date (`01/12/2026 16:48 ‧ Há 3 horas`, `3 hours
 * ago`), in the languages whose dates ingest reads: words of the date line, not of a sentence.
 */
const RELATIVE_TIME = new RegExp(String.raw`(?<!\p{L})${HOW_LONG_AGO}(?!\p{L})`, "giu");

/**
 * The issue and page of the printed paper an article ran in, which its page may print with the date: `Газета
 * «Коммерсантъ» №223 от 04.12.2026, стр. 6`, `No. 72,345, p. 6`.
 */
const PRINT_ISSUE = /(?:№|(?<!\p{L})(?:No|Nr|N°)\.)\s?\d[\d,]*|(?<!\p{L})(?:стр|pp?|S|pag|pág)\.\s?\d+|(?<!\p{L})(?:page|Seite|página|pagina)\s\d+/giu;

/**
 * The offset from UTC of a time chrono read, when the text writes it as one (`4:44 PM GMT+3`, `10:32 UTC`,
 * `2022-10-13T16:44:00+03:00`), as `+03:00`. An abbreviation is not taken (`ET`, `AST`): several zones share some,
 * and chrono reads `AST` as Atlantic time, where an Iraqi source means Arabia's.
 */
function utcOffsetOf(timed: chrono.ParsedResult): string | undefined {
  if (!WRITTEN_OFFSET.test(timed.text) || !timed.start.isCertain("timezoneOffset")) return undefined;
  const minutes = timed.start.get("timezoneOffset")!;
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${hours}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

const WRITTEN_OFFSET = /\b(?:GMT|UTC)\b|\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/;

/**
 * A copy of a page runs a date line's parts together where the page set them apart: `October 13, 20224:44 PM
 * GMT+3Updated 2 years ago` (Reuters), `Oct. 13, 2022Updated 4:50 p.m. ET` (The New York Times). A year of four
 * digits followed by a time or a capital letter, or a capital letter after a digit, was two words.
 */
function unglued(line: string): string {
  return line
    .replace(/\b((?:1[89]|2\d)\d\d)(?=\d{1,2}:\d\d|\p{Lu})/gu, "$1 ")
    .replace(/(\d)(?=\p{Lu}\p{Ll})/gu, "$1 ")
    .replace(TIME_DASH_DAY, "$1 ");
}

/** `22:15-29 نوفمبر 2026` (Asharq Al-Awsat): the time, a dash, then the day it was on; not a span of times (`22:15-23:30`). */
const TIME_DASH_DAY = /(?<!\d)(\d{1,2}:\d\d)-(?=\d{1,2}(?![\d:]))/g;

/**
 * `ـ 08 جمادي الآخر 1448 هـ`: the day in the Hijri calendar, which Arabic pages print beside the Gregorian date (`29
 * نوفمبر 2026 م`), after it or before; their English pages spell its month in Latin letters, the year marked `H` or `AH`
 * (`4 December 2026 M ـ 13 Jumada al-Akhirah 1448 H`). chrono reads no Hijri month, and its words would outnumber a
 * date line's.
 */
const HIJRI_DATE =
  /[\s\u0640–—-]*(?<!\d)\d{1,2}\s+(?:(?:\p{Script=Arabic}+\s+){1,2}1[34]\d\d\s*هـ|(?:[\p{Script=Latin}'’-]+\s+){1,3}1[34]\d\d\s*A?\.?H\.?(?!\p{L}))[\s\u0640–—-]*/u;

/**
 * What chrono reads in `line`, in English or another language, when it finds a date with a year and a month. Only a
 * line with a year is tried in the other languages: most lines are not dates.
 */
function parseDated(line: string): Dated | undefined {
  const english = DAY_FIRST_DATE.test(line) ? chrono.en.GB : chrono;
  if (!YEAR.test(line)) return datedBy(english, line);
  for (const parser of HAN_CHARACTER.test(line) ? [english, chrono.zh] : [english, ...OTHER_LANGUAGES]) {
    const found = datedBy(parser, line);
    if (found) return found;
  }
  // Turkish, Azerbaijani, Kurmanji, Polish, Sorani, Urdu and Hebrew, which chrono does not know: their months' and
  // weekdays' names read as English ones (`13 Ekim 2022`, `08 sentyabr 2026`, `2 Kanûn 2026`, `5 grudnia 2026`, `7ی
  // کانوونی یەکەمی 2026`, `1 دسمبر 2026`, `3 בדצמבר 2026`), the day first.
  for (const inEnglish of IN_ENGLISH_WORDS) {
    const english = inEnglish(line);
    const found = english === line ? undefined : datedBy(chrono.en.GB, english);
    if (found) return found;
  }
  return undefined;
}

/** What chrono read, the result with the year and month, and the text it read (the line, or its English words). */
interface Dated {
  results: chrono.ParsedResult[];
  dated: chrono.ParsedResult;
  text: string;
}

function datedBy(parser: Pick<typeof chrono, "parse">, text: string): Dated | undefined {
  const results = parser.parse(text, REFERENCE);
  const dated = results.find((result) => result.start.isCertain("year") && result.start.isCertain("month") && statesYear(result));
  return dated && { results, dated, text };
}

/**
 * A language chrono does not know, by its months' names (each month's, some months by more than one) and its
 * weekdays' (Monday's first), in small letters: its dates read as English ones, the day first.
 */
interface DateWords {
  locale: string;
  months: string[][];
  weekdays: string[];
  /** the ending a date writes onto its day's number, which chrono does not read (Sorani's ordinal `ی`: `٧ی`) */
  dayEnding?: string;
}

const TURKISH: DateWords = {
  locale: "tr",
  months: "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split(" ").map((name) => [name]),
  weekdays: "pazartesi salı çarşamba perşembe cuma cumartesi pazar".split(" "),
};

/**
 * Azerbaijani, as Report.az and APA date their stories (`08 sentyabr 2026 11:27`): the months by their Russian-born
 * names, the weekdays by Azerbaijani's own (`bazar ertəsi`, Monday, the day after `bazar`, Sunday).
 */
const AZERBAIJANI: DateWords = {
  locale: "az",
  months: "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(" ").map((name) => [name]),
  weekdays: ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
};

/**
 * Kurmanji, as Turkey's and Syria's Kurds write it in Latin letters (ANF's `Sêşem, 2 Kanûn 2026, 14:35`): the months
 * by the names most used (`Rêbendan` … `Berfanbar`), by the spelling rules' (`Kanûna Paşîn`, `Çirîya Pêşîn`,
 * `Kanûna Pêşîn`) and by the short ones news sites print (`Çile`, `Kanûn`).
 */
const KURMANJI: DateWords = {
  locale: "ku",
  months: [
    ["kanûna paşîn", "rêbendan", "çile"],
    ["sibat"],
    ["adar"],
    ["nîsan"],
    ["gulan"],
    ["hezîran"],
    ["tîrmeh"],
    ["tebax"],
    ["îlon"],
    ["cotmeh", "çirîya pêşîn"],
    ["mijdar", "çirîya paşîn"],
    ["kanûna pêşîn", "kanûn", "berfanbar"],
  ],
  weekdays: "duşem sêşem çarşem pêncşem în şemî yekşem".split(" "),
};

/**
 * Polish, whose dates chrono does not read: a date writes its month in the genitive (`5 grudnia 2026`), a month alone
 * in the nominative (`grudzień 2026`).
 */
const POLISH: DateWords = {
  locale: "pl",
  months: [
    ["stycznia", "styczeń"],
    ["lutego", "luty"],
    ["marca", "marzec"],
    ["kwietnia", "kwiecień"],
    ["maja", "maj"],
    ["czerwca", "czerwiec"],
    ["lipca", "lipiec"],
    ["sierpnia", "sierpień"],
    ["września", "wrzesień"],
    ["października", "październik"],
    ["listopada", "listopad"],
    ["grudnia", "grudzień"],
  ],
  weekdays: "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(" "),
};

/**
 * Sorani Kurdish, as Iraq's Kurds write it in Arabic letters (VOA's and Rudaw's `٧ی کانوونی یەکەمی ٢٠٢٦`): the months by
 * the Syriac names Iraq dates by (`کانوونی دووەم` … `کانوونی یەکەم`, `شوبات` written `شباط` too). The day takes the
 * ordinal's `ی` (`٧ی`, the 7th) and the month the ezafe before its year (`کانوونی یەکەمی`), which are no part of either.
 */
const SORANI: DateWords = {
  locale: "ckb",
  months: [
    ["کانوونی دووەم"],
    ["شوبات", "شباط"],
    ["ئازار"],
    ["نیسان"],
    ["ئایار"],
    ["حوزەیران"],
    ["تەممووز", "تەمموز"],
    ["ئاب"],
    ["ئەیلوول", "ئەیلول"],
    ["تشرینی یەکەم"],
    ["تشرینی دووەم"],
    ["کانوونی یەکەم"],
  ].map((names) => names.flatMap((name) => [name, `${name}ی`])),
  weekdays: "دووشەممە سێشەممە چوارشەممە پێنجشەممە هەینی شەممە یەکشەممە".split(" "),
  dayEnding: "ی",
};

/**
 * Urdu, as Pakistan's and India's papers write it (BBC Urdu's `1 دسمبر 2026`): the months by their English names in
 * Urdu letters, some spelt two ways (`مئی`, `مئ`; `جولائی`, `جولائ`), the weekdays by Urdu's own.
 */
const URDU: DateWords = {
  locale: "ur",
  months: [["جنوری"], ["فروری"], ["مارچ"], ["اپریل"], ["مئی", "مئ"], ["جون"], ["جولائی", "جولائ"], ["اگست"], ["ستمبر"], ["اکتوبر"], ["نومبر"], ["دسمبر"]],
  weekdays: "پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار".split(" "),
};

/**
 * Hebrew (`3 בדצמבר 2026`): the months by their English names in Hebrew letters, after a day with the preposition `ב`
 * (in) written onto them, or alone (`דצמבר 2026`); the weekdays by their names (`יום חמישי`, Thursday) or alone.
 */
const HEBREW: DateWords = {
  locale: "he",
  months: ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"].map((name) => [name, `ב${name}`]),
  weekdays: ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"].map((name) => `יום ${name}`),
};

const ENGLISH_MONTHS = "January February March April May June July August September October November December".split(" ");

/** A line with the months' and weekdays' names of `words`' language, in small letters or with their capitals, in English. */
function inEnglishWords(words: DateWords): (line: string) => string {
  const english = new Map([
    ...words.months.flatMap((names, i) => names.map((name) => [name, ENGLISH_MONTHS[i]!] as const)),
    ...words.weekdays.map((name, i) => [name, ENGLISH_WEEKDAYS[i]!] as const),
  ]);
  // The longer names first: `Kanûna Pêşîn` before `Kanûn`. In capitals, Turkish `İ` folds to no `i`.
  const names = [...english.keys()].sort((a, b) => b.length - a.length);
  const eitherCase = (name: string) => name.split(" ").map((word) => eitherCaseFirst(word, words.locale)).join(" ");
  const word = new RegExp(`(?<!\\p{L})(?:${names.map(eitherCase).join("|")})(?!\\p{L})`, "gu");
  const dayEnding = words.dayEnding && new RegExp(`(?<=\\d)${words.dayEnding}(?!\\p{L})`, "gu");
  return (line) => {
    const named = line.replace(word, (name) => english.get(name.toLocaleLowerCase(words.locale))!);
    return dayEnding && named !== line ? named.replace(dayEnding, "") : named;
  };
}

/** The languages chrono does not know whose date lines ingest reads, each as a line in English words. */
const IN_ENGLISH_WORDS = [TURKISH, AZERBAIJANI, KURMANJI, POLISH, SORANI, URDU, HEBREW].map(inEnglishWords);

/**
 * Whether `word` is a weekday's name in Turkish, Kurmanji or Polish (`Sêşem`, `Wtorek`), which compromise's lexicon
 * does not know.
 */
export function isOtherWeekdayName(word: string): boolean {
  return [TURKISH, KURMANJI, POLISH].some(({ locale, weekdays }) => weekdays.includes(word.toLocaleLowerCase(locale)));
}

/** Whether `word` is a month's name in Turkish or Kurmanji (`Kasım`, `Kanûn`), which news capitalises. */
export function isOtherMonthName(word: string): boolean {
  return [TURKISH, KURMANJI].some(({ locale, months }) => months.flat().includes(word.toLocaleLowerCase(locale)));
}

/**
 * `07.11.2024`, `10-03-2026`: a date in numbers between full stops or hyphens puts the day first wherever it is
 * written so (Europe, Russia, Turkey, the Middle East, Rudaw's English pages); chrono's English reads one month first,
 * as the United States writes one between slashes.
 */
const DAY_FIRST_DATE = /(?<![\d.-])\d{1,2}([.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d.-]\d)/;

/** A date in numbers with a year of two digits: `14/03/23`, `14.03.23`. */
const SHORT_YEAR_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;

/**
 * Whether the text chrono read states the year: in four digits, or as the two of a date in numbers. chrono counts
 * what it works out from the reference day as certain too: "2 hours ago" was 1999-12-31, 22:00.
 */
function statesYear(result: chrono.ParsedResult): boolean {
  return result.text.includes(String(result.start.get("year"))) || SHORT_YEAR_DATE.test(result.text);
}

/** Which of two dates says more: a day beats a month beats a year, a time beats none, and an offset none. */
export function morePrecise(a: PublicationDate | undefined, b: PublicationDate): PublicationDate {
  if (!a) return b;
  const score = (d: PublicationDate) => d.date.length + (d.time ? 1 : 0) + (d.utcOffset ? 0.5 : 0);
  return score(b) > score(a) ? b : a;
}

/**
 * `٧ ديسمبر ٢٠٢٦`, `۱۴ آذر ۱۴۰۵`: Arabic, Persian and Kurdish pages write their dates in Arabic-Indic (U+0660…) or
 * Persian (U+06F0…) digits as often as in Western ones, which chrono reads alone. Only a line with such a digit is
 * rewritten; their code's last hexadecimal digit is their value.
 */
function withWesternDigits(line: string): string {
  return EASTERN_DIGIT.test(line) ? line.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf)) : line;
}

const EASTERN_DIGIT = /[۰-۹٠-٩]/;
const EASTERN_DIGITS = /[۰-۹٠-٩]/g;

/**
 * `۱۴ آذر ۱۴۰۵`: a day in the Solar Hijri calendar, which Iran's and Afghanistan's pages date by (BBC Persian's), its
 * digits Persian or Western, as the Gregorian day it is (5 December 2026). chrono reads no such month.
 */
function solarHijriDate(line: string): PublicationDate | undefined {
  const [, day, month, year] = SOLAR_HIJRI_DATE.exec(line) ?? [];
  if (day === undefined || Number(day) < 1 || Number(day) > 31) return undefined;
  const [gy, gm, gd] = gregorianOfSolarHijri(Number(year), SOLAR_HIJRI_MONTHS.indexOf(month!) + 1, Number(day));
  return { date: `${gy}-${String(gm).padStart(2, "0")}-${String(gd).padStart(2, "0")}` };
}

const SOLAR_HIJRI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const SOLAR_HIJRI_DATE = new RegExp(`^(\\d{1,2}) (${SOLAR_HIJRI_MONTHS.join("|")}) (1[34]\\d\\d)$`, "u");

/** The Gregorian year, month and day of a Solar Hijri one: its day count from a fixed day, then the Gregorian cycles. */
function gregorianOfSolarHijri(year: number, month: number, day: number): [number, number, number] {
  const jy = year + 1595;
  let days = -355668 + 365 * jy + Math.floor(jy / 33) * 8 + Math.floor(((jy % 33) + 3) / 4) + day + (month < 7 ? (month - 1) * 31 : (month - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > monthDays[gm]!) gd -= monthDays[gm++]!;
  return [gy, gm + 1, gd];
}
