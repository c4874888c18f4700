import { isOtherMonthName } from "./dates.ts";

/**
 * People and places an article in Kurmanji names (Kurdish as Turkey's and Syria's Kurds write it, in Latin letters:
 * ANF's, Rudaw's Kurmanji pages), which compromise (English) cannot read. A person is the full name that speaks
 * (`Xeyrî Hesen got:`, Xeyri Hesen said; `… ragihand`, announced), as namesThatSpeak reads English's. A name is
 * listed as often as the text names it: extractEntities keeps each once, with every other language's.
 */
export function kurmanjiPeople(text: string): string[] {
  return [...text.matchAll(NAME_THAT_SPEAKS)].map((match) => match[1]!);
}

/**
 * Kurmanji declines a place's name as a feminine noun, writing `-ê` onto it after a preposition or a kind of place
 * with its ezafe (`li Şengalê`, in Shingal; `ji Hewlêrê`, from Erbil; `li herêma Dihokê`, in the Duhok region;
 * `navçeya Sinûnê`), where a man's name takes `-î`: such a word is a place, listed without the ending. Not a month's
 * name (`meha Mijdarê`).
 */
export function kurmanjiPlaces(text: string): string[] {
  const places = [...text.matchAll(PLACE_IN_OBLIQUE)].map((match) => match[1]!);
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
/** Camp, region, city, village, district, province, ministry, parliament; member of parliament, head, minister, member, spokesman, commander, governor, representative. */
const KURMANJI_COMMON_NOUNS = new Set([
  ...["kamp", "herêm", "bajar", "gund", "navçe", "parêzgeh", "wezaret", "meclis", "parlamento", "encumen"],
  ...["parlamenter", "serok", "hevserok", "wezîr", "endam", "berdevk", "fermandar", "walî", "nûner", "rêveber"],
]);

const WORD = "\\p{Lu}\\p{Ll}+";
/** The verbs of saying after a speaker's name: said, announced, stated, made known. */
const NAME_THAT_SPEAKS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${WORD}(?: ${WORD}){1,2}) (?:got|gotiye|dibêje|ragihand|diyar kir|anî ziman|da zanîn)(?![\\p{L}])`,
  "gu",
);
/** In, from, to, up to, and the kinds of place with their ezafe: region, district, city, village, province, camp. */
const PLACE_IN_OBLIQUE = new RegExp(
  `(?<![\\p{L}])(?:li|ji|bo|heta|herêma|navçeya|bajarê|gundê|parêzgeha|kampa) (${WORD}?)ê(?![\\p{L}'’])`,
  "gu",
);
