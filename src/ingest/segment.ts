import { CAPTION_CREDIT_END, CLOCK_TIME_LINE, FUNCTION_WORDS } from "./patterns.ts";

/** A raw line with its 1-based number in the raw file and its indentation, which comment threads use. */
export interface Line {
  no: number;
  text: string;
  indent: number;
  /** the line as written, when ingest took marks off it: Markdown's (markdown-marks.ts), a list item's (lists.ts) */
  written?: string;
  /**
   * what the text itself says the line is: a heading (Markdown's `## A subhead`), a photo's caption (Markdown's
   * `![A bridge at dawn](…)`, the line after an `Image caption,` label), an item of a list (lists.ts), or the text
   * of a social post embedded in the article, above its credit (boilerplate.ts), or a table's row (tables.ts); or the
   * page's title, as a wiki prints it above its tagline (boilerplate.ts); or a photo's credit printed alone, the
   * photo's caption without text (`Photo: Safin Hamed/AFP` between paragraphs, boilerplate.ts); or a line of the
   * signature below a letters page's last letter (`Dr Sarah Jones` / `University of Leeds`, boilerplate.ts)
   */
  kind?: "heading" | "caption" | "credit" | "item" | "post" | "row" | "title" | "signature";
  /** a caption's photo credit, or an embedded post's, when the page printed it on a line of its own (boilerplate.ts) */
  credit?: string;
  /** a numbered list item's number */
  number?: number;
  /** the line's cells, when tabs separate them, as a copy of a page's table does: read by tables.ts */
  cells?: string[];
}

/** Lines separated from their neighbours by blank lines: a paragraph, a header group, a comment. */
export type Block = Line[];

/** A line of an article's blocks laid out in one run, and whether it opens its block. */
export interface LineInBlock {
  line: Line;
  opensBlock: boolean;
}

/** The lines of `blocks` in one run, so that a reader can find a list or a table that runs across blocks. */
export const linesInBlocks = (blocks: Block[]): LineInBlock[] =>
  blocks.flatMap((block) => block.map((line, i) => ({ line, opensBlock: i === 0 })));

/** What a reader took as a block of its own (a list's items, a table's rows), and the index after the last line it read. */
export interface ReadRun {
  items: Line[];
  end: number;
}

/**
 * The blocks of `lines` again, each run a reader reads a block of its own (a list, a table): `readAt` is asked at each
 * line the runs before it left, given the line before if that stayed in its block. A line in no run stays in its
 * block, which a run taken out of it splits.
 */
export function withRunsRead(lines: LineInBlock[], readAt: (start: number, previous: Line | undefined) => ReadRun | undefined): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  for (let i = 0; i < lines.length; ) {
    const read = readAt(i, current?.at(-1));
    if (read) {
      out.push(read.items);
      current = undefined;
      i = read.end;
      continue;
    }
    const { line, opensBlock } = lines[i]!;
    if (opensBlock || !current) out.push((current = [line]));
    else current.push(line);
    i++;
  }
  return out;
}

/**
 * The indexes of the lines with text from `from` on, the first `most` of them: the lines a reader of a page's header
 * (a scraper's block, an email's, a forum's post) walks, the blank lines between them passed over.
 */
export function nonEmptyFrom(lines: Line[], from = 0, most = Infinity): number[] {
  const found: number[] = [];
  for (let i = from; i < lines.length && found.length < most; i++) if (lines[i]!.text !== "") found.push(i);
  return found;
}

/** The index of the first line with text from `from` on, if any. */
export const firstNonEmpty = (lines: Line[], from = 0): number | undefined => nonEmptyFrom(lines, from, 1)[0];

/**
 * A line's text, with its tabs spaces; a line whose tabs part two words or more has cells too (Line.cells). A tab
 * that opens the line is an empty first cell, a table's corner above its rows' names (`\t2019\t2023`); a line only
 * indented by tabs has no cells.
 */
export function toLines(normalized: string[]): Line[] {
  return normalized.map((raw, index) => {
    const cells = raw.replace(/^ +/, "").split("\t").map((cell) => cell.trim());
    return {
      no: index + 1,
      text: raw.replace(/\t/g, " ").trim(),
      indent: raw.length - raw.trimStart().length,
      ...(cells.filter(Boolean).length > 1 && { cells }),
    };
  });
}

export function segment(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks.flatMap(splitLineParagraphs).flatMap(splitKindLines).flatMap(splitAfterCredits);
}

/**
 * A photo's credit ends its caption (`… in Erbil. Photograph: Safin Hamed/AFP`): a line that ends in one, with a line
 * below it in the same block, ends a block, as a page that prints a caption between paragraphs without a blank line
 * around it leaves it. The credit ends the line's text, so a sentence wrapped on past it is no caption.
 */
function splitAfterCredits(block: Block): Block[] {
  const blocks: Block[] = [[]];
  for (const [i, line] of block.entries()) {
    blocks.at(-1)!.push(line);
    const next = block[i + 1];
    if (next && /^["“‘]?\p{Lu}/u.test(next.text) && CAPTION_CREDIT_END.some((credit) => credit.test(line.text))) blocks.push([]);
  }
  return blocks;
}

/** A line the text says is a heading or a caption is a block of its own, with or without blank lines around it. */
function splitKindLines(block: Block): Block[] {
  if (!block.some((line) => line.kind)) return [block];
  const blocks: Block[] = [];
  for (const line of block) {
    const last = blocks.at(-1);
    if (last && !line.kind && !last[0]!.kind) last.push(line);
    else blocks.push([line]);
  }
  return blocks;
}

/** A block with this many line breaks and none like a wrap's is a block of one-line paragraphs. */
const LINE_PARAGRAPHS_FROM = 3;

/**
 * Some scrapers, and some copies of a page, end each paragraph, heading and menu item with one line break and leave
 * no blank line anywhere, so the whole page is one block. A block of LINE_PARAGRAPHS_FROM breaks or more in which
 * few breaks look like a wrap (the next line going on in lower case, a line ending on a comma, a hyphen or a word
 * like "of" or "the") is cut at each break that does not: a paragraph wrapped over lines has many breaks like a
 * wrap, three in four of an English one's, while a page's odd one is a link's text or a button's (`share2` below
 * `Click here to share`) on a line of its own. So is a shorter block with a line that is only a time of day, a live
 * page's entry (its time, its heading, its text): a wrap that leaves a time alone on a line leaves a sign of a wrap
 * beside it. A block whose every line is as long as a wrap would make it (wrappedGreedily) is one paragraph,
 * whatever its breaks look like; any other block is cut where a paragraph ends (splitAtParagraphEnds).
 */
function splitLineParagraphs(block: Block): Block[] {
  if (block.length <= LINE_PARAGRAPHS_FROM && !block.some((line) => CLOCK_TIME_LINE.test(line.text))) return splitAtParagraphEnds(block);
  if (wrappedGreedily(block)) return [block];
  const wraps = block.slice(1).map((line, i) => goesOnFrom(block[i]!.text, line.text));
  if (wraps.filter(Boolean).length > wraps.length * MOST_WRAPS_OF_A_PAGE) return splitAtParagraphEnds(block);
  const blocks: Block[] = [[block[0]!]];
  wraps.forEach((wrap, i) => (wrap ? blocks.at(-1)!.push(block[i + 1]!) : blocks.push([block[i + 1]!])));
  return blocks;
}

/**
 * A block that may be a wrapped paragraph, or a few, is cut only where a line that ends a sentence, with a sentence
 * starting on the line below, could not have been left so by a wrap. Every break between sentences is not enough: a
 * paragraph wrapped at 72 columns may break so, as one of the seeds does. But a wrap fills each line as near its
 * width as the next word lets it, so such a line with room for the next line's first word, and to spare
 * (MOST_WRAP_ROOM), within the block's widest line ends a paragraph (`It never is.` above `The numbers explain
 * why.`), as does one longer than a scrape wraps at (LONGEST_WRAPPED_LINE). So, too, does every line of three whose
 * every break is between sentences, when the first two differ in length by more than a wrap leaves
 * (MOST_WRAP_SLACK): a wrap leaves a paragraph's first two lines about as long. A line with such room that ends
 * with no mark at all, on no word like "of", above a capital, is a subhead above its paragraph (`SITUATION OVERVIEW`
 * above `Heavy rainfall caused…`); one that ends on a colon, with room for the next line's first word, introduces the
 * line below (introduces).
 */
function splitAtParagraphEnds(block: Block): Block[] {
  const width = widestLine(block);
  const endsSentences = block.slice(1).every((line, i) => breaksBetweenSentences(block[i]!.text, line.text));
  const uneven = block.length === 3 && endsSentences && Math.abs(block[0]!.text.length - block[1]!.text.length) > MOST_WRAP_SLACK;
  const blocks: Block[] = [[block[0]!]];
  block.slice(1).forEach((line, i) => {
    const end = block[i]!.text;
    const roomy = hasRoomFor(end, line.text, width * (1 - MOST_WRAP_ROOM));
    const unwrapped = uneven || end.length > LONGEST_WRAPPED_LINE || roomy || asksAlone(block, i);
    const heads = roomy && headsTheLineBelow(end, line.text);
    if ((unwrapped && breaksBetweenSentences(end, line.text)) || heads || introduces(end, line.text, width)) blocks.push([line]);
    else blocks.at(-1)!.push(line);
  });
  return blocks;
}

/**
 * A question alone on its line, from its first word to its question mark (`Does it go through Kurdistan?` above
 * `Yes.`): an explainer's question above its answer, however long the question or short the answer. A wrap ends a
 * line at a sentence's end only by chance, at both ends of one question more rarely still.
 */
function asksAlone(block: Block, i: number): boolean {
  const text = block[i]!.text;
  const startsSentence = i === 0 || SENTENCE_END.test(block[i - 1]!.text);
  return startsSentence && /\?["”’')\]]*$/u.test(text) && !SENTENCE_INSIDE.test(text);
}

/**
 * A line that ends on a colon with room left for the next line's first word, above a line that opens on a capital:
 * it introduces the line below (`For further information, please contact:` above the contact's name), which no wrap
 * broke off it.
 */
function introduces(end: string, next: string, width: number): boolean {
  return end.endsWith(":") && hasRoomFor(end, next, width) && /^["“‘(]?[\p{Lu}\p{Lo}]/u.test(next);
}

/** A line that ends with no mark and on no word like "of" or "the", above a line that opens on a capital. */
function headsTheLineBelow(end: string, next: string): boolean {
  return /[\p{L}\p{N}]$/u.test(end) && !endsOnFunctionWord(end) && /^["“‘(]?[\p{Lu}\p{Lo}]/u.test(next);
}

/**
 * Chinese's and Japanese's full stop, exclamation and question marks (`。`, `！`, `？`, and the full-width `．` some
 * Japanese pages print), which end a sentence as `.`, `!` and `?` do, and the corner brackets and full-width bracket
 * that close a quote or an aside after them (`」`, `』`, `）`): characters to put in a class.
 */
export const WIDE_FULL_STOPS = "。！？．";
export const WIDE_CLOSING_MARKS = "」』）";

/** A sentence's end, at a line's end, closing quotes or brackets after it or not. */
export const SENTENCE_END = new RegExp(`[.!?…${WIDE_FULL_STOPS}]["”’')\\]${WIDE_CLOSING_MARKS}]*$`, "u");
/**
 * A sentence's end inside a line, another sentence after it: after a space and a capital, or, in Chinese and Japanese,
 * which write no space between sentences, right after the full stop.
 */
const SENTENCE_INSIDE = new RegExp(`[.!?…]["”’')\\]]*\\s+["“‘(]?\\p{Lu}|[${WIDE_FULL_STOPS}][${WIDE_CLOSING_MARKS}”]*[^\\s${WIDE_CLOSING_MARKS}”]`, "u");

/**
 * The share of a block's width a wrap may leave empty at a line's end besides the room the word it moved down would
 * have taken: a greedy wrap leaves none, one that evens its lines (fmt) a little, and a copy of a page set in a
 * proportional font a little more.
 */
const MOST_WRAP_ROOM = 0.25;

/** The narrowest a scrape wraps lines at: a block of shorter lines is a menu's or a list's. */
export const NARROWEST_WRAP = 40;

/**
 * Lines wrapped as a scrape wraps them, each as long as the next word let it be: at every break, the line and the
 * next line's first word would not have fitted in the block's longest line. A paragraph of names wrapped at 80
 * columns (`… President Abdul Latif` / `Rashid have both called …`) breaks where no sign of a wrap shows, but so.
 */
export function wrappedGreedily(block: Block): boolean {
  const width = widestLine(block);
  if (width < NARROWEST_WRAP || width > LONGEST_WRAPPED_LINE) return false;
  return block.slice(1).every((line, i) => !hasRoomFor(block[i]!.text, line.text, width));
}

/**
 * The length of the block's longest line. Not `Math.max(...lengths)`: a page copied as one block may hold more lines
 * than a call takes arguments.
 */
export function widestLine(block: Block): number {
  return block.reduce((widest, line) => Math.max(widest, line.text.length), 0);
}

/** Whether `above` has room, within `width` columns, for the first word of `below`: then no wrap broke them apart. */
export function hasRoomFor(above: string, below: string, width: number): boolean {
  return above.length + 1 + below.split(" ")[0]!.length <= width;
}

/** A sentence's end, then a sentence's start: a capital, or any letter in a script without them (Arabic). */
function breaksBetweenSentences(end: string, next: string): boolean {
  return SENTENCE_END.test(end) && /^["“‘(]?[\p{Lu}\p{Lo}]/u.test(next);
}

/** How much shorter than the line above a wrapped line may be: the longest word a wrap moves down, and some. */
const MOST_WRAP_SLACK = 20;

/** Scrapes that wrap lines wrap them at 72 to 80 characters, some at 100. */
const LONGEST_WRAPPED_LINE = 110;

/** The share of a block's breaks that may look like wraps, and the block still be a page's lines. */
const MOST_WRAPS_OF_A_PAGE = 0.2;

function goesOnFrom(end: string, next: string): boolean {
  if (LETTER_GREETING.test(end) || CARE_OF.test(next)) return false;
  return STARTS_LOWER_CASE.test(next) || /[,;\-‐–]$/.test(end) || endsOnFunctionWord(end);
}

/**
 * A letter's salutation (`Dear Mr Mohseni Ejei,`) and its close (`Yours sincerely,`), each a line of its own, end on a
 * comma that goes on to no line below.
 */
const LETTER_GREETING =
  /^(?:Dear \p{Lu}[^,]{0,60}|(?:Yours )?(?:sincerely|faithfully|truly|respectfully)(?: yours)?|(?:With )?(?:kind |best )?regards),$/iu;

/** `c/o Embassy of Iran…`: an address's line, in lower case, below the addressee's, a line of its own. */
export const CARE_OF = /^c\/o /;

/** Whether `text` ends on a word like "of", "the" or "and" (FUNCTION_WORDS), as a line broken mid-sentence does. */
export function endsOnFunctionWord(text: string): boolean {
  const lastWord = /([\p{L}’']+)$/u.exec(text)?.[1]?.toLowerCase();
  return lastWord !== undefined && FUNCTION_WORDS.has(lastWord);
}

/**
 * A line that starts in lower case goes on from the line above, but for a name that starts so (`iPlayer`, `eBay`,
 * `mRNA`), a menu's item or a sentence's first word.
 */
export const STARTS_LOWER_CASE = /^\p{Ll}(?!\p{Ll}?\p{Lu})/u;

/** The text of a block as one line: the scrape's line breaks inside a paragraph are not the author's. */
export function blockText(block: Block): string {
  return block.map((line) => line.text).reduce((text, line) => joinLines(text, line), "");
}

/**
 * Two lines of a paragraph, one after the other: a word a printed page broke at the line's end with a hyphen is
 * whole again (`coun-` / `try's` is `country's`), and a compound keeps its hyphen (`year-` / `long`, `self-` /
 * `defence`, `Iran-` / `backed`), as a name its particle's (`al-` / `Sudani`).
 */
function joinLines(text: string, line: string): string {
  if (text === "") return line;
  // The patterns below read the last word and what stands before it, after the last space: on the whole text, which
  // grows by a line each time, each would try every position of a long paragraph's for every line.
  const lastWord = text.slice(Math.max(0, text.lastIndexOf(" ")));
  // `al-` / `Sudani`: a name's particle and the name it goes with.
  if (PARTICLE_AT_END.test(lastWord) && /^\p{Lu}/u.test(line)) return `${text}${line}`;
  const broken = BROKEN_WORD.exec(lastWord)?.[1];
  const rest = /^\p{Ll}[\p{L}'’]*/u.exec(line)?.[0];
  if (broken === undefined || rest === undefined) return `${text} ${line}`;
  const compound = /^\p{Lu}/u.test(broken) || COMPOUND_FIRST.has(broken) || COMPOUND_LAST.has(rest.replace(/['’]s$/u, ""));
  return compound ? `${text}${line}` : `${text.slice(0, -1)}${line}`;
}

/** Arabic's article, as names write it before the name with a hyphen, ending a line. */
const PARTICLE_AT_END = /(?<![\p{L}-])(?:al|Al|el|El|as|ash|ad|ar|an|at|az)-$/u;
/** A line's last word and a hyphen after it: group 1 the word. */
const BROKEN_WORD = /(?<![\p{L}\p{N}-])(\p{L}+)-$/u;
/** Words news writes compounds with, first (`self-defence`, `pro-Iranian`) or last (`Iran-backed`, `78-year-old`). */
const COMPOUND_FIRST = new Set(
  "self non anti pro ex co post pre well long short high low full part half all cross far mid multi semi one two three four five six seven eight nine ten first second third year state war vice"
    .split(" "),
);
const COMPOUND_LAST = new Set(
  "led backed based linked aligned affiliated run owned controlled held made born old long term year wide scale level free related style like up off out in down over time day week month hour round way fire"
    .split(" "),
);

/**
 * How many words a text has: what spaces separate, each with a letter or a digit. Chinese, Japanese, Thai, Lao, Khmer
 * and Burmese write no space between words, so a run of their letters counts the words Unicode's word segmentation
 * (ICU's dictionaries for those scripts) finds in it: `伊拉克库尔德自治区首府` is 6 (`伊拉克|库尔|德|自治|区|首府`), not
 * one, and a paragraph of Chinese as many words as its English would have, near enough, rather than a line's one.
 */
export function wordCount(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (!UNSPACED_SCRIPT.test(text)) return words.length;
  return words.reduce((count, word) => count + (UNSPACED_SCRIPT.test(word) ? wordsWithoutSpaces(word) : 1), 0);
}

/**
 * The letters of the scripts written without spaces between words, and without capitals: Han, Japanese's kana, Thai,
 * Lao, Khmer, Myanmar; to put in a class.
 */
export const UNSPACED_LETTERS =
  String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_LETTERS}]`, "u");
const WORDS = new Intl.Segmenter(undefined, { granularity: "word" });

function wordsWithoutSpaces(text: string): number {
  let count = 0;
  for (const part of WORDS.segment(text)) if (part.isWordLike) count++;
  return count;
}
