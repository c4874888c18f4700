import { countryNamesIn } from "./countries.ts";

/**
 * People named in an article in Hebrew, which writes no capitals: a name is told by the role before it, as a reader
 * tells it. A role's noun in construct names what it is of, a word with the article (`ראש הממשלה בנימין נתניהו`, the
 * prime minister Benjamin Netanyahu; `שר החוץ גדעון סער`) or a country (`נשיא סוריה אחמד אל-שרע`, Syria's president
 * Ahmed al-Sharaa); a title with the article goes before the name alone (`הנשיא דונלד טראמפ`). The name is the two or
 * three words after it, up to a mark, a word with the article, or a word a sentence goes on with (`אמר`, said; `כי`,
 * that), which no name runs into. A role may have a conjunction or preposition written onto it (`ושר החוץ`). Names
 * are listed as the article writes them, in Hebrew letters.
 */
export function hebrewPeople(text: string): string[] {
  const countries = countryNamesIn("he");
  const names: string[] = [];
  for (const line of text.split("\n")) {
    const words = line.split(/\s+|(?=[,.:;!?()])|(?<=[,.:;!?()])/u).filter((word) => word !== "");
    words.forEach((word, i) => {
      const role = [word, word.slice(1)].find((each) => ROLE_HEADS.has(each) || TITLES.has(each));
      if (role === undefined || (role !== word && !PREFIXES.has(word[0]!))) return;
      let at = i + 1;
      while (at < words.length && at - i <= MOST_ROLE_WORDS && (isDefinite(words[at]!) || countries.has(words[at]!))) at++;
      if (ROLE_HEADS.has(role) && at === i + 1) return;
      const name: string[] = [];
      for (; at < words.length && name.length <= MOST_NAME_PARTS && !endsAName(words[at]!); at++) name.push(words[at]!);
      const closed = at === words.length || endsAName(words[at]!);
      if (closed && name.length >= FEWEST_NAME_PARTS && name.length <= MOST_NAME_PARTS && name.every(isNameWord)) names.push(name.join(" "));
    });
  }
  return names;
}

const FEWEST_NAME_PARTS = 2;
const MOST_NAME_PARTS = 3;
/** `שר החוץ האיראני`: the role's noun, what it is of and an adjective. */
const MOST_ROLE_WORDS = 3;
/** A word with the article `ה`, and no more than it. */
const isDefinite = (word: string) => /^ה\p{Script=Hebrew}{2,}/u.test(word);
/** Hebrew letters, with an apostrophe or geresh (`ג'ו`) or a hyphen (`אל-שרע`). */
const isNameWord = (word: string) => /^\p{Script=Hebrew}[\p{Script=Hebrew}'׳-]*$/u.test(word);
const endsAName = (word: string) => /^[,.:;!?()"]$/u.test(word) || isDefinite(word) || STOP_WORDS.has(word);

/** The letters a conjunction or preposition is written with onto a word: `ו` (and), `ש` (that), `ל` (to), `כ` (as), `מ`, `ב`. */
const PREFIXES = new Set(["ו", "ש", "ל", "כ", "מ", "ב"]);
/** Roles in construct, before what they are of: head, minister, president, spokesman, ambassador, secretary, commander. */
const ROLE_HEADS = new Set(["ראש", "שר", "שרת", "נשיא", "נשיאת", "דובר", "דוברת", "שגריר", "שגרירת", "מזכיר", "מזכירת", "מפקד", "יו\"ר"]);
/** Titles with the article, before a name alone: the president, the minister, the ambassador. */
const TITLES = new Set(["הנשיא", "הנשיאה", "השר", "השרה", "השגריר", "השגרירה"]);
/**
 * Words a name ends before, besides those with the article (`היום`, today; `הודיע`, announced): the verbs of saying and
 * meeting that follow a speaker's name, and particles and prepositions (`כי`, that; `עם`, with; `אתמול`, yesterday).
 */
const STOP_WORDS = new Set(
  "אמר אמרה מסר מסרה כתב כתבה טען טענה ציין ציינה נפגש נפגשה ייפגש תיפגש נועד נועדה שוחח שוחחה כי עם על אל את של גם אתמול מחר לא".split(
    " ",
  ),
);
