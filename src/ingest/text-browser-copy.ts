import type { RemovedLine } from "../article.ts";
import { readCaption } from "./captions.ts";
import type { Line } from "./segment.ts";

/**
 * A page as a text browser prints it (`lynx -dump`, `w3m -dump`, `elinks -dump`): each link's number in brackets
 * before its words (`told the [16]Firat News Agency`), every line indented alike, a photo as a marker
 * (`IMAGE: Smoke rises…`, `[IMG]`), and, below the text, the list of the links' addresses by their numbers
 * (`References` / `1. https://…`). A page is read so when it has many link numbers at the start of words, or that
 * list and a few. The numbers come off the words, which are the page's (the line as written is recorded with the
 * line); a line of links and nothing else, several of them (the site's menu, its share buttons, its tags, a link to
 * another article), is the page's chrome, as are a form's lines (`Search ______ (BUTTON) Search`) and the list of
 * addresses, each left out and recorded; a photo's marker makes the words after it a caption; a picture's description
 * in brackets alone (`[Smoke over the mountains]`) is left out, a logo's read as the site's name (`[Euronews logo]`,
 * `Euronews`). The rest is the page's text, which ingest reads as it reads any other copy.
 */
export function readTextBrowserCopy(lines: Line[]): { lines: Line[]; removed: RemovedLine[] } | undefined {
  const numbers = linkNumbersOpeningWords(lines);
  if (numbers < FEWEST_LINK_NUMBERS_WITH_LIST) return undefined;
  const references = referenceList(lines);
  if (references === -1 && numbers < FEWEST_LINK_NUMBERS) return undefined;
  const text = references === -1 ? lines : lines.slice(0, references);
  const removed: RemovedLine[] = [];
  const record = (line: Line, reason: string) => removed.push({ line: line.no, text: line.text, reason });
  const links = new Set(text.filter((line) => isLinksLine(line.text)));
  const forms = new Set(text.filter((line) => isFormLine(line.text)));
  for (const line of text) {
    if (links.has(line)) record(line, LINKS_REASON);
    else if (forms.has(line)) record(line, FORM_REASON);
  }
  // The indent every line has (lynx's three spaces) is the copy's, not the page's: its lists are read by their own.
  const indent = text.reduce((least, line) => (line.text === "" ? least : Math.min(least, line.indent)), Infinity);
  const read = text.map((line, i): Line => {
    if (links.has(line) || forms.has(line)) return { ...line, text: "" };
    const unlinked = line.text.includes("[") ? withoutLinkNumbers(line.text) : line.text;
    if (PHOTO_ALONE.test(unlinked)) {
      record(line, "a text browser's marker of a photo without a description (the archive keeps the text)");
      return { ...line, text: "" };
    }
    const description = pictureDescription(text, i, unlinked);
    const site = description === undefined ? undefined : LOGO_DESCRIPTION.exec(description)?.slice(1).find(Boolean);
    if (description !== undefined && site === undefined) {
      record(line, "a text browser's copy of a picture's description for readers who cannot see it, not article text");
      return { ...line, text: "" };
    }
    const kept = site ?? unlinked;
    return { ...line, indent: line.indent - indent, text: kept, ...(kept !== line.text && { written: line.text }) };
  });
  for (const line of lines.slice(text.length)) if (line.text !== "") record(line, REFERENCES_REASON);
  return { lines: [...withPhotoCaptions(read), ...lines.slice(text.length).map((line) => ({ ...line, text: "" }))], removed };
}

/** `[16]`: a link's number, as a text browser prints it before the link's words. */
const LINK_NUMBER = /\[\d{1,4}\]/g;
/** A link's number at the start of a word (`[16]Firat`), not a footnote's after one (`law[1]`, `[1] See`). */
const LINK_NUMBER_OPENING_WORD = /(?<!\S)#?\[\d{1,4}\](?=\S)/g;
/** A page without its list of addresses and fewer link numbers at the start of words than this is no text browser's. */
const FEWEST_LINK_NUMBERS = 8;
/**
 * With the list, a page needs a few links' numbers before words too: an article's own list of references by number
 * (`References` / `1. https://…`) has its numbers after the words they note (`law[1]`), or none.
 */
const FEWEST_LINK_NUMBERS_WITH_LIST = 2;
/** `References` (lynx, elinks) or `References:` (w3m) alone on an unindented line, above the links' addresses. */
const REFERENCES_HEADING = /^References:?$/;
/** `1. https://www.euronews.com/`, `[1] https://…`; elinks and lynx head them `Visible links` / `Hidden links:`. */
const REFERENCE = /^(?:\d{1,4}\.|\[\d{1,4}\]) \S+$|^(?:Visible|Hidden) links:?$/;
/** `IMAGE: …`, `[IMG] …`, `[image] …`: a text browser's marker of a photo, with its description after it or none. */
const PHOTO_MARKER = /^(?:IMAGE:|\[(?:IMG|INLINE|image)\])\s*/;
const PHOTO_ALONE = /^(?:IMAGE:|\[(?:IMG|INLINE|image)\])$/;
/**
 * `[Euronews logo]`: a picture's description for readers who cannot see it (its `alt` text), in brackets, as a text
 * browser prints a picture that has one; the words, in group 1. Not a caption's credit or an editor's note in brackets
 * (`[File: Ahmed Saad/Reuters]`, `[Updated: 14:02]`), nor a mark in capitals (`[END]`).
 */
const BRACKETED_DESCRIPTION = /^\[([^[\]:/]*\p{Ll}[^[\]:/]*)\]$/u;
/** A logo's description, `Euronews logo`, `Logo of Euronews`: the site's name, in group 1 or 2. */
const LOGO_DESCRIPTION = /^(\p{Lu}.{0,50}?) logo$|^logo(?: of| de| du| der| des)? (\p{Lu}.{0,50})$/iu;
/** `(BUTTON) Search`, a text box's `____________________`: a form's controls, as a text browser prints them. */
const FORM_CONTROL = /\(BUTTON\)|_{6,}/;
/** A line with a form's control and more words than this is text that names one. */
const MOST_FORM_LINE_WORDS = 8;
/** A link's words longer than this are a sentence's, not a menu item's or a headline's. */
const MOST_LINK_WORDS = 14;
const FORM_REASON = "a text browser's copy of a form (a search box, a button), not article text";
const LINKS_REASON =
  "a text browser's copy of a line of links (the site's menu, buttons, tags or other articles), not article text";
const REFERENCES_REASON = "a text browser's list of the page's links by their numbers (their addresses), not article text";

/** The index of the `References` line that heads the list of addresses ending the page, or -1. */
function referenceList(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (text === "") continue;
    if (REFERENCES_HEADING.test(text)) return lines[i]!.indent === 0 && i < lines.length - 1 ? i : -1;
    if (!REFERENCE.test(text)) return -1;
  }
  return -1;
}

/** How many links' numbers open words on the page, up to FEWEST_LINK_NUMBERS: a line without a `[` has none. */
function linkNumbersOpeningWords(lines: Line[]): number {
  let count = 0;
  for (const line of lines) {
    if (count >= FEWEST_LINK_NUMBERS) break;
    if (line.text.includes("[")) count += line.text.match(LINK_NUMBER_OPENING_WORD)?.length ?? 0;
  }
  return count;
}

/** The words without the links' numbers: a number glued to the word before it (`News[8]Middle East`) parts them. */
function withoutLinkNumbers(text: string): string {
  return text
    .replace(/^#(?=\[\d)/, "")
    .replace(/(?<=[\p{L}\p{N}])\[\d{1,4}\](?=[\p{L}\p{N}])/gu, " ")
    .replace(LINK_NUMBER, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * A line of links alone, two or more, each link's words short and no sentence: a menu (`[3]Europe [4]World
 * [5]Business`), share buttons (`[12]Share this article [13]Comments`), tags, a link to another article (`[17]Read more
 * [18]Turkey PKK peace talks`). A text browser does not mark where a link's words end, so a line of one link is read
 * as the text it may be (a site's name on top, a section's label, a headline among others).
 */
function isLinksLine(text: string): boolean {
  if (!LINE_OPENING_WITH_LINK.test(text) || PHOTO_MARKER.test(withoutLinkNumbers(text))) return false;
  const links = text.replace(/^#/, "").split(LINK_NUMBER).slice(1).map((words) => words.trim());
  return links.length >= 2 && links.every((words) => words.split(" ").length <= MOST_LINK_WORDS && !/[.!?]$/.test(words));
}

const LINE_OPENING_WITH_LINK = /^#?\[\d{1,4}\]/;

/**
 * The description of a picture (BRACKETED_DESCRIPTION) on line `i` of the copy, as `unlinked` reads it without its
 * link's number: the line a link's alone (`[2][Euronews logo]`, the logo linking to the site's home page), or a block
 * of its own, blank lines above and below it; a bracket that ends a wrapped paragraph's lines is its text's.
 */
function pictureDescription(lines: Line[], i: number, unlinked: string): string | undefined {
  const description = BRACKETED_DESCRIPTION.exec(unlinked)?.[1];
  if (description === undefined) return undefined;
  const alone = [lines[i - 1], lines[i + 1]].every((other) => other === undefined || other.text === "");
  return alone || LINE_OPENING_WITH_LINK.test(lines[i]!.text) ? description : undefined;
}

/**
 * A photo's marker opens a caption: its words, up to the block's end (a text browser wraps a long one), are the
 * caption, its credit apart, on the marker's line; the lines it wrapped onto are read with it.
 */
function withPhotoCaptions(lines: Line[]): Line[] {
  const read = [...lines];
  read.forEach((line, i) => {
    if (!PHOTO_MARKER.test(line.text)) return;
    let end = i + 1;
    while (end < read.length && read[end]!.text !== "" && !PHOTO_MARKER.test(read[end]!.text)) end++;
    const words = read.slice(i, end).map((each) => each.text).join(" ").replace(PHOTO_MARKER, "");
    const { caption, credit } = readCaption(words) ?? creditAtEnd(words);
    read[i] = { ...line, text: caption, written: line.written ?? line.text, kind: "caption", ...(credit && { credit }) };
    for (let j = i + 1; j < end; j++) read[j] = { ...read[j]!, text: "" };
  });
  return read;
}

/**
 * `… file photo AP Photo`: a text browser prints the credit a page sets apart from its caption after it, with no
 * bracket or mark between them; an agency's or photographer's name of a few words before `Photo` or `Images` ends
 * the caption so.
 */
function creditAtEnd(words: string): { caption: string; credit?: string } {
  const credit = CREDIT_AT_END.exec(words);
  return credit && credit.index > 0 ? { caption: words.slice(0, credit.index).trim(), credit: credit[1]! } : { caption: words };
}

const CREDIT_AT_END = /\s((?:\p{Lu}[\p{L}\d.'’&-]*\s){1,3}(?:Photo|Photos|Images?))$/u;

function isFormLine(text: string): boolean {
  return FORM_CONTROL.test(text) && text.split(" ").length <= MOST_FORM_LINE_WORDS;
}
