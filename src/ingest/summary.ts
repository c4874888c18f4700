import type { BodyPart } from "./body.ts";
import { PARAGRAPH_NUMBER } from "./patterns.ts";
import { sentences } from "./sentences.ts";
import { WIDE_CLOSING_MARKS, WIDE_FULL_STOPS, wordCount } from "./segment.ts";

const FEWEST_WORDS = 15;

/** The lead without a report's paragraph number, which neither its summary nor a headline written from it keeps. */
export function withoutParagraphNumber(lead: string): string {
  return lead.replace(PARAGRAPH_NUMBER, "");
}

/** The number a report's paragraph opens on (`12. On 3 May …`: 12), where it opens on a number. */
export function paragraphNumber(paragraph: string): number | undefined {
  const mark = PARAGRAPH_NUMBER.exec(paragraph)?.[0];
  return mark !== undefined && /^\d/.test(mark) ? Number.parseInt(mark, 10) : undefined;
}

/**
 * A note's mark after a word or a sentence (`would give the force its own academy.[1]`, a report's, an encyclopedia's):
 * a pointer to a note the summary does not carry, which after a sentence's full stop hides where the sentence ends.
 */
const NOTE_MARK = /(?<=[\p{L}\p{N}.,;:!?"”’)])\[\d{1,3}\](?=[\s.,;:!?]|$)/gu;

/** The text without the marks of the notes it points to: the summary's words, and the words of the lead it opens. */
export function withoutNoteMarks(text: string): string {
  return text.replace(NOTE_MARK, "");
}

/**
 * The notes at the end of a page, each a paragraph that opens on its number (`1 Chamber judgments are not final …`, a
 * court's press release); group 1 the number.
 */
const NOTE_AT_END = /^(\d{1,2}) (?=\p{Lu})/u;

/**
 * The text without the marks run into its words of the notes the page ends on (`In today's Chamber judgment1 in the
 * case of …`, the 1 a raised mark the copy lost): a pointer, no letter of the word's, which reads as part of it. A
 * word runs a digit on as a mark only where the page's last paragraphs are notes numbered so, from 1 on; the notes are
 * kept.
 */
export function withoutGluedNoteMarks(parts: BodyPart[]): BodyPart[] {
  let first = parts.length;
  while (first > 0 && noteNumber(parts[first - 1]!) !== undefined) first--;
  const numbers = parts.slice(first).map((part) => noteNumber(part)!);
  if (numbers.length === 0 || numbers.some((number, i) => Number(number) !== i + 1)) return parts;
  const mark = new RegExp(`(?<=\\p{Ll}{2})(?:${numbers.join("|")})(?=[\\s.,;:!?)]|$)`, "gu");
  return parts.map((part, i) => (part.kind === "paragraph" && i < first ? { ...part, text: part.text.replace(mark, "") } : part));
}

/** The number a note at the page's end opens on, if `part` is one. */
const noteNumber = (part: BodyPart) => (part.kind === "paragraph" ? NOTE_AT_END.exec(part.text)?.[1] : undefined);

/**
 * One or two sentences that stand alone: the lead's first sentence, and the second too when the first is too short
 * to say what happened; without the number of a report's paragraph, nor the marks of its notes.
 */
export function summaryOf(lead: string): string {
  const [first = "", second] = sentences(withoutNoteMarks(withoutParagraphNumber(lead)));
  if (wordCount(first) >= FEWEST_WORDS || !second) return first;
  return ENDS_WITHOUT_SPACE.test(first) ? `${first}${second}` : `${first} ${second}`;
}

/** A Chinese or Japanese sentence's end (`…开幕。`, `…と述べた。`), which no space follows. */
const ENDS_WITHOUT_SPACE = new RegExp(`[${WIDE_FULL_STOPS}][${WIDE_CLOSING_MARKS}”’"]*$`, "u");
