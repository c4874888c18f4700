import { escapeRegExp, PLACE_PREPOSITIONS } from "./name-words.ts";

// Where the text writes a name, and what stands right before it: the tests every kind of entity shares.

/**
 * `Albu` of `the village of Albu Aitha`, as compromise gives it: a name the text writes only as the first words of
 * a longer one found is no name of its own: no place, nor an organisation (`Erbil International` of `Erbil
 * International Airport`), nor a person (`Tedros Adhanom` of `Tedros Adhanom Ghebreyesus`). `Mosul`, written alone
 * besides `the Mosul Dam`, is.
 */
export function onlyOpensLongerName(name: string, names: string[], text: string): boolean {
  // `Khaled El` of `Khaled El-Enany`: compromise ends a name at a hyphen it does not know.
  const longer = names.filter((other) => other.startsWith(`${name} `) || other.startsWith(`${name}-`));
  if (longer.length === 0) return false;
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => longer.some((other) => text.startsWith(other, index)));
}

/** Where the text writes a name: the index of its first letter. */
export interface Mention {
  index: number;
}

/**
 * Where the text writes `name` as a whole word, no letter or digit on either side. Found with indexOf, not a pattern
 * made for each name: the rules ask it of most names they test, and making and running those patterns was a tenth of
 * the time ingest took.
 */
export function mentionsOf(name: string, text: string): Mention[] {
  const mentions: Mention[] = [];
  if (name === "") return mentions;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? "") && !LETTER_OR_DIGIT.test(text[end] ?? "")) mentions.push({ index: at });
  }
  return mentions;
}

/**
 * `Paulo` of `the University of São Paulo`, `Asia` of `Radio Free Asia`, as compromise gives them: a name the text
 * writes only inside a longer name found, after another capitalised word of it (`São Paulo`, `Free Asia`), is a piece
 * of that name, whether it ends it or more words follow (`the Radio Free Asia Uyghur Service`); so is one after its
 * "and" (`Social Council` of `the Economic and Social Council`). One after another word in small letters is a name of
 * its own: `Baghdad` of `the University of Baghdad`, `Chile` of `Universidad de Chile`; and so is one that opens the
 * longer name (`Mosul` of `the Mosul Dam`: onlyOpensLongerName).
 */
export function onlyInsideLongerName(name: string, names: string[], text: string): boolean {
  // Where in each longer name `name` stands after a capitalised word of it, or after its "and".
  const inside = names.flatMap((other) =>
    [...other.matchAll(new RegExp(`(?<=(?<!\\S)(?:\\p{Lu}\\S*|and) )${escapeRegExp(name)}(?= |$)`, "gu"))].map(({ index }) => ({ other, index })),
  );
  if (inside.length === 0) return false;
  const mentions = mentionsOf(name, text);
  const isInside = (at: number) => inside.some(({ other, index }) => at >= index && text.startsWith(other, at - index));
  return mentions.length > 0 && mentions.every(({ index }) => isInside(index));
}

/**
 * `Law` of `the State of Law Coalition`, `East Syria` of `the Autonomous Administration of North and East Syria`: a
 * name the text writes only inside longer names found, wherever it stands in them.
 */
export function onlyWithinLongerNames(name: string, names: string[], text: string): boolean {
  const longer = names.filter((other) => other.length > name.length && other.includes(name));
  if (longer.length === 0) return false;
  const spans = longer.flatMap((other) => mentionsOf(other, text).map(({ index }) => [index, index + other.length]));
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => spans.some(([start, end]) => index >= start! && index < end!));
}

export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * compromise reads `Al Qa’im` as a person; a name only ever seen after "in", "at" or "near" is a place. It reads
 * `Shatt al-Arab` as one too: a name only ever seen after "the" is a river's, a region's or a body's, not a
 * person's. A mention is the name after a word and spaces. The name is looked for first and the word before it
 * read back: a pattern that starts with the word would try every letter of the text for every name, a sixth of a
 * whole ingest.
 */
export function onlyAfter(word: RegExp, name: string, text: string): boolean {
  const before = wordsBefore(name, text);
  return before.length > 0 && before.every((one) => word.test(one));
}

/**
 * The word before each mention of `name` that follows a word and spaces (not one after a comma, say), but those
 * `ignore` (the word, where the mention ends) says tell nothing.
 */
export function wordsBefore(name: string, text: string, ignore?: (word: string, end: number) => boolean): string[] {
  const wholeName = new RegExp(`${escapeRegExp(name)}\\b`, "uy");
  const words: string[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    wholeName.lastIndex = at;
    if (!wholeName.test(text)) continue;
    const before = WORD_THEN_SPACES.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at));
    if (before && !ignore?.(before[1]!, at + name.length)) words.push(before[1]!);
  }
  return words;
}

const WORD_THEN_SPACES = /(?<!\p{L})(\p{L}+) +$/u;
export const PLACE_PREPOSITION = new RegExp(`^(?:${PLACE_PREPOSITIONS.join("|")})$`, "i");
export const THE = /^the$/i;
/** Far enough back to see a whole word before a name: no preposition is longer, and a longer word is not one. */
export const LONGEST_WORD_BEFORE = 80;

/**
 * Whether a capitalised word goes right before `at` and opens no sentence (`Riad` of `Riad Salamé`): a name at `at`
 * goes on from it. One that opens a sentence may be any word (`À Bagdad`).
 */
export function runsOnFromName(text: string, at: number): boolean {
  const wordAt = capitalisedWordBefore(text, at);
  return wordAt !== undefined && !OPENS_SENTENCE.test(text.slice(Math.max(0, wordAt - 3), wordAt));
}

/** Where the capitalised word right before `at` (spaces between) begins; undefined where the word there is none. */
export function capitalisedWordBefore(text: string, at: number): number | undefined {
  const from = Math.max(0, at - LONGEST_WORD_BEFORE);
  const before = CAPITALISED_WORD_BEFORE.exec(text.slice(from, at));
  return before === null ? undefined : from + before.index;
}
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’-]* +$/u;
/** What stands before a sentence's first word: the text's or a line's start, a stop, an opening quote or bracket. */
const OPENS_SENTENCE = /(?:^|\n|[.!?:;…] +|["“«(\[] *)$/u;
