import { FUNCTION_WORDS } from "../patterns.ts";
import { mentionsOf } from "./mentions.ts";

// Lines in title case (headlines, subheads), whose capitalised runs name nothing.

/**
 * `Camp Closures` of `Over 1 Million Still Displaced in Iraq as Camp Closures Continue`: every word of a headline in
 * title case is capitalised, and compromise reads a run of them as a place's name. A place no word of which a list
 * knows (as `Iraq` of `Northern Iraq`), written only in such lines (titleCaseLines), is none; unknownPlaces does not
 * read them either.
 */
export function onlyInTitleCase(place: string, text: string, lines: [number, number][]): boolean {
  const mentions = mentionsOf(place, text);
  const inLine = (at: number) => lines.some(([start, end]) => at >= start && at < end);
  return mentions.length > 0 && mentions.every(({ index }) => inLine(index));
}

/**
 * Four in five of a line's words of four letters or more are capitalised: a headline, a subhead, a caption in title
 * case. A sentence that names a few people and places (`Protesters gathered in Kufa on Friday. Kufa is a city south of
 * Baghdad`) has more words in small letters.
 */
export function inTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.8;
}

/**
 * Every word of four letters or more capitalised, but words like `with` and `from`, three or more of them: a headline
 * in title case (`Iraq’s Parliament Approves New Cabinet`). Stricter than inTitleCase, which would take a sentence
 * dense with organisations' names (`The Iraqi Security Forces and the People's Mobilization Forces said`) for one.
 */
function inFullTitleCase(line: string): boolean {
  const words = line.match(/(?<![\p{L}'’])\p{L}{4,}/gu) ?? [];
  const small = words.filter((word) => /^\p{Ll}/u.test(word));
  const capitalised = words.length - small.length;
  return capitalised >= 3 && small.every((word) => FUNCTION_WORDS.has(word)) && words.some((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

/**
 * Where the lines of `text` in title case are (`Iraq’s Parliament Approves New Cabinet`, a headline or a subhead), as
 * [start, end) offsets: their capitalised runs (`Parliament Approves New Cabinet`) name nothing.
 */
export function titleCaseLines(text: string): [number, number][] {
  if (titleCasedOf?.text === text) return titleCasedOf.lines;
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (inFullTitleCase(line)) lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  titleCasedOf = { text, lines };
  return lines;
}

/** The last text's lines in title case: findOrganizations and extractEntities both ask for an article's. */
let titleCasedOf: { text: string; lines: [number, number][] } | undefined;
