import { COUNTRY_NAMES, countryNamesIn } from "../countries.ts";
import { FIRST_NAME_TAGS, lexiconTags } from "../lexicon.ts";
import { eitherCaseFirst, NAME_PARTICLES } from "../patterns.ts";
import { CALENDAR_TAGS } from "./compromise.ts";
import { wordsBefore } from "./mentions.ts";
import {
  ASSIMILATED,
  escapeRegExp,
  isInitialOrSuffix,
  NAME_WORD,
  NOT_A_NAME_WORD,
  ONE_PARTICLE,
  unique,
} from "./name-words.ts";

// Which of the names proposed are people's, without a word that opens sentences or says what a name is of, and a
// surname merged into the full name it stands for.

/** A word of a name, or a particle, alone (isPersonName). */
const ONE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, "u");

export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  if (words.some((word) => NOT_A_NAME_WORD.has(word) || ABSTRACT_NOUN.test(word))) return false;
  // `Al-Quwa Al-Jawiya` (the Air Force club), `Al-Zawraa`: Arabic's article opens no given name, and a name it opens
  // every word of is a body's or a place's.
  if (words.every((word) => ARTICLE_OPENED.test(word))) return false;
  // `in January`, `on Sunday`, which compromise may read as a person's name: a month's or a day's name is none.
  if (words.every((word) => lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag)))) return false;
  return words.every((word, i) => ONE_NAME_WORD.test(word) || ONE_PARTICLE.test(word) || isInitialOrSuffix(words, i));
}

const ARTICLE_OPENED = new RegExp(`^(?:[Aa]l|[Ee]l|${ASSIMILATED})-`, "u");

/**
 * A word of an abstract noun's ending, in the languages compromise reads capitalised words of as names: a body's
 * name has one (`Marco de Coordinación`, `Cadre de Concertation`, `Bundesregierung`), a person's none.
 */
const ABSTRACT_NOUN = /\p{L}{2,}(?:ción|sión|miento|ismo|tion|ité|ção|ierung|heit|keit|schaft)$/u;

/**
 * Prepositions and conjunctions that open a sentence in an article in another language than English, capitalised
 * there, which compromise reads as a name's first word (`En Irak`, `Selon Mizan`, `Aus Erbil`), and in Russian the
 * adverbs news opens on (`Ранее Мария Захарова`, earlier Maria Zakharova). Not the articles, which open surnames too
 * (`Le Drian`, `La Russa`), nor the particles of names (NAME_PARTICLES).
 */
const OPENING_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: "à au aux en selon pour dans sur sous avec après avant depuis pendant par chez contre sans vers et mais ainsi alors",
    de: "aus in im von vom mit nach bei beim für über unter vor seit auf an am zum zur gegen ohne und aber auch doch",
    es: "en según para por con desde tras sin sobre hacia ante entre y pero",
    pt: "em no na nos nas segundo para por com desde após sem sobre entre e mas",
    it: "in nel nella secondo per con dopo senza su tra fra e ma",
    nl: "in volgens voor na bij op uit met tegen en maar",
    ru: "в во на по с со к из от для при после до без у о об и но а также однако ранее позже затем между кроме",
  }).map(([language, words]) => [language, new Set(words.split(" "))]),
);

/**
 * `Über dieses Thema berichtete …`, `Las redadas …`: a word that opens sentences in the article's language (OPENING_WORDS)
 * or one of its articles, capitalised there, which compromise may read as a name of its own; none is.
 */
export function isOpeningWord(word: string, language: string): boolean {
  return OPENING_WORDS[language]?.has(word.toLowerCase()) === true || ARTICLES[language]?.has(word) === true;
}

/** The articles of the languages compromise reads capitalised words of as names, capitalised. */
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: "Le La Les Un Une Des",
    de: "Der Die Das Den Dem Des Ein Eine Einen Einem Einer",
    es: "El La Los Las Un Una Unos Unas",
    pt: "O A Os As Um Uma",
    it: "Il Lo La Gli Le Un Una",
    nl: "De Het Een",
  }).map(([language, words]) => [language, new Set(words.split(" "))]),
);

/** A name without a word that opens sentences in the article's language before it (OPENING_WORDS). */
export function withoutOpeningWord(name: string, language: string): string {
  const [first, ...rest] = name.split(" ");
  return rest.length > 0 && OPENING_WORDS[language]?.has(first!.toLowerCase()) ? rest.join(" ") : name;
}

/**
 * German and Dutch capitalise a sentence's first word, German every noun: a run of capitals there says little. One
 * whose first word the text writes in small letters elsewhere (`Zerstörte Häuser im Stadtteil …`, `zerstörte Häuser`;
 * `Olie De pijpleiding`, `de olie`), or that ends as an adjective or a participle does (`Protestierende Lehrer`,
 * `Kurdische Kämpfer`), opens on a common word, and names no one; not on a first name compromise's lexicon knows
 * (`Ernst`, `Mark`), nor on a particle, which Dutch capitalises opening a surname written alone (`Van Weel`).
 */
export function opensOnCommonWord(name: string, text: string): boolean {
  const first = name.split(" ")[0]!;
  if (ONE_PARTICLE.test(first) || lexiconTags(first).some((tag) => FIRST_NAME_TAGS.has(tag))) return false;
  const small = first.toLowerCase();
  return (
    ADJECTIVE_ENDING.test(first) ||
    (small !== first && new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(small)}(?![\\p{L}\\p{N}-])`, "u").test(text))
  );
}

/** `-ende`, `-ierte`, `-ische` and their declined forms: a participle's or an adjective's ending in German and Dutch. */
const ADJECTIVE_ENDING = /\p{L}{3}(?:end|iert|isch)e[nrsm]?$/u;

/**
 * `Van Weel`, `De Vries`, `Von der Leyen`: a surname written without its first name opens on its particles, capitalised,
 * and ends on the word after them; a particle after that word says what its bearer is of (`Minister Van Weel van
 * Buitenlandse Zaken`, the minister of foreign affairs), no part of the name. Not Arabic's particles, which open a
 * full name (`Abu Bakr al Baghdadi`).
 */
export function withoutWhatItIsOf(name: string): string {
  const words = name.split(" ");
  let surname = 0;
  while (EUROPEAN_PARTICLE.test(words[surname] ?? "")) surname++;
  const of = words[surname + 1];
  return surname > 0 && of !== undefined && ONE_PARTICLE.test(of) ? words.slice(0, surname + 1).join(" ") : name;
}

const ARABIC_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu"]);
const EUROPEAN_PARTICLE = new RegExp(
  `^(?:${NAME_PARTICLES.filter((particle) => !ARABIC_PARTICLES.has(particle))
    .map((particle) => eitherCaseFirst(particle))
    .join("|")})$`,
  "u",
);

/**
 * `Gobierno de Irak`, `Regierung von Irak`: a name whose particle a country's name follows is a body's or a title's
 * (compromise reads capitalised words in another language as names), not a person's; so is one whose particle a
 * town's name follows (IN_A_PLACE).
 */
export function ofAPlace(name: string, text: string, language: string): boolean {
  const place = /\s(?:de|del|du|des|da|do|di|von|van|of)\s(.+)$/u.exec(name)?.[1];
  if (place === undefined) return false;
  if (COUNTRY_NAMES.has(place) || countryNamesIn(language).has(place.toLowerCase())) return true;
  const inPlace = IN_A_PLACE[language];
  return inPlace !== undefined && wordsBefore(place, text).some((word) => inPlace.test(word));
}

/**
 * The words for "in" before a town's name in the languages compromise reads capitalised words of as names: a name
 * the text writes after one is a place's (`en Estambul`), and a name that is of it a body's or a building's (`la
 * discoteca Reina de Estambul`), not a person's.
 */
const IN_A_PLACE: Readonly<Record<string, RegExp>> = {
  es: /^en$/i,
  fr: /^(?:à|en|dans)$/i,
  it: /^in$/i,
  pt: /^em$/i,
  de: /^in$/i,
  nl: /^in$/i,
};

/**
 * A surname alone (`Rasul`, `Al-Kazemi`) stands for the full name it ends; a fragment that ends no full name and
 * is a single word is dropped, since it cannot be told from a place or a common noun.
 */
export function mergePeople(names: string[]): string[] {
  const full = unique(names.filter((name) => name.includes(" ")));
  const fullNames = full.filter((name) => !full.some((other) => other !== name && endsWithName(other, name)));
  const result = new Set<string>();
  for (const name of names) {
    const owner = fullNames.find((candidate) => candidate === name || endsWithName(candidate, name));
    if (owner) result.add(owner);
  }
  return [...result].sort((a, b) => a.localeCompare(b));
}

export function endsWithName(full: string, part: string): boolean {
  const lower = full.toLowerCase();
  const tail = part.toLowerCase();
  return lower !== tail && lower.endsWith(` ${tail}`);
}
