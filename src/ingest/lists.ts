import { BULLET, CLOCK_TIME_LINE, LIST_BOX_LABEL } from "./patterns.ts";
import {
  endsOnFunctionWord,
  linesInBlocks,
  STARTS_LOWER_CASE,
  withRunsRead,
  wrappedGreedily,
  type Block,
  type Line,
  type LineInBlock,
  type ReadRun,
} from "./segment.ts";

/** `1. item`, `2) item` */
const NUMBERED = /^(\d{1,3})([.)])\s+(?=\S)/;
/**
 * `1 Directorate of Civil Defence, statement of 26 November.`: a report's note, its number and a space before a
 * capital. Any text may open a line on a number (`3 Iraqi soldiers were killed`), so notes count up, two at least.
 */
const NOTE_NUMBERED = /^(\d{1,3}) (?=["“‘(]?\p{Lu})/u;
const NOTE_FAMILY = " ";
/**
 * In plain text, a list is at least two marked lines in a row: one line that opens with `-` or `2019.` is more
 * likely a wrapped sentence going on after a dash or a year, and a lone `* item` is printed as written. In Markdown,
 * a marked line is a list item, and numbered items need not count up (`1.` for every item is common).
 */
const LEAST_ITEMS = { plain: 2, markdown: 1 };

interface Mark {
  /** the bullet, or the numbers' `.` or `)`: a list keeps one */
  family: string;
  number?: number;
  length: number;
}

/**
 * Finds the lists in the article's blocks (of a text read as Markdown or not: `markdown`): runs of lines marked
 * alike (the same bullet, or numbers counting up with the same `.` or `)`), blank lines between them or not. A list
 * becomes a block of its own, one line an item, the mark taken off (`written` keeps the line as it was) and each
 * line's `kind` "item" (`number` for a numbered one). A line below an item that is indented further or goes on in
 * lower case is the item's, wrapped. So are a list's lines a browser copied without their marks, below its label
 * (unmarkedItemsAt). Everything else stays as it was: reflow would otherwise run the items together into one paragraph.
 */
export function readLists(blocks: Block[], markdown: boolean): Block[] {
  const lines = linesInBlocks(blocks).map((at) => ({ ...at, mark: markOf(at.line.text) }));
  return withRunsRead(lines, (i, previous) => {
    // A table's rows (tables.ts) stay its rows, in its block.
    if (lines[i]!.line.kind === "row") return undefined;
    const facts = factsAt(lines, i);
    const read = facts.length >= LEAST_ITEMS.plain ? { items: facts, end: i + facts.length } : (tilesAt(lines, i) ?? chaptersAt(lines, i));
    if (read) return read;
    const label = previous && isListLabel(previous) ? previous : undefined;
    const run = listAt(lines, i, markdown);
    // A run that opens on no mark is one of notes (noteOf); one item of a page's bullet (`•`, not a `-` a sentence may
    // open on) below its label (`Needs:`) is a list of one, as a report prints it.
    const least =
      (markdown && lines[i]!.mark) || (label && /:$/.test(label.text) && TYPESET_BULLET.test(lines[i]!.line.text))
        ? LEAST_ITEMS.markdown
        : LEAST_ITEMS.plain;
    if (run.items.length >= least) return run;
    const unmarked = label && !markdown ? unmarkedItemsAt(lines, i, label) : [];
    return unmarked.length > 0 ? { items: unmarked, end: i + unmarked.length } : undefined;
  });
}

/**
 * A line that ends in a colon (`the main threats are:`), or a box's label (`Summary`, `Highlights`); but not one that
 * gives a quotation the word (`In a statement, he said:`): the lines below it are what was said, paragraphs.
 */
function isListLabel(line: Line): boolean {
  return !line.kind && ((/:$/.test(line.text) && !QUOTATION_INTRODUCED.test(line.text)) || LIST_BOX_LABEL.test(line.text));
}

/** A verb of saying ends the line (`he said:`, `she told reporters:`, `the statement read:`). */
const QUOTATION_INTRODUCED =
  /\b(?:(?:said|says|added|adds|wrote|writes|stated|declared|explained|tweeted|posted|read|reads|asked|replied)(?: in a statement| on (?:X|Twitter|Facebook|Telegram))?|told [^:,.]{1,30})\s*:$/i;

/** The most items a list copied without its marks is read to have: more short lines are a menu's or a page's. */
const MOST_UNMARKED_ITEMS = 12;
/** The longest an unmarked item is: a phrase or a sentence, not a paragraph. */
const LONGEST_UNMARKED_ITEM = 120;

/**
 * A browser copies a page's list without its bullets: below its label (`Economists point to three main causes:`,
 * `Summary`), two lines or more one under the other (no blank line between them, as there is between a copy's
 * paragraphs), each a phrase or a sentence, all ending alike (with a full stop or without). They are a list's items,
 * the line after them starting a paragraph of its own. A paragraph a scrape wrapped has the shape of none: its lines
 * end mid-sentence (on a comma or a word like "of"), are each as long as the wrap let them be (wrappedGreedily), or
 * go on in lower case below the last; reflow joins those.
 */
function unmarkedItemsAt(lines: MarkedLine[], start: number, label: Line): Line[] {
  const items: Line[] = [];
  const stops = (text: string) => FULL_STOP_END.test(text);
  for (let i = start; i < lines.length && items.length <= MOST_UNMARKED_ITEMS; i++) {
    const { line, mark } = lines[i]!;
    if (mark || line.kind || !isUnmarkedItem(line.text)) break;
    const previous = items.at(-1);
    if (previous && (line.no !== previous.no + 1 || stops(line.text) !== stops(previous.text))) break;
    if (headsWhatFollows(items, line.text)) break;
    items.push(line);
  }
  const after = lines[start + items.length]?.line.text;
  const wrapped = (after !== undefined && STARTS_LOWER_CASE.test(after)) || wrappedGreedily([label, ...items]);
  if (items.length < LEAST_ITEMS.plain || items.length > MOST_UNMARKED_ITEMS || wrapped) return [];
  return items.map((line) => ({ ...line, kind: "item" }));
}

/**
 * Below items each a name and what it is (`Yesar Al-Maleki, Middle East Economic Survey`, `Hiba Adnan, ICRC Baghdad,
 * tel: …`), a line without the comma is no item of theirs: the heading of what follows (`Show notes`) or a link
 * below the list (`Find out more about the ICRC's work in Iraq`).
 */
function headsWhatFollows(items: Line[], text: string): boolean {
  return items.length >= LEAST_ITEMS.plain && items.every((item) => NAME_THEN_WHAT.test(item.text)) && !text.includes(",");
}

/** A name of two words or more, capitalised, then a comma: `Shwan Zulal, Carduchi Consulting`. */
const NAME_THEN_WHAT = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){1,3}, \S/u;

const FULL_STOP_END = /[.!?…]["”’')\]]*$/u;

/**
 * A phrase or one sentence: short, no sentence ending inside it, not ending mid-sentence (on a comma, a hyphen or a
 * word like "of", as a wrapped line does), and not a quotation's line, nor another label, nor a time of day alone (a
 * live page's entry below its summary, body.ts).
 */
function isUnmarkedItem(text: string): boolean {
  return (
    text.length <= LONGEST_UNMARKED_ITEM &&
    /\p{L}/u.test(text) &&
    !CLOCK_TIME_LINE.test(text) &&
    !/^["“‘'«]/u.test(text) &&
    !/[,;:\-‐–—]$/u.test(text) &&
    !endsOnFunctionWord(text) &&
    !/[.!?…]["”’')\]]*\s+["“‘(]?\p{Lu}/u.test(text)
  );
}

type MarkedLine = LineInBlock & { mark: Mark | undefined };

/** The items of the list that starts at `lines[start]` (none when no marked line is there), and where it ends. */
function listAt(lines: MarkedLine[], start: number, markdown: boolean): ReadRun {
  const items: Line[] = [];
  let i = start;
  let previous: Mark | undefined;
  while (i < lines.length) {
    const { line } = lines[i]!;
    const mark = lines[i]!.mark ?? noteOf(line.text);
    if (!mark || (previous && !continuesList(previous, mark, markdown))) break;
    if (!markdown && isNumberedParagraph(lines, i, mark)) break;
    let text = line.text.slice(mark.length);
    for (i++; i < lines.length && isWrapOfItem(lines[i]!, line); i++) text += ` ${lines[i]!.line.text}`;
    const number = mark.number !== undefined && { number: mark.number };
    items.push({ ...line, text, written: line.written ?? line.text, kind: "item", ...number });
    previous = mark;
  }
  return { items, end: i };
}

/**
 * A fact box's lines, one under the other from `lines[start]`: `Value: $27 billion`, `Partner:
 * TotalEnergies`, `Duration: 25 years`, or a match's score and its scorers (`Erbil SC 2 – 1 Duhok SC`, `Al-Zawraa:
 * Mohanad Ali 58'`). Each is an item of a list, as it is written; reflow would run them together. A line that ends
 * like a sentence (`Minister: We will act.`, a transcript's) is none.
 */
function factsAt(lines: MarkedLine[], start: number): Line[] {
  const facts: Line[] = [];
  // One under the other: in one block, or on the next line of the copy, which segment cut into one-line blocks.
  const inBlock = (i: number) => i === start || !lines[i]!.opensBlock || lines[i]!.line.no === lines[i - 1]!.line.no + 1;
  for (let i = start; i < lines.length && inBlock(i) && isFact(lines[i]!.line.text); i++) {
    facts.push({ ...lines[i]!.line, kind: "item" });
  }
  return facts;
}

/** A bullet only a list is marked with: no sentence opens on it, as one may on `-` or `*`. */
const TYPESET_BULLET = /^[•▪◦‣●○]\s/u;

/**
 * A report's key figures, as a copy of its tiles prints them: each a figure alone on its line (`21,400`, `US$ 48M`,
 * `11,000 ppm`) above its label in small letters (`families displaced`), two tiles at least, one under the other. Each
 * tile is an item, its figure and its label (`21,400 families displaced`); reflow would run them all together, with
 * the heading above them and the paragraph below.
 */
function tilesAt(lines: MarkedLine[], start: number): ReadRun | undefined {
  const items: Line[] = [];
  let i = start;
  for (; i + 1 < lines.length; i += 2) {
    const [figure, label] = [lines[i]!.line, lines[i + 1]!.line];
    const underPrevious = items.length === 0 || figure.no === lines[i - 1]!.line.no + 1;
    if (!underPrevious || figure.kind || label.kind || label.no !== figure.no + 1) break;
    if (!KEY_FIGURE.test(figure.text) || !isTileLabel(label.text)) break;
    items.push({ ...figure, text: `${figure.text} ${label.text}`, written: figure.text, kind: "item" });
  }
  return items.length >= LEAST_ITEMS.plain ? { items, end: i } : undefined;
}

/** A figure alone, its currency or unit with it: `21,400`, `US$ 48M`, `11,000 ppm`, `23%`, `1.2 million`. */
const KEY_FIGURE = /^(?:\p{Lu}{0,3}\p{Sc} ?)?\d[\d,.]*(?: ?(?:%|\p{L}{1,8}))?\+?$/u;
/** A tile's label: a few words in small letters, ending no sentence. */
const isTileLabel = (text: string) => STARTS_LOWER_CASE.test(text) && wordCountOf(text) <= 6 && !/[.!?…:]$/u.test(text);
const wordCountOf = (text: string) => text.split(/\s+/).length;

/**
 * A podcast's or a video's chapters, one a line from its start time (`00:00 Intro`, `02:14 How the pipeline shut
 * down`, `1:02:40 Questions`), the times counting up, two at least, one under the other: a list, each item as it is
 * written. A live page's entry times count down, each above its own text.
 */
function chaptersAt(lines: MarkedLine[], start: number): ReadRun | undefined {
  const items: Line[] = [];
  let previous = -1;
  for (let i = start; i < lines.length; i++) {
    const { line } = lines[i]!;
    const time = CHAPTER.exec(line.text);
    if (!time || line.kind || (items.length > 0 && line.no !== items.at(-1)!.no + 1)) break;
    const seconds = time.slice(1).reduce((total, part) => (part === undefined ? total : total * 60 + Number(part)), 0);
    if (seconds <= previous) break;
    items.push({ ...line, kind: "item" });
    previous = seconds;
  }
  return items.length >= LEAST_ITEMS.plain ? { items, end: start + items.length } : undefined;
}

/** A chapter's start time (hours, minutes, seconds), then its title. */
const CHAPTER = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)\s+[–—-]?\s*(?=\p{L})/u;

function isFact(text: string): boolean {
  return FACT.test(text) || SCORE.test(text);
}

/** A label of a few capitalised words or a word (`Al-Zawraa`), a colon, and a short value that ends no sentence. */
const FACT = /^\p{Lu}[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}: \S.{0,60}(?<![.!?…"”])$/u;
/** A match's score between its sides' names, a line that ends no sentence: `Erbil SC 2 – 1 Duhok SC`, `Zakho 0:0 Naft`. */
const SCORE = /^\p{Lu}[^.!?]{0,40} \d{1,3} ?[-–—:] ?\d{1,3} \p{Lu}[^.!?]{0,40}(?<![.!?…"”,;:])$/u;

/** Whether a line is marked as a list's item (`- item`, `• item`, `1. item`), alone or in a list. */
export const isMarkedItem = (text: string): boolean => markOf(text) !== undefined;

/**
 * Whether `text` is a numbered item that goes on from the item `earlier` (`3. The pumps` below `2. The wall itself`):
 * the next number, with the same `.` or `)`.
 */
export function countsOnFrom(text: string, earlier: string): boolean {
  const [item, previous] = [NUMBERED.exec(text), NUMBERED.exec(earlier)];
  return item !== null && previous !== null && item[2] === previous[2] && Number(item[1]) === Number(previous[1]) + 1;
}

function markOf(text: string): Mark | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { family: bullet[1]!, length: bullet[0].length };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { family: numbered[2]!, number: Number(numbered[1]), length: numbered[0].length };
  return undefined;
}

/**
 * A note's number (NOTE_NUMBERED), read as a mark only where a list may start or go on: elsewhere a line that opens
 * on a number and a capital is a date (`3 August 2026`) or a sentence, and ends no list of unmarked items.
 */
function noteOf(text: string): Mark | undefined {
  const note = NOTE_NUMBERED.exec(text);
  return note ? { family: NOTE_FAMILY, number: Number(note[1]), length: note[0].length } : undefined;
}

function continuesList(previous: Mark, next: Mark, markdown: boolean): boolean {
  const countsUp = previous.number === undefined || next.number === previous.number + 1;
  return next.family === previous.family && ((markdown && next.family !== NOTE_FAMILY) || countsUp);
}

/**
 * A report's numbered paragraph (`8. I commend the people … of`), not a list's item: its number opens a block of its
 * own, and the block's lines below go on flush under the number, as a paragraph's wrap does, whatever their case
 * (`peaceful elections …`, `Council resolution …`). A list's item wraps indented below its text, or its list goes on
 * in its block; and in Markdown, a line below an item is the item's (its lazy continuation).
 */
function isNumberedParagraph(lines: MarkedLine[], start: number, mark: Mark): boolean {
  const { line, opensBlock } = lines[start]!;
  if (mark.number === undefined || !opensBlock) return false;
  let i = start + 1;
  for (; i < lines.length && !lines[i]!.opensBlock; i++) {
    const { line: below, mark: marked } = lines[i]!;
    if (marked || noteOf(below.text) || below.indent > line.indent) return false;
  }
  return i > start + 1;
}

/** A line below an item, in the same block, unmarked, indented further or going on in lower case. */
function isWrapOfItem({ line, opensBlock, mark }: MarkedLine, item: Line): boolean {
  return !opensBlock && !mark && (line.indent > item.indent || /^\p{Ll}/u.test(line.text));
}
