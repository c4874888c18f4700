import type { RemovedLine } from "../article.ts";
import { firstNonEmpty, type Line } from "./segment.ts";

/** `# Headline`, `## Subhead`: group 2 is the heading's text, without the closing `#`s some writers add. */
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
/** `=====` or `-----` under a line of its own: that line is a heading (Setext, as Jina's reader writes them). */
const UNDERLINE = /^(=+|-+)$/;
/** `---`, `***`, `___` or spaced (`* * *`): a rule between parts of the text. */
const RULE = /^([-*_])(?:\s*\1){2,}$/;
/** Marks that wrap the words they mark: `**bold**`, `__bold__`, `*italic*`, `_italic_`, `` `code` ``. */
const WRAPPING_MARKS: RegExp[] = [
  /\*\*(?=\S)(.+?)(?<=\S)\*\*/g,
  /(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu,
  /(?<![*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)/g,
  /(?<![\p{L}\p{N}_\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\p{L}\p{N}_])/gu,
  /`([^`]+)`/g,
];
/** `![A bridge at dawn](…)` alone on its line: a photo, described. */
const IMAGE_LINE = /^!\[([^\]]*)\]\([^)]*\)$/;
/** `![a photo](…)` and `[a link](…)`, the address left out; `<https://…>`, an address in its own right. */
const LINK = /!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
/** `> a quote`: the quote's text. */
const QUOTE = /^>\s?/;
/** `\*`, `\'`: the character itself (any ASCII punctuation may be escaped so). */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** A list item's mark: `- `, `* `, `+ `. */
const LIST_MARK = /^[-*+]\s+/;
/** What may stand between the links of a line of links: `|`, `·`, `•`, `/`, `>`, `-`, commas. */
const LINK_SEPARATORS = /^[\s|·•,/>\-–]*$/;
/**
 * How far down a page copied as Markdown its headline may come below lines of links: a scraper of whole pages
 * (Firecrawl, crawl4ai) writes the site's skip link, menu and logo above it.
 */
const MOST_LINES_ABOVE_HEADLINE = 60;

/**
 * Some scrapers write the article as Markdown: `# Headline`, `**By Jane Doe**`, `## A subhead`, `[a link](…)`. A
 * text whose first line is a Markdown heading (`# …`, or a line underlined with `===`) is read as Markdown: its
 * headings are marked as such, and so is a photo alone on its line (by its description); the marks of emphasis,
 * links and quotes come off the words they mark (a link's address stays in the raw file); a heading's underline, a
 * rule between parts and a photo with no description are left out, recorded. So are the lines of links and images
 * that a copy of a whole page has above its `# headline` (linksAboveHeadline), the one other way a text is read as
 * Markdown. `markdown` says whether the text was read so (its lists are read by Markdown's rules too: lists.ts).
 * Any other text is plain text: there a `#` or a `*` is the character itself, as the archive prints it
 * (tests/fixtures/hostile/raw/markdown-injection.txt).
 */
export function readMarkdownMarks(lines: Line[]): { lines: Line[]; removed: RemovedLine[]; markdown: boolean } {
  const first = firstNonEmpty(lines);
  const opening = first === undefined ? [] : linksAboveHeadline(lines, first);
  if (first === undefined || !(HEADING.test(lines[first]!.text) || isUnderlined(lines, first) || opening.length > 0)) {
    return { lines, removed: [], markdown: false };
  }
  const removed: RemovedLine[] = opening.map(({ no, text }) => ({ line: no, text, reason: "links and images above a page's headline (page chrome)" }));
  const read = lines.map((line, i): Line => {
    if (opening.includes(line)) return { ...line, text: "" };
    if (isUnderlined(lines, i - 1)) {
      removed.push({ line: line.no, text: line.text, reason: "the underline of a Markdown heading" });
      return { ...line, text: "" };
    }
    if (RULE.test(line.text)) {
      removed.push({ line: line.no, text: line.text, reason: "a Markdown rule between parts of the text" });
      return { ...line, text: "" };
    }
    const image = IMAGE_LINE.exec(line.text);
    if (image && unmark(image[1]!) === "") {
      removed.push({ line: line.no, text: line.text, reason: "a photo without a description (the archive keeps the text)" });
      return { ...line, text: "" };
    }
    // A clipper writes the caption as the photo's description and the page's caption below it: the caption is read once.
    if (image && unmark(image[1]!) === unmark(lines.slice(i + 1).find((next) => next.text !== "")?.text ?? "")) {
      removed.push({ line: line.no, text: line.text, reason: "a photo described by its caption, which the line below prints" });
      return { ...line, text: "" };
    }
    const atx = HEADING.exec(line.text);
    const kind = image ? "caption" : atx !== null || isUnderlined(lines, i) ? "heading" : undefined;
    const text = unmark(image ? image[1]! : atx ? atx[2]! : line.text.replace(QUOTE, ""));
    if (text === line.text && !kind) return line;
    return { ...line, text, ...(text !== line.text && { written: line.text }), ...(kind && { kind }) };
  });
  return { lines: read, removed, markdown: true };
}

/**
 * The lines above a Markdown page's headline (`# …` or an underlined line, within MOST_LINES_ABOVE_HEADLINE lines of
 * `first`, the first line with text) when every one of them is only links and images, as a copy of a whole page puts
 * its skip link, menu and logo there; none otherwise. A line of text above the headline makes the text plain text.
 */
function linksAboveHeadline(lines: Line[], first: number): Line[] {
  const headline = lines.findIndex(
    (line, i) => i > first && i <= first + MOST_LINES_ABOVE_HEADLINE && (HEADING.test(line.text) || isUnderlined(lines, i)),
  );
  if (headline === -1) return [];
  const above = lines.slice(first, headline).filter((line) => line.text !== "");
  return above.every((line) => isLinksOnly(line.text)) ? above : [];
}

/** `- [World](…)`, `[Skip to content](#main)`, `![The Courier](logo.png) | [Home](/)`: links and images, nothing else. */
function isLinksOnly(text: string): boolean {
  const unlinked = text.replace(LIST_MARK, "").replace(LINK, "").replace(AUTOLINK, "");
  return unlinked !== text.replace(LIST_MARK, "") && LINK_SEPARATORS.test(unlinked);
}

/** A line of its own (a blank line or the start above it) with an underline below it. */
function isUnderlined(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line || line.text === "" || HEADING.test(line.text) || UNDERLINE.test(line.text)) return false;
  return (i === 0 || lines[i - 1]!.text === "") && UNDERLINE.test(lines[i + 1]?.text ?? "");
}

function unmark(text: string): string {
  let plain = text.replace(LINK, "$1").replace(AUTOLINK, "$1");
  for (const mark of WRAPPING_MARKS) plain = plain.replace(mark, "$1");
  return plain.replace(ESCAPE, "$1").trim();
}
