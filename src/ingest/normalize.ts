/**
 * Typography that a scrape garbles and an editor would fix without changing a word: line endings, invisible
 * characters, non-breaking and repeated spaces, spaces before punctuation. Line breaks are kept one for one, so line
 * numbers still point into the raw file.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;

export function normalizeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(INVISIBLE, "").replace(WIDE_SPACES, " ").trimEnd());
}

/** Tidies the spacing inside one line of running text. Indentation has been read by then, so it goes too. */
export function tidySpacing(text: string): string {
  return text
    .trim()
    .replace(/ {2,}/g, " ")
    .replace(/ +([,;:!?%]|\.(?!\.))/g, "$1");
}
