import { decodeHTMLStrict } from "entities";

/**
 * Typography that a scrape garbles and an editor would fix without changing a word: line endings, HTML's character
 * references that a scraper left in the text (`&amp;`, `&quot;`, `&#8212;`), invisible characters, non-breaking and
 * repeated spaces, spaces before punctuation. Line breaks are kept one for one, so line numbers still point into
 * the raw file.
 */
/** Characters that print nothing: soft hyphens, zero-width spaces, DEL and the C1 controls of a mis-decoded page. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff\u007f-\u0084\u0086-\u009f]/g;
/**
 * The zero-width non-joiner and joiner, at a word's edge, where they join nothing. Inside a word they are its spelling:
 * Persian and Kurdish write `دست‌کم` with the non-joiner, an emoji's parts are held together by the joiner.
 */
const JOINER_AT_EDGE = /(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)/g;
/**
 * Characters that print as a space: non-breaking and typographic spaces, vertical tabs and form feeds. Not tabs: a
 * copy of a page's table separates its cells with them; toLines reads the cells, then makes the tabs spaces.
 */
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\v\f\u0085]/g;

/** A character reference with its closing `;` (`&amp;`, `&#8217;`, `&#x2014;`): `AT&T` and `&c` are text. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/;

export function normalizeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    // `&#10;` is a line break: kept a space, so line numbers still point into the raw file.
    .map((line) => (CHARACTER_REFERENCE.test(line) ? decodeHTMLStrict(line).replace(/[\r\n\u2028\u2029]/g, " ") : line))
    .map((line) => line.replace(INVISIBLE, "").replace(WIDE_SPACES, " ").replace(JOINER_AT_EDGE, "").trimEnd());
}

/**
 * Tidies the spacing inside one line of running text: a stray space before a closing mark goes (`years ,`), a
 * space before a mark that opens something stays (`and ![img]`, `{% raw %}`). French sets a space before `;`, `:`,
 * `!` and `?` (`rendre leurs armes ? La question`, a narrow no-break space in print): in a text that writes it so
 * (`spacedMarks`, spacesHighMarks), it is the writer's, and stays, one space. Indentation has been read by then.
 */
export function tidySpacing(text: string, spacedMarks: boolean): string {
  return text
    .trim()
    .replace(/ {2,}/g, " ")
    .replace(spacedMarks ? SPACE_BEFORE_LOW_MARK : SPACE_BEFORE_MARK, "$1");
}

const SPACE_BEFORE_MARK = / +([,;:!?%]|\.(?!\.))(?=\s|$)/g;
const SPACE_BEFORE_LOW_MARK = / +([,%]|\.(?!\.))(?=\s|$)/g;

/**
 * Whether `texts` set a space before `;`, `:`, `!` and `?` more often than they do not, as French writes them: the
 * text's way, not a scrape's stray space (`What now ?` among questions without one).
 */
export function spacesHighMarks(texts: string[]): boolean {
  let spaced = 0;
  let glued = 0;
  for (const text of texts) {
    spaced += text.match(SPACED_HIGH_MARK)?.length ?? 0;
    glued += text.match(GLUED_HIGH_MARK)?.length ?? 0;
  }
  return spaced > glued;
}

/** `;`, `:`, `!` or `?` after a word, a space between or none, and a space or the line's end after it. */
const SPACED_HIGH_MARK = /[^\s;:!?] +[;:!?](?=\s|$)/g;
const GLUED_HIGH_MARK = /[^\s;:!?][;:!?](?=\s|$)/g;

/**
 * A name printed in capitals, as wire datelines and some bylines print them (`NEW YORK`, `ABDULRAHMAN ZEYAD`), in
 * the case the archive lists names in (`New York`, `Abdulrahman Zeyad`); a name in mixed case, or an acronym of
 * one word (`UN`), is left as it is. Names joined by "and" or commas (`REZA HOSSEINI and JOHN CARVER`, as AP prints
 * its writers) each.
 */
export function unshouted(names: string): string {
  return names
    .split(/( and | AND | & |, )/)
    .map((part, i) => (i % 2 === 1 ? part.toLowerCase() : unshoutedName(part)))
    .join("");
}

function unshoutedName(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}.*\s|\p{Lu}{4}/u.test(name)) return name;
  return lowerCased(name).replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * `text` in small letters as its language writes them. Turkish (and Azerbaijani) dots its `i` in capitals too (`İ`),
 * and writes `I` for its dotless `ı`: the default lower case makes `ERBİL` `erbi̇l`, with a combining dot that no
 * language writes (and that names no place the archive lists as `Erbil`). Text that writes a dotted `İ` is Turkic and
 * lowered as Turkish writes it (`DİYARBAKIR`, `Diyarbakır`); other text by the default rule, where `I` is `i`.
 */
export function lowerCased(text: string): string {
  return text.includes("İ") ? text.toLocaleLowerCase("tr") : text.toLowerCase();
}
