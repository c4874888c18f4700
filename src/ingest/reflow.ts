import { ABBREVIATIONS, CLOCK_TIME_LINE, FUNCTION_WORDS, PARAGRAPH_NUMBER } from "./patterns.ts";
import { lexiconTags } from "./lexicon.ts";
import { CARE_OF, endsOnFunctionWord, STARTS_LOWER_CASE, WIDE_CLOSING_MARKS, WIDE_FULL_STOPS, type Block, type Line } from "./segment.ts";

/** A note's reference after a sentence's end, as a report prints it: `… in Duhok.²`, `… the ministry said.[3]` */
const NOTE_REFERENCE = String.raw`(?:[⁰¹²³⁴-⁹]+|\[\d{1,3}\])?`;
/**
 * Urdu's full stop (`۔`, U+06D4) and the Arabic script's question mark (`؟`) end a sentence as `.` and `?` do, as
 * Chinese's and Japanese's marks (`。`, `？`) do before their closing brackets (`」`).
 */
const ENDS_SENTENCE = new RegExp(`[.!?…:"”’')\\]۔؟${WIDE_FULL_STOPS}${WIDE_CLOSING_MARKS}]${NOTE_REFERENCE}$`, "u");
const FULL_STOP = new RegExp(`[.!?…۔؟${WIDE_FULL_STOPS}]["”’')\\]${WIDE_CLOSING_MARKS}]*${NOTE_REFERENCE}$`, "u");
const WIDE_CLOSE_AT_END = new RegExp(`[${WIDE_CLOSING_MARKS}]$`, "u");
/** A year as a line's first word, a word in capitals after it: `2026 Kurdistan Region government formation`. */
const YEAR_FIRST = /^(?:1[89]|20)\d\d \p{Lu}/u;
/** A paragraph this long that stops mid-sentence was cut by the scrape, not ended by the author. */
const WRAPPED_LINE_LENGTH = 50;
/** How many certain mid-sentence breaks make a document one whose long lines are all suspect. */
const BROKEN_DOCUMENT_BREAKS = 2;

/**
 * Rejoins paragraphs that a scrape broke in mid-sentence. A break is certainly mid-sentence when the text goes on
 * in lower case or the line ends on a word like "of" or "the"; in a document with several of those, a long line
 * that stops without punctuation is a wrapped line too. A short line before a capital stays apart: it is a
 * subhead or a caption. So do a time of day alone (a live page's entry time), a line the text says is a heading
 * or a caption, and a list, though the text before them stops short.
 */
export function reflow(scraped: Block[]): Block[] {
  const blocks = withDropCapsOnTheirWords(scraped);
  const certainBreaks = blocks.filter((block, i) => {
    const next = blocks[i + 1];
    return next !== undefined && !keptApart(block, next) && continuesCertainly(block, next);
  }).length;
  const broken = certainBreaks >= BROKEN_DOCUMENT_BREAKS;

  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    if (previous && !keptApart(previous, block) && (continuesCertainly(previous, block) || (broken && isWrapped(previous)))) {
      joined[joined.length - 1] = [...previous, ...block];
    } else {
      joined.push(block);
    }
  }
  return joined;
}

/**
 * A drop cap a copy set on a line of its own, the rest of its word on the line below (`I` / `n the reed beds…`), goes
 * back on its word (`In the reed beds…`), a blank line between them or not. `A` and `I` are words of their own: they
 * go on a word only where what follows them is none (`A` / `fter the war`, not `A` / `new bridge`).
 */
function withDropCapsOnTheirWords(blocks: Block[]): Block[] {
  const lines = blocks.flat();
  const dropped = new Set<Line>();
  const joined = new Map<Line, Line>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || !/^\p{Lu}$/u.test(line.text) || line.kind || next.kind) return;
    const rest = /^\p{Ll}[\p{L}'’]*/u.exec(next.text)?.[0];
    if (rest === undefined || (/^[AI]$/.test(line.text) && isWord(rest))) return;
    dropped.add(line);
    joined.set(next, { ...next, text: `${line.text}${next.text}` });
  });
  if (dropped.size === 0) return blocks;
  return blocks
    .map((block) => block.filter((line) => !dropped.has(line)).map((line) => joined.get(line) ?? line))
    .filter((block) => block.length > 0);
}

function isWord(text: string): boolean {
  return FUNCTION_WORDS.has(text) || lexiconTags(text).length > 0;
}

/**
 * A time of day alone on its line is a live page's entry time, and a line the text says is a heading or a caption
 * is one, as a list (lists.ts) is a list: none goes on a paragraph nor is gone on.
 */
function keptApart(block: Block, next: Block): boolean {
  return [block, next].some((part) => part[0]!.kind !== undefined || (part.length === 1 && CLOCK_TIME_LINE.test(part[0]!.text)));
}

function lastText(block: Block): string {
  return block.at(-1)!.text;
}

/**
 * Text that goes on in lower case after anything but a full stop, or a line that ends on "of" or "the", or on a
 * hyphen after a word.
 */
function continuesCertainly(block: Block, next: Block): boolean {
  const end = lastText(block);
  if (FULL_STOP.test(end) || CARE_OF.test(next[0]!.text)) return false;
  // A word broken at the line's end with a hyphen (`coun-`, `al-`) goes on below.
  if (STARTS_LOWER_CASE.test(next[0]!.text) || /\p{L}-$/u.test(end)) return true;
  // So does text that goes on with a number, but for a year that opens a heading below a short heading (Wikipedia's
  // `Politics and elections` above `2026 Kurdistan Region government formation`), or a report's numbered paragraph
  // below its part's heading (`I. Introduction` above `1. The present report…`): a wrap leaves no line that short,
  // ending on a word, above a number.
  if (/^\p{N}/u.test(next[0]!.text)) {
    // A Chinese or Japanese bracket closed at the line's end (`（图片）`, a photo's mark, above its caption `10月21日，…`)
    // ends a part that stands apart: a wrap of those scripts breaks between any two characters, not after it alone.
    if (WIDE_CLOSE_AT_END.test(end)) return false;
    const opensPart = YEAR_FIRST.test(next[0]!.text) || PARAGRAPH_NUMBER.test(next[0]!.text);
    return !(end.length < WRAPPED_LINE_LENGTH && /\p{L}$/u.test(end) && opensPart);
  }
  return !ENDS_SENTENCE.test(end) && endsOnFunctionWord(end);
}

/**
 * Long as the scrape printed it: a lead line whose source was taken off its start (`Shafaq News / …`) was as long
 * as the lines the scrape wrapped below it.
 */
function isWrapped(block: Block): boolean {
  const printed = block.map((line) => (line.written?.endsWith(line.text) ? line.written : line.text)).join(" ");
  return !ENDS_SENTENCE.test(lastText(block)) && printed.length >= WRAPPED_LINE_LENGTH;
}

/**
 * Splits sentences that a scrape glued together where a paragraph break was lost: `insurgency.Defense minister`,
 * `countries.”A British`. Initials (`U.S.A`), abbreviations (`Gen.Yahya`), numbers and names with a full stop in them
 * (`GOV.UK`, `Rudaw.Net`: IN_NAME_STOP) are not sentence ends.
 */
export function splitGluedSentences(text: string): string[] {
  // A word is read from its first letter only: from each of its other letters the pattern would read on to its end.
  const glued = /(?<!\p{L})(\p{L}+)([.!?]["”’]?)(?=["“‘]?(\p{Lu}\p{L}*)\b)/gu;
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(glued)) {
    const word = match[1]!;
    if (word.length < 2 || ABBREVIATIONS.has(word) || IN_NAME_STOP.test(`${match[0]}${match[3]}`)) continue;
    const end = match.index + match[0].length;
    parts.push(text.slice(start, end).trim());
    start = end;
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== "");
}

/**
 * A full stop inside a name: between two words in capitals, the second short (`GOV.UK`), or before a web address's
 * ending (`Rudaw.Net`, `Shafaq.Com`).
 */
const IN_NAME_STOP = /^(?:\p{Lu}+\.\p{Lu}{2,3}|\p{L}+\.(?:Com|Net|Org|Info|Io|Tv))$/u;
