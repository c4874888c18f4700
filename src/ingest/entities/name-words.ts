import { COUNTRY_NAMES } from "../countries.ts";
import { isKnownPlace, lexiconTags } from "../lexicon.ts";
import { ASSIMILATED_ARTICLES, eitherCaseFirst, NAME_PARTICLES, PERSON_TITLES } from "../patterns.ts";
import { NAME_TAGS } from "./compromise.ts";

// The words names are made of, and the titles, roles and demonyms that are none: the patterns people, places and
// organisations share, and the cleaning of a name as found.

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const PARTICLE = `(?:${NAME_PARTICLES.map((particle) => eitherCaseFirst(particle)).join("|")})`;
export const ASSIMILATED = `(?:${ASSIMILATED_ARTICLES.join("|")})`;
/**
 * One word of a name: `Parly`, `Jean-Yves`, `al-Shammari`, `as-Sadr`, `Abdul-Illah`, `Le`, `DeSantis`, `McDonald`,
 * `O'Brien`.
 */
export const NAME_WORD = `(?:(?:${PARTICLE}|${ASSIMILATED})-\\p{Lu}[\\p{Ll}'’]+|\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?[\\p{Ll}'’]+)*|${PARTICLE}(?= +\\p{Lu}))`;
/**
 * `Matthew R. Collins`, `Vikram S. Menon`: American news writes a middle name as its initial; British style leaves out
 * its full stop (`Robert F Kennedy Jr`), but for `A` and `I`, words of a headline's capitals (`Barzani Meets A
 * Delegation`). Only between a name's words: an initial that opens or ends a run is an abbreviation's (`U.S.`) or a
 * sentence's end (`Plan B. Officials`).
 */
export const MIDDLE_INITIAL = "(?:\\p{Lu}\\.|(?![AI] )\\p{Lu})";
/**
 * `Samuel A. Alito Jr.`, `Adnan Dirjal Jr.`, `Robert F Kennedy Jr`: a son's or father's mark after a name is its last
 * word, with its full stop or without. Without the stop in the pattern it was read as the name's end (`Alito Jr`), or
 * ended the name before it; a word it only opens (`Srinagar`) is none.
 */
export const GENERATION = "(?:Jr|Sr)(?:\\.|(?![\\p{L}\\p{N}'’-]))";
/**
 * `King Abdullah II`, `Pope Leo XIV`, `Martin Luther King III`: a king's, pope's or heir's number is the last word of
 * the name, which ends without it before it (`Abdullah`, a first name alone, named no one); at a sentence's end too
 * (`met Martin Luther King III.`). Not `I`, `V` or `X` alone: a pronoun, an initial, a letter.
 */
export const REGNAL_NUMERALS = "II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI";
const REGNAL_NUMBER = `(?:${REGNAL_NUMERALS})(?![\\p{L}\\p{N}'’-]|\\.[\\p{L}\\p{N}])`;
/** The words of a name after its first: a middle initial before one, but no `Jr.` read as `Jr` and a full stop. */
export const NAME_REST = `(?: +(?:${MIDDLE_INITIAL} +)?(?!${GENERATION})${NAME_WORD})`;
export const NAME = `${NAME_WORD}${NAME_REST}{0,4}(?: +(?:${GENERATION}|${REGNAL_NUMBER}))?`;
const ONE_INITIAL = new RegExp(`^${MIDDLE_INITIAL}$`, "u");
const ONE_GENERATION = new RegExp(`^${GENERATION}$`, "u");
const ONE_REGNAL_NUMBER = new RegExp(`^${REGNAL_NUMBER}$`, "u");
/**
 * Whether the `i`th of a name's `words` is one no other name's word is like: a middle initial, between two of its
 * words, or a suffix, its last: `Jr.` after two or more, or a king's number.
 */
export const isInitialOrSuffix = (words: string[], i: number) =>
  (i > 0 && i < words.length - 1 && ONE_INITIAL.test(words[i]!)) ||
  (i > 1 && i === words.length - 1 && ONE_GENERATION.test(words[i]!)) ||
  (i > 0 && i === words.length - 1 && ONE_REGNAL_NUMBER.test(words[i]!));
export const ONE_PARTICLE = new RegExp(`^${PARTICLE}$`);
export const TITLES = [...PERSON_TITLES].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/**
 * German capitalises every noun, and writes a person's role before the name as one word, often a compound ending in
 * the role (`Bundesaußenministerin Annalena Baerbock`, `Amtsinhaber Barham Salih`, `Politiker Abdul Latif Raschid`):
 * a word that ends so is no word of the name, and the name after it a person's (`Generaldirektor Rafael Grossi`,
 * `PKK-Gründer Abdullah Öcalan`).
 */
export const GERMAN_ROLE = `(?=\\p{Lu})\\p{L}*?(?:${["minister", "präsident", "kanzler", "politiker", "inhaber", "sprecher", "chef", "botschafter", "vorsitzende", "abgeordnete", "kandidat", "führer", "berater", "kommandeur", "gouverneur", "direktor", "gründer", "leiter"]
  .map((role) => eitherCaseFirst(role))
  .join("|")})(?:in|r|n)?`;
const IS_GERMAN_ROLE = new RegExp(`^${GERMAN_ROLE}$`, "u");
/**
 * `Iraqi`, `French`, `Kurdish`: compromise's lexicon names most demonyms, these endings the rest. Endings alone, `-an`,
 * `-i` and `-ch` among them, took `Iran`, `Kurdistan`, `Japan`, `Delhi` and `Munich` for demonyms, and left them out
 * of every article's places.
 */
export const isDemonym = (word: string) =>
  lexiconTags(word).join() === "Demonym" || /^\p{Lu}\p{Ll}+(ian|ish|ese)$/u.test(word);
/**
 * Words no person's or place's name has, though a name may follow them: `Hurricane Milton`, `Operation Inherent
 * Resolve`; and the articles other languages open a sentence with (`Das Parlament`), but those a place's name has
 * (`Des Moines`, `Los Angeles`, `Den Haag`) or a name's particle is (`Le`, `La`, `El`).
 */
export const NOT_A_NAME_WORD = new Set(
  ["The", "This", "That", "He", "She", "It", "They", "We", "And", "But", "In", "On", "Its"].concat(
    ["Hurricane", "Typhoon", "Cyclone", "Storm", "Operation"],
    ["Der", "Die", "Das", "Dem", "Ein", "Eine", "Einen", "Het", "Een", "Les", "Une", "Il", "Gli", "Uma"],
  ),
);
/** The words a place's name follows, and a person's does not: `in Baghdad`, `near Al Qa’im`, `through Karrada`. */
export const PLACE_PREPOSITIONS = ["in", "at", "near", "outside", "inside", "across", "through"];
export const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((title) => title.split(" ")));
/** What a person is, said after their name (`the foreign minister`, `the Foreign Minister`). */
export const ROLES = [
  ...PERSON_TITLES.filter((title) => /^\p{Ll}+$/u.test(title)),
  ...["president", "ambassador", "governor", "mayor", "senator", "secretary", "official", "adviser", "advisor"],
  ...["director", "head", "deputy", "officer", "general", "journalist", "researcher", "resident", "student"],
]
  .map((role) => eitherCaseFirst(role))
  .join("|");

export const isPlaceName = (name: string) => COUNTRY_NAMES.has(name) || isKnownPlace(name);

export const SPEECH_VERBS =
  "said|says|told|added|stated|warned|wrote|explained|noted|insisted|argued|replied|confirmed|denied|stressed|urged";

export function mayBeNameWord(word: string): boolean {
  if (ONE_PARTICLE.test(word)) return true;
  if (NOT_A_NAME_WORD.has(word) || isDemonym(word) || IS_GERMAN_ROLE.test(word)) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || (tags.length === 1 && NAME_TAGS.has(tags[0]!));
}

/**
 * `a truck driver from Irbid`, `a Kurdish woman from Saqqez`, `artists come from Halabja`: a person comes from a town.
 * A person is a noun compromise's lexicon knows as one (`driver`, `artists`) or a role (`spokesman`, `resident`).
 */
export const isPersonNoun = (word: string) => lexiconTags(word).includes("Actor") || IS_ROLE.test(word);
const IS_ROLE = new RegExp(`^(?:${ROLES})s?$`, "u");

/** Runs `test` once per item: the place test scans the whole text for each name. */
export function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const [passed, failed]: [T[], T[]] = [[], []];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

/** `U.S.`, `D.C.`: the full stop after the last initial is the name's, as the alias file spells it. */
const ENDS_IN_INITIALS = /(?:^|[\s,])(?:\p{Lu}\.)+\p{Lu}\.$/u;
/** `Adnan Dirjal Jr.`: so is the full stop of a son's or father's mark. */
const ENDS_IN_GENERATION = new RegExp(`\\s${GENERATION}$`, "u");

/**
 * A name without the quotation marks, brackets and punctuation compromise gives with it (`Crisis Group, «`, before a
 * French quotation), and without the titles before it.
 */
export function cleanName(raw: string): string {
  let name = raw
    .replace(/[“”"‘«»()[\]]/g, "")
    .replace(/['’]s$/u, "")
    .replace(/[\s.,;:!?'’—–-]+$/u, (_, at: number, text: string) =>
      ENDS_IN_INITIALS.test(text.slice(0, at + 1)) || ENDS_IN_GENERATION.test(text.slice(0, at + 1)) ? "." : "",
    )
    .replace(/^[\s,;:'’-]+/u, "")
    .trim();
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const title of PERSON_TITLES) {
      if (name.startsWith(`${title} `)) {
        name = name.slice(title.length + 1).trim();
        stripped = true;
      }
    }
    const [first, ...rest] = name.split(" ");
    if (rest.length > 1 && IS_GERMAN_ROLE.test(first!)) {
      name = rest.join(" ");
      stripped = true;
    }
  }
  return name;
}

export function unique(values: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, value);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
