import { COUNTRY_NAMES, countryNamesIn } from "../countries.ts";
import { lexiconTags } from "../lexicon.ts";
import { lowerCased } from "../normalize.ts";
import { ORGANIZATION_HEAD } from "../patterns.ts";
import { isCommonWord } from "./compromise.ts";
import { type Mention, mentionsOf, PLACE_PREPOSITION, wordsBefore } from "./mentions.ts";
import { cleanName, isDemonym, isPlaceName, mayBeNameWord, TITLE_WORDS, TITLES, unique } from "./name-words.ts";
import { PLACE_KIND_IN_CAPITALS } from "./places.ts";
import { titleCaseLines } from "./title-case.ts";

// The places compromise found, cleaned and checked: parts of lists, kinds of place, names that go on, forces and
// projects named for a place.

/** compromise read `Secretary of State Antony Blinken` as the place `State Antony`: no place's name runs into a person's. */
export function runsInto(place: string, person: string): boolean {
  const words = place.split(" ");
  return words.length > 1 && person.startsWith(`${words.at(-1)} `);
}

/**
 * `US Envoy Tom Barrack`, whose role withoutRoleAfterModifier cut from the name, and compromise read as a place: a
 * name of two words or more that the text writes only right before a person's is a role's, not a place's.
 */
export function onlyBeforePerson(place: string, people: string[], text: string): boolean {
  const mentions = place.includes(" ") ? mentionsOf(place, text) : [];
  const atPerson = ({ index }: Mention) => people.some((person) => text.startsWith(` ${person}`, index + place.length));
  return mentions.length > 0 && mentions.every(atPerson);
}

/**
 * `The Gulf is vulnerable`: the article that opens a sentence is no part of the place's name after it. A capitalised
 * `The` inside a sentence opens a name whole, a paper's or a show's (`speaking to The New Region`, `told The Times of
 * Israel`), which names no place. Not a place's own `The` (`The Hague`).
 */
export function withoutOpeningThe(place: string, text: string): string[] {
  if (!place.startsWith("The ") || isPlaceName(place)) return [place];
  const inSentence = ({ index }: Mention) => /[\p{L}\p{N},;] +$/u.test(text.slice(Math.max(0, index - 3), index));
  return mentionsOf(place, text).some(inSentence) ? [] : [place.slice(4)];
}

export const CAPITALISED_WORD_AFTER = /^ (\p{Lu}[\p{L}'’-]*)/u;

/**
 * `Deir` of `the eastern province of Deir Ezzor`, as compromise gives it: it ends a place's name it does not know
 * before a transliterated word it does not know either. A one-word place no list knows that the text goes on from, at
 * every mention, with the same capitalised word, one that is no common word (isCommonWord: not `International` of
 * `Erbil International Airport`), no title's and no kind of place (`Kurdistan Region`: cleanPlace), is read with it.
 */
export function withWordGoingOn(place: string, text: string): string {
  if (place.includes(" ") || isPlaceName(place)) return place;
  const after = new Set(
    mentionsOf(place, text).map(({ index }) => CAPITALISED_WORD_AFTER.exec(text.slice(index + place.length))?.[1]),
  );
  const [word] = after;
  const goesOn =
    after.size === 1 &&
    word !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    lexiconTags(word).length === 0 &&
    !isCommonWord(word) &&
    !TITLE_WORDS.has(word) &&
    !KIND_AFTER_PLACE.test(` ${word}`);
  return goesOn ? `${place} ${word}` : place;
}

/**
 * `Kurdistan Region Asayish security forces`: compromise reads a place's name and the name of its forces after it as
 * one place. A name that ends on a word no place's is, that the text writes only before a word for forces in small
 * letters, and whose other words name a place found (`Kurdistan Region`), names the forces, not a place.
 */
export function namesForcesOf(place: string, places: string[], text: string): boolean {
  const words = place.split(" ");
  const owner = words.slice(0, -1).join(" ");
  // `the Kurdistan Region`, found as `Kurdistan` without its kind (cleanPlace).
  const found = places.includes(owner) || places.includes(owner.replace(KIND_AFTER_PLACE, ""));
  if (words.length < 2 || !found || isPlaceName(words.at(-1)!)) return false;
  const mentions = mentionsOf(place, text);
  const beforeForces = ({ index }: Mention) =>
    FORCES_AFTER.test(text.slice(index + place.length, index + place.length + 40));
  return mentions.length > 0 && mentions.every(beforeForces);
}

const FORCES_AFTER = /^ (?:security |armed |police )?(?:forces|troops|fighters|units|police|militia|militiamen)(?!\p{L})/u;

/**
 * `France 24`, `France 2`, `France Inter`, `Radio France`: a channel or a station named for its country is a body, not
 * the place. A country is none of the story's places where the text writes it, under each of its names (the English
 * one, and those `language` gives it: `Frankreich`), only inside a body's name: before a channel's number (`France
 * 24`, not `Syria 10 years ago`), or before a capitalised word that goes on the name (`France Inter`, `France Info`;
 * not a title's, a place's nor a kind of place's: `Iraq Foreign Minister`, `Kuwait City`), or after an organisation's
 * head word (`Radio France`). In a line in title case (a headline), and in German, where every noun is capitalised
 * (`in Frankreich Urlaub machen`), a capitalised word after it says nothing. `text` is read as written: Turkish's
 * case ending after the name (`Irak'ta`) says it stands alone.
 */
export function namedOnlyInBodies(country: string, text: string, language: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return false;
  const local = [...countryNamesIn(language)].flatMap(([name, listed]) => (listed === country ? [name] : []));
  const lines = titleCaseLines(text);
  const inBody = (start: number, end: number) => {
    const after = text.slice(end, end + LONGEST_WORD_AFTER);
    if (channelNumberOpens(after)) return true;
    if (language === "de" || lines.some(([from, to]) => start >= from && start < to)) return false;
    const word = CAPITALISED_WORD_AFTER.exec(after)?.[1];
    const goesOn = word !== undefined && !isPlaceName(word) && !TITLE_WORDS.has(word) && !PLACE_KIND_IN_CAPITALS.test(word);
    return goesOn || HEAD_WORD_BEFORE.test(text.slice(Math.max(0, start - LONGEST_WORD_AFTER), start));
  };
  const mentions = unique([country.toLowerCase(), ...local]).flatMap((name) =>
    mentionsOf(name, lower).map(({ index }) => [index, index + name.length] as const),
  );
  return mentions.length > 0 && mentions.every(([start, end]) => inBody(start, end));
}

/**
 * Whether `after` opens on a number of one or two figures, a channel's, not a count of what the word after it names
 * (`Syria 10 years ago`, `France 24 hours later`).
 */
function channelNumberOpens(after: string): boolean {
  const number = NUMBER_AFTER.exec(after);
  return number !== null && !lexiconTags(number[1] ?? "").some((tag) => COUNTED_TAGS.has(tag));
}

const NUMBER_AFTER = /^ \d{1,2}(?!\p{N}|[.,:]\p{N}|[\p{L}-])(?: (\p{Ll}+))?/u;
const COUNTED_TAGS: ReadonlySet<string> = new Set(["Plural", "Duration", "Unit"]);
const HEAD_WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${ORGANIZATION_HEAD} $`, "u");
const LONGEST_WORD_AFTER = 40;

/**
 * `the $17-billion Development Road project`: a name the text calls a project, and never writes after "in", "at" or
 * "near", is a project's, not a place's.
 */
export function isNamedAsProject(place: string, text: string): boolean {
  const mentions = mentionsOf(place, text);
  const project = ({ index }: Mention) => PROJECT_AFTER.test(text.slice(index + place.length, index + place.length + 20));
  return mentions.some(project) && !wordsBefore(place, text).some((word) => PLACE_PREPOSITION.test(word));
}

const PROJECT_AFTER = /^ (?:project|projects|scheme|initiative)(?!\p{L})/u;

/**
 * `Basra province`, `the Kurdistan Region`: the kind of place after a name is no part of it. A capitalised `City` is:
 * `Sadr City`, `Kuwait City` (stripped, it left the place `Sadr`).
 */
const KIND_AFTER_PLACE = /\s+(?:[Pp]rovince|[Rr]egion|city|[Gg]overnorate|[Tt]erritory)$/u;
/**
 * `the 2027 Gulf Cup final`, `the Asian Games`: compromise reads a contest named for a place as one; a name that ends
 * in a contest's word names the contest.
 */
const CONTEST = /\s(?:Cup|Games|Championships?|Olympics|Tournament|Trophy|Derby|Rally|Marathon)$/u;

const NAMES_ALONE = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u;

const TITLE_AFTER_PLACE = new RegExp(`(?<=\\S) (?=(?:${TITLES})(?: |$))`, "u");

export function cleanPlace(raw: string): string[] {
  // `DOHA —`, a dateline: a word of four capitals or more is written as the place's name is elsewhere.
  const name = cleanName(raw.replace(/['’]s\b.*$/u, "")).replace(
    /(?<!\p{L})(\p{Lu})(\p{Lu}{3,})(?!\p{L})/gu,
    (_, first: string, rest: string) => first + lowerCased(rest),
  );
  if (COUNTRY_NAMES.has(name)) return [name];
  const parts = name
    // compromise reads a list of places as one: `Iran, Japan`; `Washington, D.C.` is one place. It reads on over a
    // dash between spaces, which ends a dateline (`ERBIL, Kurdistan Region - Iran and the IAEA agreed`). `State of
    // Law` is cut at "of" (below); a sea's or a land's feature and what it is of is one place's name (`the Strait of
    // Hormuz`, `the Gulf of Aden`, `the Isle of Man`).
    .split(/(?<!(?<!\p{L})(?:Strait|Straits|Gulf|Bay|Sea|Lake|Isle|Cape))\s+of\s+|,(?!\s*\p{Lu}\.)\s*|\s+[-–—]\s+/u)
    // `Berlin/Baghdad`, a dateline of two places: a slash between names alone parts them (not `Azim/Hawizeh marshes`,
    // which compromise cut from `the Hoor al-Azim/Hawizeh marshes`).
    .flatMap((part) => {
      const names = part.split("/");
      return names.length > 1 && names.every((one) => NAMES_ALONE.test(one)) ? names : [part];
    })
    // `China-brokered`, `Iraq-Turkey pipeline`, `the Iran–Iraq border` (an en dash, as Wikipedia joins two places): a
    // word after a hyphen is no part of a place's name, nor one before another place's. Words after hyphens with a
    // capital among them are: `Port-au-Prince`.
    .flatMap((part) =>
      !COUNTRY_NAMES.has(part) && COUNTRY_NAMES.has(part.split(/[-–]/u)[0]!)
        ? part.split(/[-–]/u)
        : [part.replace(/-\p{Ll}[\p{Ll}-]*$/u, "")],
    )
    // `Kurdistan Region Minister of Finance …`: a person's title after a place's name is no part of it.
    .map((part) => part.split(TITLE_AFTER_PLACE)[0]!)
    .map((part) => part.replace(/^(\p{Ll}+\s+)+/u, "").replace(KIND_AFTER_PLACE, ""))
    // `Kuwait City`, `Mexico City`: a capital named for its country names the country too.
    .flatMap((part) => {
      const country = /^(.+) City$/u.exec(part)?.[1];
      return country !== undefined && COUNTRY_NAMES.has(country) ? [part, country] : [part];
    })
    // A place's name ends on a capitalised word: `the Iraqi state news agency` names none.
    // `St` (of `St James' Park`), `Mt`: an abbreviation alone names no place; `UK`, in capitals, does. Nor does a
    // person's title, which compromise may read as one before a name (`pits Gov. Greg Abbott`).
    .filter((part) => /^\p{Lu}/u.test(part) && !/\s\p{Ll}+$/u.test(part) && !isDemonym(part) && /^\p{Lu}+$|\p{L}{3}/u.test(part))
    .filter((part) => !TITLE_WORDS.has(part) && !TITLE_WORDS.has(`${part}.`) && !CONTEST.test(part))
    // `the city's Arab, Kurdish and Turkmen districts`: compromise's lexicon knows `Arab` as an adjective.
    .filter((part) => part.includes(" ") || lexiconTags(part).join() !== "Adjective");
  // `State of Law`, a coalition, is no `State` and no `Law`: a part is a place's name or a word that may be a name's.
  return parts.length > 1 ? parts.filter((part) => part.includes(" ") || isPlaceName(part) || mayBeNameWord(part)) : parts;
}
