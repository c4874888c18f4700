import { FUNCTION_WORDS } from "./patterns.ts";

const MOST_CHARACTERS = 80;
/** A slug cut short should not end on "-in" or "-the". */
const TRAILING_FUNCTION_WORDS = new RegExp(`(-(${[...FUNCTION_WORDS].join("|")}))+$`);

/**
 * A URL slug from a headline: lower case, Latin letters without diacritics, other scripts kept as they are (an
 * Arabic headline gives a readable Arabic slug), words joined by hyphens, cut at a word boundary.
 */
export function slugify(text: string): string {
  let slug = "";
  for (const word of slugWords(text)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MOST_CHARACTERS && slug) break;
    slug = next.slice(0, MOST_CHARACTERS);
  }
  return slug.replace(TRAILING_FUNCTION_WORDS, "");
}

/**
 * The words of a slug: lower case, without diacritics or apostrophes, letters of every script kept. Spellings that
 * differ only in case, diacritics or punctuation give the same words.
 */
export function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The words by which spellings of one name are one (slugWords), with Turkish's dotless `ı` as `i`: English writes
 * `Diyarbakir` and `Kazimi` for `Diyarbakır` and `Kazımi`, as it writes `Erdogan` for `Erdoğan`. A browse page's
 * value, a city's name (city-names.ts).
 */
export function nameWords(value: string): string[] {
  return slugWords(value.includes("ı") ? value.replaceAll("ı", "i") : value);
}
