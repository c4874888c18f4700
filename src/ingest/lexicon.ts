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

/** The tags compromise's lexicon gives the words of places' names. */
export const PLACE_TAGS: ReadonlySet<string> = new Set(["Country", "City", "Place", "Region"]);
