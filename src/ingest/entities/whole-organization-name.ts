import { lexiconTags } from "../lexicon.ts";
import { CALENDAR_TAGS, smallLetterTags } from "./compromise.ts";
import { LONGEST_WORD_BEFORE, mentionsOf } from "./mentions.ts";
import { isDemonym, isPlaceName, NOT_A_NAME_WORD, TITLE_WORDS } from "./name-words.ts";
import { CAPITALISED_WORD_AFTER } from "./place-names.ts";

// An organisation's whole name, read on from where compromise cut it short.

/**
 * `Erbil International` of `Erbil International Airport`, `International` of `Indira Gandhi International Airport`,
 * `Institute for Water` of `the Institute for Water, Environment and Health`, `Syrian Observatory` of `the Syrian
 * Observatory for Human Rights`, `FA` of `the Iraq FA Cup`, `SC` of `Erbil SC`: a name read where the text writes it
 * only as a piece of a longer one is cut, and names nothing. The name as the text writes it where it stands whole; else
 * the longer name, where the text goes on from it the same way at each mention with what it is for (`for Human Rights`;
 * or of, for a paper's name its `The` opens: `The Times of Israel`) or with the rest of a list of what it is of or for,
 * words that are no places' (`, Environment and Health`; not `the Ministry of Oil, Basra and Kirkuk`); else none where
 * it is cut: a name that ends on an adjective, as no body's name does, goes on in a capitalised word (not `the United
 * Nations Special Envoy`, `Kurdistan Regional Government Prime Minister`, which end on nouns), or, for an initialism, a
 * capitalised word of its name goes before it (`Erbil SC`; not `The BBC`, `Iraqi PMF`: isPartOfNameBefore). In
 * English: other languages capitalise other words (`ВМС Корпуса стражей`, the Guards Corps' navy).
 */
export function wholeOrganizationName(org: string, text: string): string | undefined {
  const initialism = /^\p{Lu}{2,6}$/u.test(org);
  const endsOnAdjective = smallLetterTags(org.split(" ").at(-1)!).includes("Adjective");
  const endsOfOrFor = OF_ONE_WORD.test(org);
  const titled = org.startsWith("The ");
  /** What the name goes on with at a mention: words, none (""), or cut (undefined). */
  const goingOn = (index: number): string | undefined => {
    const end = index + org.length;
    const after = text.slice(end, end + LONGEST_NAME_AFTER);
    const list = endsOfOrFor ? ITEMS_AFTER.exec(after)?.[0] : undefined;
    if (list !== undefined && !list.split(/,? and |, /u).some((item) => item && isPlaceName(item))) return list;
    const purpose = initialism || / (?:of|for) /u.test(org) ? undefined : (titled ? OF_OR_FOR_AFTER : FOR_AFTER).exec(after)?.[0];
    if (purpose !== undefined) return purpose;
    if (endsOnAdjective && CAPITALISED_WORD_AFTER.test(after)) return undefined;
    if (initialism && isPartOfNameBefore(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index))) return undefined;
    return "";
  };
  const rests = new Set(mentionsOf(org, text).map(({ index }) => goingOn(index)));
  if (rests.size === 0 || rests.has("")) return org;
  const [rest] = rests;
  return rests.size === 1 && rest !== undefined ? org + rest : undefined;
}
/** `, Environment and Health`: words of a name, one a word, listed after a comma. */
const ITEMS_AFTER = /^(?:, \p{Lu}[\p{L}'’-]*)+,? and \p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}'’-]| \p{Lu})/u;
/** `for Human Rights`: what a body is for, in capitalised words. */
const FOR_AFTER = /^ for (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)*/u;
/** `The Times of Israel`, `The Times of India`: a paper's name, its `The` capitalised, goes on in what it is of too. */
const OF_OR_FOR_AFTER = /^ (?:of|for) (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)*/u;
/** Far enough on to read the rest of a body's name. */
const LONGEST_NAME_AFTER = 120;
/** `Institute for Water`: a name that ends on what it is of or for, a word. */
const OF_ONE_WORD = / (?:of|for) \p{Lu}[\p{L}'’-]*$/u;

/**
 * `Erbil SC`, `Iraq FA`: a capitalised word right before an initialism that is a name's (a place's, a town's club),
 * not an article, a day's or month's name, a title or a people's (`The BBC`, `Iraqi PMF`).
 */
function isPartOfNameBefore(before: string): boolean {
  const word = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
  return (
    word !== undefined &&
    !NOT_A_NAME_WORD.has(word) &&
    !isDemonym(word) &&
    !TITLE_WORDS.has(word) &&
    !lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag))
  );
}
