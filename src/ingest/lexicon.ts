import nlp from "compromise";

const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/**
 * The tags compromise's lexicon gives a word, whatever its case (`Plural`, `Country`, `WeekDay`, `Demonym`); none for
 * a word it does not know. Some words have several (`people`: `Plural`, `Actor`).
 */
export function lexiconTags(word: string): string[] {
  return [LEXICON[word.toLowerCase()] ?? []].flat();
}

/** The tags compromise's lexicon gives a first name (`Michel`), or a name it knows only as a person's (`Hamid`). */
export const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(["MaleName", "FemaleName", "FirstName", "Person"]);

/** A word compromise's lexicon does not know, or knows as a name's (`Nasser`, `Smith`), not `East` or `News`. */
export function mayBeNamesWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((tag) => FIRST_NAME_TAGS.has(tag) || tag === "LastName");
}

/** The tags compromise's lexicon gives the words of places' names. */
export const PLACE_TAGS: ReadonlySet<string> = new Set(["Country", "City", "Place", "Region"]);

/** Whether compromise's lexicon knows `name` as a place's (`Riyadh`, `Abu Dhabi`), whatever else it knows it as. */
export function isKnownPlace(name: string): boolean {
  return lexiconTags(name).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * Whether a capitalised name where a dateline stands may be a place's: compromise's lexicon knows it whole as
 * nothing but a place's (`Abu Dhabi`, `New York`, a proper noun too), or, not knowing it whole, its first word as one
 * or not at all (`Frankfurt am Main`, `Bagdad`). `Nothing`, `Tuesday` are not.
 */
export function mayBePlaceName(name: string): boolean {
  const whole = lexiconTags(name);
  const tags = whole.length > 0 ? whole : lexiconTags(name.split(/[ -]/)[0]!);
  return tags.every((tag) => PLACE_TAGS.has(tag) || tag === "ProperNoun");
}

/** Whether compromise's lexicon knows `word` as a verb's form (`Dies`, `Are`, `elects`, `agreed`). */
export function isVerbForm(word: string): boolean {
  return lexiconTags(word).some((tag) => VERB_TAGS.has(tag));
}

const VERB_TAGS: ReadonlySet<string> = new Set([
  "PresentTense",
  "PastTense",
  "Infinitive",
  "Gerund",
  "Copula",
  "Modal",
  "Auxiliary",
  "Participle",
  "PhrasalVerb",
  "Verb",
]);
