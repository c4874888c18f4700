import nlp from "compromise";
import { lexiconTags } from "../lexicon.ts";
import { sentences } from "../sentences.ts";
import { bulkMatch } from "./compromise-sweep.ts";

// compromise, set up once for the entity finders, and what its tagger and lexicon say of a word.

/**
 * compromise's last step groups the tagged words into phrases ("chunks") for its grammar methods. The people,
 * places and organisations read tags only, so the step is left out (for the whole process: only these modules run
 * compromise, through the `nlp` this one exports). On one thread, ingest took 24.3 ms an article without it, against
 * 28.8 ms, with the same output.
 */
const world = nlp.world() as {
  hooks: string[];
  methods: { one: { bulkMatch: typeof bulkMatch } };
  model: {
    two: {
      matches: PostTaggerPattern[];
      suffixPatterns: Record<string, string>[];
      endsWith: Record<string, [RegExp, string, string?][]>;
    };
  };
};
world.hooks = nlp.hooks().filter((hook) => hook !== "chunks");
/**
 * compromise's post-tagger runs 570 patterns that correct its first guess at every word's part of speech, and took
 * two thirds of its time. The entity finders read only whether a word is part of a person's, place's or
 * organisation's name, so only the patterns that tag or untag those are run, and those that decide whether a
 * hyphenated word is a modifier (`Iran-aligned`, `US-led` name no place): 89 of them. Ingesting 2,000 synthetic
 * articles took 18.4 s instead of 31.9 s; the seeds came out the same, and of the 2,000 articles 9 gained a place
 * their headline names (`Germany and Kuwait sign …` now lists Kuwait), none lost an entity. Set before the first
 * nlp() call, which compiles the patterns once for the process.
 */
interface PostTaggerPattern {
  match: string;
  tag?: unknown;
  unTag?: unknown;
}
const ENTITY_TAGS =
  /Person|FirstName|LastName|Honorific|Organization|Place|Country|Region|City|ProperNoun|SportsTeam|Possessive/;
world.model.two.matches = world.model.two.matches.filter(
  ({ match, tag, unTag }) => ENTITY_TAGS.test(`${tag} ${unTag}`) || match.includes("#Hyphenated"),
);
/** The post-tagger's patterns, found with less work (compromise-sweep.ts). */
world.methods.one.bulkMatch = bulkMatch;
/** compromise, set up as above: the entity finders call it only through here, so the setup runs first. */
export { nlp };
/**
 * compromise ends a sentence at a full stop, but not at one inside closing quotes, and then reads a name across the
 * two sentences: `…against ISIS." The French Army's` gave `ISIS. The French Army`, `"Is it over?" The Iraqi Ministry
 * of Defense` and `…of the war.' The Iraqi Ministry of Defense` gave `The Iraqi Ministry`. It is given the text one
 * sentence a line, as sentences.ts splits it: a line break ends a sentence for compromise. On 1,505 synthetic
 * articles and the seeds, the entities came out as with the pattern for closing double quotes it replaces, as fast.
 */
export const oneSentenceALine = (text: string) => sentences(text).join("\n");
/**
 * The phrases compromise found, but those across a line break, which are no name: after a quotation mark that does
 * not close (`“rebuild in remote It is scheduled … region of Iraq.`) it reads on into the next sentence, and gave the
 * place `Iraq.\nFrance`. Their parts are no better (`Iraq.\nThe`).
 */
export const phrases = (view: { out(format: "array"): string[] }) => view.out("array").filter((phrase) => !phrase.includes("\n"));
/** The tags compromise's tagger gives a word its lexicon does not know by its last letters (isActorInSmallLetters). */
const { suffixPatterns: SUFFIX_TAGS, endsWith: ENDING_TAGS } = world.model.two;
/** What compromise's lexicon calls the words of a name; a word it does not know may be one too. */
export const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person", "ProperNoun"]);

/**
 * Whether `word` is a common word of English, as compromise reads it in small letters: its lexicon knows it as no
 * name's, or its tables of endings tag it (isActorInSmallLetters). Its lexicon knows few nouns (not `road`, `affair`,
 * `development`): a noun's ending and a plural's say the rest (`Development`, `Agriculture`, `Roads`, `Resources`); a
 * name's `-as`, `-is`, `-us` (`Abbas`, `Idris`, `Younis`) are none.
 */
export function isCommonWord(word: string): boolean {
  const tags = smallLetterTags(word);
  if (tags.length > 0) return !tags.some((tag) => NAME_TAGS.has(tag));
  return COMMON_NOUN_ENDING.test(word.toLowerCase());
}

/**
 * The tags compromise gives `word` in small letters: those its lexicon knows it by, or, for a word its lexicon does
 * not know, the one its tables of endings give it (`international`, `development`: none), as its tagger does.
 */
export function smallLetterTags(word: string): string[] {
  const lower = word.toLowerCase();
  const known = lexiconTags(lower);
  if (known.length > 0) return known;
  for (let length = Math.min(7, lower.length - 1); length > 1; length--) {
    const tag = SUFFIX_TAGS[length]?.[lower.slice(-length)];
    if (tag !== undefined) return [tag];
  }
  const ending = ENDING_TAGS[lower.at(-1)!]?.find(([pattern]) => pattern.test(lower))?.[1];
  return ending === undefined ? [] : [ending];
}

const COMMON_NOUN_ENDING =
  /\p{L}{2}(?:ment|tion|sion|ity|ure|ism|ics|ance|ence|ness|ship|ry|cy|ing|ies|ces|[^aeiouys'’]s)$/u;

/**
 * Whether compromise tags `word`, in small letters, as a person's common noun (`Actor`): by its lexicon (`lawmaker`),
 * or, for a word its lexicon does not know, by its ending (`novelist`, `musician`, `photographer`), as its tagger
 * does; read off its tables rather than by parsing the word, which took a millisecond a word.
 */
export function isActorInSmallLetters(word: string): boolean {
  return smallLetterTags(word.replace(/[^\p{L}'’-]/gu, "")).includes("Actor");
}

export const CALENDAR_TAGS = new Set(["WeekDay", "Month"]);
