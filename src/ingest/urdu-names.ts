import { PLACE_WORDS } from "./arabic-names.ts";
import { countryNamesIn } from "./countries.ts";

/**
 * People named in an article in Urdu, which, like Arabic (arabic-names.ts), writes no capitals: a name is told by the
 * role before it, `پاکستان کے وزیر اعظم شہباز شریف نے` (Pakistan's prime minister Shehbaz Sharif), `ترجمان ممتاز
 * زہرہ بلوچ نے` (the spokeswoman Mumtaz Zahra Baloch). A minister's role names the portfolio in the word after it
 * (`وزیر اعظم`, `وزیر خارجہ`), and may name the country or province after that (`وزیر اعظم پاکستان`, `وزیر اعلیٰ
 * پنجاب`). Urdu writes its case endings as words of their own after the noun phrase (`نے`, `سے`, `کے`), so the name
 * is the two or three words the role and a postposition or a mark close, none a body's noun: `وزیر اعظم ہاؤس سے` (from
 * the Prime Minister's House), `ترجمان دفتر خارجہ نے` (the Foreign Office's spokesperson) and `وزیر اعظم نے` name no
 * one. The names are listed as the article writes them, in Arabic letters.
 */
export function urduPeople(text: string): string[] {
  const countries = countryNamesIn("ur");
  const isPlace = (word: string) => countries.has(word) || URDU_PLACES.includes(word);
  const names: string[] = [];
  for (const line of text.split("\n")) {
    const words = line.split(/\s+|(?=[،,.:؛;!?؟۔"«»()])|(?<=[،,.:؛;!?؟۔"«»()])/u).filter((word) => word !== "");
    words.forEach((word, i) => {
      if (!ROLE_HEADS.has(word)) return;
      let at = i + (word === "وزیر" ? 2 : 1);
      if (isPlace(words[at] ?? "")) at++;
      const end = words.slice(at, at + MOST_NAME_PARTS + 1).findIndex((each) => isMark(each) || POSTPOSITIONS.has(each));
      const name = words.slice(at, at + end);
      const named = name.length >= FEWEST_NAME_PARTS && !name.some((each) => ROLE_HEADS.has(each) || BODY_NOUNS.has(each) || isPlace(each));
      if (named) names.push(name.join(" "));
    });
  }
  return names;
}

const FEWEST_NAME_PARTS = 2;
const MOST_NAME_PARTS = 3;
const isMark = (word: string) => /^[،,.:؛;!?؟۔"«»()]$/u.test(word);

/**
 * Roles before a name: minister (and the portfolio after it), president, spokesperson, ambassador, governor, chairman,
 * speaker, adviser.
 */
const ROLE_HEADS = new Set(["وزیر", "صدر", "ترجمان", "سفیر", "گورنر", "چیئرمین", "سپیکر", "مشیر"]);

/** Nouns of bodies and buildings: office, ministry, government, house, department, party, army. */
const BODY_NOUNS = new Set(["دفتر", "وزارت", "حکومت", "ہاؤس", "محکمہ", "پارٹی", "جماعت", "فوج", "ادارے", "ادارہ"]);

/**
 * The postpositions a name is followed by, `نے` (the agent's), `سے` (from, with), `کے`, `کی`, `کا` (of), `کو` (to),
 * `میں` (in), `پر` (on), and the words that follow one as they follow a noun: `اور` (and), `بھی` (also).
 */
const POSTPOSITIONS = new Set(["نے", "سے", "کے", "کی", "کا", "کو", "میں", "پر", "اور", "بھی"]);

/**
 * Places an article in Urdu names: the places the Arabic reader knows by name (arabic-names.ts: Baghdad, Erbil,
 * Karbala, Kirkuk…), as Urdu writes them (urduSpelling), and Pakistan's provinces and capital (URDU_PLACES), wherever
 * the text writes them: Urdu writes its postpositions as words of their own (`بغداد میں`, in Baghdad), so a place is a
 * whole word. Listed as the article writes them.
 */
export function urduPlaces(text: string): string[] {
  return [...text.matchAll(KNOWN_PLACE)].map(([, place]) => place!);
}

/**
 * An Arabic name as Urdu writes it, in its own letters: `ی` for `ي` and `ى`, `ک` for `ك`, `ہ` for `ه` and `ة`, an alef
 * without its hamza, and no hamza after a final alef (`كربلاء`, `کربلا`).
 */
function urduSpelling(arabic: string): string {
  return arabic
    .replace(/[يى]/gu, "ی")
    .replace(/ك/gu, "ک")
    .replace(/[هة]/gu, "ہ")
    .replace(/[أإ]/gu, "ا")
    .replace(/اء$/u, "ا");
}

/** Pakistan's provinces and capital, which Urdu news names most and a minister's role may be of (`وزیر اعلیٰ پنجاب`). */
const URDU_PLACES = ["پنجاب", "سندھ", "بلوچستان", "خیبر پختونخوا", "اسلام آباد"];
const KNOWN_PLACE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${[...[...PLACE_WORDS].map(urduSpelling), ...URDU_PLACES].join("|")})(?![\\p{L}\\p{M}])`,
  "gu",
);
