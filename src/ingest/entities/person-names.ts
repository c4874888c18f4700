import type nlp from "compromise";
import { COUNTRY_NAMES } from "../countries.ts";
import { FIRST_NAME_TAGS, lexiconTags } from "../lexicon.ts";
import { ORGANIZATION_HEADS, PERSON_TITLES } from "../patterns.ts";
import { isActorInSmallLetters, NAME_TAGS, phrases, smallLetterTags } from "./compromise.ts";
import { LONGEST_WORD_BEFORE } from "./mentions.ts";
import {
  ASSIMILATED,
  escapeRegExp,
  GENERATION,
  isInitialOrSuffix,
  mayBeNameWord,
  MIDDLE_INITIAL,
  NAME_REST,
  NAME_WORD,
  PARTICLE,
  REGNAL_NUMERALS,
  TITLE_WORDS,
} from "./name-words.ts";

// Where a person's name that compromise found begins and ends: titles and roles cut off, a given name, surname or
// suffix it left out put back.

/** A son's or father's mark, or a king's number, after a name, as the text writes it: before a possessive too. */
const SUFFIX_AFTER = new RegExp(
  ` (?:(?:Jr|Sr)\\.?|${REGNAL_NUMERALS})(?=['’]s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}'’-]|\\.[\\p{L}\\p{N}]))`,
  "uy",
);

/**
 * `Chief Justice John Roberts`: compromise reads a title's first word as an adjective and gives the name with the
 * title's last (`Justice John Roberts`). A name that opens on a title's last words where the text writes its first
 * words right before it opens after them.
 */
function withoutTitleEnd(phrase: string, text: string): string {
  const ends = TITLE_SPLITS.filter(({ last }) => phrase.startsWith(`${last} `));
  const at = ends.length > 0 ? text.indexOf(phrase) : -1;
  if (at <= 0) return phrase;
  const before = text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at);
  const title = ends.find(({ first }) => new RegExp(`(?<!\\p{L})${escapeRegExp(first)} +$`, "u").test(before));
  return title ? phrase.slice(title.last.length + 1) : phrase;
}

/** Each title of two words or more (PERSON_TITLES) cut in two at each of its spaces: `Chief` and `Justice`. */
const TITLE_SPLITS = PERSON_TITLES.flatMap((title) => {
  const words = title.split(" ");
  return words.slice(1).map((_, k) => ({ first: words.slice(0, k + 1).join(" "), last: words.slice(k + 1).join(" ") }));
});

/**
 * `Martin Luther King III`, `Robert F. Kennedy Jr.'s plan`: compromise reads a king's or heir's number as a number,
 * and a son's mark before a possessive as no part of the name, and ends the name before them. The name as the text
 * writes it at each of its mentions: with its mark, or without (`Martin Luther King Jr.` and `Martin Luther King III`,
 * two men, give `Martin Luther King` at the first too, which onlyOpensLongerName leaves out).
 */
export function withSuffix(name: string, text: string): string[] {
  const written = new Set<string>();
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    SUFFIX_AFTER.lastIndex = at + name.length;
    written.add(name + (SUFFIX_AFTER.exec(text)?.[0] ?? ""));
  }
  return written.size > 0 ? [...written] : [name];
}

/**
 * `Abu Bakr as-Siddiq`, Turkish `Muhammed Şiya es-Sudani`: compromise ends a name before a word with Arabic's article
 * assimilated (ASSIMILATED_ARTICLES), which it does not know, and gives the name without its last word.
 */
export function withAssimilatedSurname(phrase: string, text: string): string {
  const at = text.indexOf(phrase);
  if (at === -1) return phrase;
  ASSIMILATED_SURNAME.lastIndex = at + phrase.length;
  return phrase + (ASSIMILATED_SURNAME.exec(text)?.[0] ?? "");
}

const ASSIMILATED_SURNAME = new RegExp(` ${ASSIMILATED}-\\p{Lu}[\\p{Ll}'’]+(?![\\p{L}-])`, "uy");

/** A name compromise gives without the title, the role noun or the role after an adjective it read into it. */
export const withoutRoles = (phrase: string, text: string, roles: ReadonlySet<string>) =>
  withoutRoleNoun(withoutRoleAfterModifier(withoutTitleEnd(phrase, text), text), roles);

/**
 * `Presidential Spokesman Mohamed El-Shennawy`, `US Envoy Tom Barrack`, `Senior Airman Kayla Brooks`: compromise reads
 * a role its lexicon does not know, capitalised before a name, as the name's first word, and the capitalised runs read
 * the adjective before it too. A word the lexicon does not know, after an adjective (`Presidential`, `Senior`), a
 * country's name or an initialism (`US`, `UN`, `KRG`) and before a first name it knows and at least one more word, is
 * a role (opensOnRoleAfterModifier): the name opens after it.
 */
function withoutRoleAfterModifier(phrase: string, text: string): string {
  const at = text.indexOf(phrase);
  const before = MODIFIER_BEFORE.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at))?.[1];
  if (at <= 0 || before === undefined || !opensOnRoleAfterModifier([before, ...phrase.split(" ")])) return phrase;
  return phrase.slice(phrase.indexOf(" ") + 1);
}

const MODIFIER_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{L}*) $/u;

/** Whether `words` open on an adjective, a country's name or an initialism, then an unknown word and a full name. */
export function opensOnRoleAfterModifier([modifier, role, given, ...rest]: string[]): boolean {
  if (modifier === undefined || role === undefined || given === undefined || rest.length === 0) return false;
  const modifies =
    COUNTRY_NAMES.has(modifier) || /^\p{Lu}{2,5}$/u.test(modifier) || smallLetterTags(modifier).join() === "Adjective";
  return modifies && lexiconTags(role).length === 0 && lexiconTags(given).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/**
 * `Captain Mohanad Ali Kadhim scored`: compromise reads a role before a name as an honorific of it. A first word its
 * lexicon knows as a person's common noun (an `Actor`: `captain`, `veteran`, `economist`) and not as a name's is the
 * role's, not the name's; so is a role that opens a sentence (rolesOpeningSentences). A role it does not know
 * otherwise is a title (PERSON_TITLES) or a name's word. A title of more words that opens on one (`Director General
 * Rafael Grossi`) is cut whole with the title (cleanName), not its first word alone, which left `General Rafael Grossi`.
 */
function withoutRoleNoun(phrase: string, roles: ReadonlySet<string>): string {
  if (OPENS_ON_LONGER_TITLE.test(phrase)) return phrase;
  const [first, ...rest] = phrase.split(" ");
  const tags = lexiconTags(first!);
  const role = (tags.includes("Actor") && !tags.some((tag) => NAME_TAGS.has(tag))) || roles.has(first!);
  return rest.length > 0 && role ? rest.join(" ") : phrase;
}

const OPENS_ON_LONGER_TITLE = new RegExp(
  `^(?:${PERSON_TITLES.filter((title) => title.includes(" "))
    .map(escapeRegExp)
    .join("|")}) `,
  "u",
);

/**
 * `Subs: Halgurd Mulla Mohammed`: compromise opens a name on the first word its tagger takes for a person's, and gave
 * `Mulla Mohammed`. A name whose first word its lexicon does not know as a first name opens on a capitalised word
 * right before it that the lexicon does not know at all (`Halgurd`), and that no capitalised word goes before in turn
 * (a title's, a place's or a body's name before the person's); not a title, a role that opens a sentence
 * (`Spokesman`, `Striker`: rolesOpeningSentences, isActorInSmallLetters), a body's head word (`Parliament`, as in
 * `Parliament Speaker Mahmoud al-Mashhadani`) or a demonym (mayBeNameWord). In
 * English only: in other languages a word before a name is a role or a place's name capitalised as they write them
 * (`Irak Başbakanı Muhammed Şiya es-Sudani`).
 */
export function withGivenNameBefore(phrase: string, text: string, roles: ReadonlySet<string>, language: string): string {
  const first = phrase.split(" ")[0]!;
  if (language !== "en" || first === phrase || lexiconTags(first).some((tag) => FIRST_NAME_TAGS.has(tag))) return phrase;
  const at = text.indexOf(phrase);
  const [, wordBefore, given] = WORD_BEFORE_GIVEN_NAME.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at)) ?? [];
  if (at <= 0 || given === undefined || (wordBefore !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(wordBefore))) return phrase;
  const isRole = roles.has(given) || isActorInSmallLetters(given) || TITLE_WORDS.has(given.toLowerCase());
  const isBody = ORGANIZATION_HEADS.test(given);
  return lexiconTags(given).length === 0 && !isRole && !isBody && mayBeNameWord(given) ? `${given} ${phrase}` : phrase;
}

const WORD_BEFORE_GIVEN_NAME = /(?:^|(\S+)\s+|\s)(\p{Lu}\p{Ll}+) $/u;

/**
 * `Novelist Orhan Pamuk said`, `Playwright Wole Soyinka`: a role news writes in small letters before a name is
 * capitalised where it opens a sentence, and was read as the name's first word. compromise tags a person's common noun
 * (`Actor`) by its ending as well as by its lexicon (`novelist`, `playwright`, which the lexicon does not know): such a
 * word that opens a sentence before a capitalised word, and that it reads as no first name, surname or title, is a
 * role, not a name's word. Not one before a word in small letters: a surname (`Lindqvist and the minister`), which
 * compromise may take for a common noun by its ending too.
 */
export function rolesOpeningSentences(doc: ReturnType<typeof nlp>): Set<string> {
  const notAName = "(#FirstName|#MaleName|#FemaleName|#LastName|#Honorific)";
  const opening = doc.match("^[#Actor] @isTitleCase", 0).ifNo(notAName);
  // `"…," Novelist Hakan Gunday said`: a site may capitalise a role that opens the words after a quote too, which
  // compromise then reads as a proper noun. It is a role when compromise reads it as one in small letters.
  const afterQuote = phrases(doc.match("@hasQuote [@isTitleCase] @isTitleCase", 0).ifNo(notAName)).filter(isActorInSmallLetters);
  return new Set([...phrases(opening), ...afterQuote].map((word) => word.replace(/[^\p{L}'’-]/gu, "")));
}

/**
 * `since Michel Aoun's term ended`, `signed by Hamid Karzai`: compromise ends a person's name before a surname written
 * as a possessive, or one it does not know, and gives the first name alone, which names no one. A first name its
 * lexicon knows runs on over the surname: the possessive one, which compromise cut it from, where the text writes the
 * first name before others (`nor Michel Moawad … since Michel Aoun's term`), else the first.
 */
export function withSurname(phrase: string, text: string): string {
  if (!lexiconTags(phrase).some((tag) => FIRST_NAME_TAGS.has(tag))) return phrase;
  let first: string | undefined;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    POSSESSIVE_SURNAME.lastIndex = SURNAME.lastIndex = at + phrase.length;
    const possessive = POSSESSIVE_SURNAME.exec(text)?.[1];
    if (possessive && mayBeNameWord(possessive)) return `${phrase} ${possessive}`;
    const words = SURNAME.exec(text)?.[1]?.split(" ");
    const name = [phrase, ...(words ?? [])];
    const isSurnameWord = (word: string, i: number) =>
      isInitialOrSuffix(name, i + 1) || (mayBeNameWord(word) && !TITLE_WORDS.has(word));
    if (words?.every(isSurnameWord)) first ??= name.join(" ");
  }
  return first ?? phrase;
}

const POSSESSIVE_SURNAME = new RegExp(` (${NAME_WORD})['’]s(?![\\p{L}\\p{N}])`, "uy");
/**
 * `Mariam bint Rashid Al Maktoum`: a particle between a surname's words (`bint`, "daughter of"; `Al`, "family of") is
 * no name of its own, and does not count among its three words; counted, the name ended at `Rashid Al`.
 */
const SURNAME_REST = `(?:(?: +${PARTICLE}(?= +\\p{Lu}))?${NAME_REST})`;
const SURNAME = new RegExp(
  ` ((?:${MIDDLE_INITIAL} )?(?!${GENERATION})${NAME_WORD}${SURNAME_REST}{0,2}(?: ${GENERATION})?)(?![\\p{L}\\p{N}'’-])`,
  "uy",
);

/**
 * An article in small letters before a name, as compromise keeps it in other languages (`le Kurde Abdul Latif
 * Rachid`, `el presidente`), with the capitalised noun after it when a name of two words or more follows.
 */
const ARTICLES = "le|la|les|el|los|las|der|die|das|den|dem|il|lo|gli|het";
export const ARTICLE_AND_NOUN = new RegExp(`^(?:${ARTICLES}) +(?:\\p{Lu}\\p{Ll}+ +(?=\\p{Lu}\\S* +\\p{Lu}))?(?=\\p{Lu})`, "u");
const ENDS_IN_ARTICLE = new RegExp(`(?:^|\\s)(?:${ARTICLES}) $`, "u");

/**
 * compromise's name of three words or more that an article in another language than English writes after an
 * article (`le Kurde Abdul Latif Rachid`): its first word is a noun (`the Kurd`), not the name's; in German and Dutch,
 * of two words too (NOUN_ARTICLE_BEFORE).
 */
export function withoutNounAfterArticle(name: string, text: string, language: string): string {
  const at = text.indexOf(name);
  const words = name.split(" ").length;
  if (language === "en" || at <= 0 || words < 2) return name;
  // The longest article, its space and the boundary before it.
  const nounArticle = NOUN_ARTICLE_BEFORE[language];
  const afterArticle = nounArticle
    ? nounArticle.test(text.slice(Math.max(0, at - 7), at))
    : words >= 3 && ENDS_IN_ARTICLE.test(text.slice(Math.max(0, at - 5), at));
  return afterArticle ? name.slice(name.indexOf(" ") + 1) : name;
}

/**
 * German and Dutch write no article before a person's name, though German capitalises the noun after one: a run of
 * capitalised words after an article, or a preposition with one in it (`zur`, `im`), opens on a noun, two words long
 * too (`Die Anlage Fordo`, `zur Anreicherungsanlage Fordo`, `het Bureau voor de Redding van Ontvoerde Yezidi's`).
 * Other languages' articles open surnames (`Le Drian`, `La Russa`): there only a name of three words or more opens on
 * a noun after one (ARTICLES).
 */
export const NOUN_ARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  de: /(?<!\p{L})(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|zum|zur|im|am|vom|beim|ins) $/iu,
  nl: /(?<!\p{L})(?:de|het|een) $/iu,
};
