import { isOtherMonthName } from "./dates.ts";

/**
 * People and places an article in Kurmanji names (Kurdish as Turkey's and Syria's Kurds write it, in Latin letters:
 * ANF's, Rudaw's Kurmanji pages), which compromise (English) cannot read. A person is the full name that speaks
 * (`Xeyrî Hesen got:`, Xeyri Hesen said; `… ragihand`, announced), as namesThatSpeak reads English's, or the full name
 * after a role with its ezafe and what the role is of (`Parlamenterê Iraqê yê êzidî Mehma Xelîl`, Iraq's Yazidi MP
 * Mehma Xelîl; `Hevserokê Meclisa Xweser a Êzidxanê Xeyrî Hesen`), which ends on a name in the oblique (`Iraqê`,
 * `Êzidxanê`) or an adjective the ezafe joins (`yê êzidî`); no word of the name is in the oblique. A name is listed as
 * often as the text names it: extractEntities keeps each once, with every other language's.
 */
export function kurmanjiPeople(text: string): string[] {
  return [...text.matchAll(NAME_THAT_SPEAKS), ...text.matchAll(NAME_AFTER_ROLE)].map((match) => match[1]!);
}

/**
 * Kurmanji declines a place's name as a feminine noun, writing `-ê` onto it after a preposition or a kind of place
 * with its ezafe (`li Şengalê`, in Shingal; `ji Hewlêrê`, from Erbil; `li herêma Dihokê`, in the Duhok region;
 * `navçeya Sinûnê`; `-yê` after a vowel, `li Qamişloyê`), where a man's name takes `-î`: such a word is a place, listed
 * without the ending. So is each name of a list there that ends on one, joined by `û` (and) and commas, with its
 * ending or without it, as a list may leave it to its last name (`li navçeya Sinûnê û Xanesorê`; `di navbera Bexda û
 * Hewlêrê de`, between Baghdad and Erbil). Not a month's name (`meha Mijdarê`).
 */
export function kurmanjiPlaces(text: string): string[] {
  const places = [...text.matchAll(PLACES_IN_OBLIQUE)].flatMap((match) =>
    match[1]!.split(/, | û /u).map((place) => place.replace(OBLIQUE_ENDING, "")),
  );
  return places.filter((place) => !isOtherMonthName(place));
}

/**
 * `Kampa Şarya` (the Şarya camp), `Parlamenterê Iraqê` (Iraq's member of parliament): Kurmanji joins a noun to what
 * follows it with an ezafe ending (`-a`, `-ê`, `-ên`, after a vowel `-ya`, `-yê`, `-yên`), and capitalises the noun
 * opening a sentence or a caption, where compromise reads the pair as a person's name. A name whose first word is a
 * common noun of places, bodies or roles with such an ending names no person.
 */
export function opensOnKurmanjiNoun(name: string): boolean {
  const first = KURMANJI_NOUN_WITH_EZAFE.exec(name.split(" ")[0]!.toLowerCase());
  return first !== null && KURMANJI_COMMON_NOUNS.has(first[1]!) && name.includes(" ");
}

const KURMANJI_NOUN_WITH_EZAFE = /^(\p{L}+?)y?(?:ên|a|ê)$/u;
/** Member of parliament, head, co-chair, minister, member, spokesman, commander, governor, representative, manager. */
const KURMANJI_ROLES = [
  ...["parlamenter", "serok", "hevserok", "wezîr", "endam", "berdevk", "fermandar", "walî", "nûner", "rêveber"],
];
/** Camp, region, city, village, district, province, ministry, parliament, council; and the roles. */
const KURMANJI_COMMON_NOUNS = new Set([
  ...["kamp", "herêm", "bajar", "gund", "navçe", "parêzgeh", "wezaret", "meclis", "parlamento", "encumen"],
  ...KURMANJI_ROLES,
]);

const WORD = "\\p{Lu}\\p{Ll}+";
/** A word of a person's name: not in the oblique (`Iraqê`). */
const NAME_WORD = `${WORD}(?<!ê)`;
/** The verbs of saying after a speaker's name: said, announced, stated, made known. */
const NAME_THAT_SPEAKS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${WORD}(?: ${WORD}){1,2}) (?:got|gotiye|dibêje|ragihand|diyar kir|anî ziman|da zanîn)(?![\\p{L}])`,
  "gu",
);
/**
 * A role with its ezafe, capitalised or not (`Parlamenterê`, `hevseroka`), up to five words of what it is of, the last
 * a name in the oblique or an adjective after its ezafe; then the name, of words in no oblique, before a word in small
 * letters or punctuation.
 */
const NAME_AFTER_ROLE = new RegExp(
  `(?<![\\p{L}])(?:${KURMANJI_ROLES.map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${role.slice(1)}`).join("|")})` +
    `y?(?:ê|a) (?:[^\\s.,:;!?"“”()]+ ){0,4}?(?:[\\p{L}'’]+ê|y?(?:a|ê|ên) \\p{Ll}+) ` +
    `(${NAME_WORD}(?: ${NAME_WORD}){1,2})(?![\\p{L}\\p{N}'’-]| \\p{Lu})`,
  "gu",
);
/** The oblique's ending: `-ê`, after a vowel `-yê` (`Qamişloyê`; not `Tirkiyê`, of `Tirkiye`, whose `e` it takes). */
const OBLIQUE_ENDING = /(?<=[aeouû])yê$|ê$/u;
/**
 * In, from, to, up to, between, and the kinds of place with their ezafe: region, district, city, village, province,
 * camp; then a name in the oblique, or a list of names the last of which is.
 */
const PLACES_IN_OBLIQUE = new RegExp(
  `(?<![\\p{L}])(?:li|ji|bo|heta|navbera|herêma|navçeya|bajarê|gundê|parêzgeha|kampa) ` +
    `((?:${WORD}, )*(?:${WORD} û )?${WORD}ê)(?![\\p{L}'’])`,
  "gu",
);
