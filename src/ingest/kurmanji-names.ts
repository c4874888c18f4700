import { isCityName } from "./city-names.ts";
import { countryNamesIn } from "./countries.ts";
import { isOtherMonthName } from "./dates.ts";
import { capitalisedWordBefore, type Mention, mentionsOf, runsOnFromName } from "./entities/mentions.ts";
import { eitherCaseFirst } from "./patterns.ts";

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
 * Kurmanji declines a place's name as a feminine noun, writing `-ê` onto it after a preposition, a verb of going or a
 * kind of place with its ezafe (`li Şengalê`, in Shingal; `ji Hewlêrê`, from Erbil; `vegeriyan Şengalê`, returned to
 * Shingal; `li herêma Dihokê`, in the Duhok region; `navçeya Sinûnê`; `-yê` after a vowel, `li Qamişloyê`), where a
 * man's name takes `-î`: such a word is a place, listed in the nominative (`Şengal`, `Qamişlo`: nominative). So is
 * each name of a list there that ends on one, joined by `û` (and) and commas, with its ending or without it, as a list
 * may leave it to its last name (`li navçeya Sinûnê û Xanesorê`; `di navbera Bexda û Hewlêrê de`, between Baghdad and
 * Erbil); after a kind of place, the names of a list that ends on none too, as a camp's or a village's foreign name is
 * written undeclined (`kampên Şarya, Kebarto û Xanke`, the Şarya, Kebarto and Xanke camps). Not a month's name (`meha
 * Mijdarê`). A country is read wherever the text names it, in either case (kurmanjiCountries).
 */
export function kurmanjiPlaces(text: string): string[] {
  const written = new Set(text.match(CAPITALISED_WORD));
  // Each name once: a name is read as often as the text writes it, and its nominative and a month's name looked up.
  const named = new Set(
    [...text.matchAll(PLACES_IN_OBLIQUE), ...text.matchAll(PLACES_AFTER_KIND)].flatMap((match) => match[1]!.split(/, | û /u)),
  );
  const places = [...named].map((place) => nominative(place, written)).filter((place) => !isOtherMonthName(place));
  return [...places, ...kurmanjiCountries(text, written)];
}

/**
 * The nominative of a name in the oblique, whose ending may have taken the name's own last vowel: `Tirkiyê` is of
 * `Tirkiye`, `Kobaniyê` of `Kobanî`, `Qamişloyê` of `Qamişlo`, `Şengalê` of `Şengal`; and some names end on `-ê` in
 * the nominative too (`Hesekê`, Hasakah). The first of those forms that is a name known, one the text writes
 * undeclined (`written`), a city the gazetteer knows (city-names.ts) or a country, is the name; else the ending
 * comes off, and `-iyê` is of `-iye`, as no name ends on `-iy`.
 */
function nominative(word: string, written: ReadonlySet<string>): string {
  if (!word.endsWith("ê")) return word;
  const forms = obliqueNominatives(word);
  const known = forms.find((form) => (form !== word && written.has(form)) || isKnownName(form));
  return known ?? (word.endsWith("iyê") ? `${word.slice(0, -1)}e` : word.replace(OBLIQUE_ENDING, ""));
}

/** What a word in the oblique may be the nominative of, most likely first: itself, `-e`, `-yê` off, `-iyê` as `-î`, `-ê` off. */
function obliqueNominatives(word: string): string[] {
  const stem = word.slice(0, -1);
  return [
    word,
    `${stem}e`,
    ...(/[aeouûî]y$/u.test(stem) ? [stem.slice(0, -1)] : []),
    ...(stem.endsWith("iy") ? [`${stem.slice(0, -2)}î`] : []),
    stem,
  ];
}

const isKnownName = (name: string) =>
  isCityName(name) || countryNamesIn("ku").has(name.toLowerCase());

/**
 * The countries a Kurmanji text names, in the nominative or the oblique (`Iraq`, `hikumeta Iraqê`, Iraq's government;
 * `yê Tirkiyê`), by their names in its list (countryNamesIn: `tirkiye`, `sûrî`), in the nominative; extractEntities
 * lists them under the English name. A one-word name, not run into a capitalised word before it that opens no
 * sentence (`Parlamenterê Iraqê`, Iraq's member of parliament, may open one). A name in the nominative goes after no
 * capitalised word at all, nor before one: what a body's or a role's noun is of is in the oblique, and `Wezareta
 * Malî` is a ministry's name (of Finance), not Mali.
 */
function kurmanjiCountries(text: string, written: ReadonlySet<string>): string[] {
  const countries = countryNamesIn("ku");
  const found = new Set<string>();
  for (const word of written) {
    const name = (word.endsWith("ê") ? obliqueNominatives(word) : [word]).find((form) => countries.has(form.toLowerCase()));
    if (name === undefined || found.has(name)) continue;
    const standsAlone = ({ index }: Mention) =>
      name === word
        ? capitalisedWordBefore(text, index) === undefined && !/^ \p{Lu}/u.test(text.slice(index + word.length, index + word.length + 2))
        : !runsOnFromName(text, index);
    if (mentionsOf(word, text).some(standsAlone)) found.add(name);
  }
  return [...found];
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
/**
 * Return, go, reach, in the past and the present, one's or more's: where one goes follows the verb in the oblique with
 * no preposition (`vegeriyan Şengalê`, they returned to Shengal; `vedigerin Şengalê`, they return to Shengal).
 */
const GOES_TO = [
  ...["vegeriyan", "vegeriya", "vedigerin", "vedigere", "çûn", "çû", "diçin", "diçe"],
  ...["gihîştin", "gihîşt", "digihîjin", "digihîje"],
];
/** The oblique's ending, as it comes off a name no list knows: `-ê`, after a vowel `-yê` (`Qamişloyê`). */
const OBLIQUE_ENDING = /(?<=[aeouû])yê$|ê$/u;
/**
 * In, from, to, up to, between, capitalised or not (`Li Hesekê`), or a verb of going (GOES_TO); then a name in the
 * oblique, or a list of names the last of which is.
 */
const PLACES_IN_OBLIQUE = new RegExp(
  `(?<![\\p{L}])(?:${["li", "ji", "bo", "heta", "navbera", ...GOES_TO].map((word) => eitherCaseFirst(word)).join("|")}) ` +
    `((?:${WORD}, )*(?:${WORD} û )?${WORD}ê)(?![\\p{L}'’])`,
  "gu",
);
/**
 * The kinds of place with their ezafe, one's or more's, capitalised as a caption opens on them (`Kampa Şarya`):
 * region, district, city, village, province, camp; then a name, or a list of them.
 */
const KINDS_OF_PLACE = ["herêm", "navçey", "bajar", "gund", "parêzgeh", "kamp"];
const PLACES_AFTER_KIND = new RegExp(
  `(?<![\\p{L}])(?:${KINDS_OF_PLACE.map((kind) => eitherCaseFirst(kind)).join("|")})(?:a|ê|ên) ((?:${WORD}, )*(?:${WORD} û )?${WORD})(?![\\p{L}'’])`,
  "gu",
);
/** A capitalised word, whole. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-])/gu;
