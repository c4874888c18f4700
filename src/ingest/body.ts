import { readCaption } from "./captions.ts";
import { tidySpacing } from "./normalize.ts";
import { CLOCK_TIME_LINE } from "./patterns.ts";
import { splitGluedSentences } from "./reflow.ts";
import { blockText, wordCount, type Block } from "./segment.ts";

export type BodyPart =
  | { kind: "paragraph"; text: string }
  | { kind: "subhead"; text: string }
  | { kind: "figure"; caption: string; credit?: string }
  /** a list's items; `start`, a numbered list's first number */
  | { kind: "list"; items: string[]; start?: number };

const MOST_SUBHEAD_WORDS = 10;

/**
 * Tells the article's paragraphs, subheads, lists and photo captions apart (where the text says which lines are
 * headings, captions and list items, `Line.kind`, it is taken at its word). A time of day alone above article text
 * is a live page's entry: it heads the entry, with the entry's own heading when it has one (`10:32 GMT – Barrier
 * holds`).
 */
export function readBody(blocks: Block[]): BodyPart[] {
  const texts = blocks.map((block) => tidySpacing(blockText(block)));
  const parts = texts.flatMap((text, i): BodyPart[] => {
    const { kind, number, credit } = blocks[i]![0]!;
    if (kind === "item") {
      return [{ kind: "list", items: blocks[i]!.map((line) => tidySpacing(line.text)), ...(number !== undefined && { start: number }) }];
    }
    const caption = kind === "caption" ? { caption: text, ...(credit && { credit }) } : readCaption(text);
    if (caption) return [{ kind: "figure", ...caption }];
    const heading = kind === "heading" || (CLOCK_TIME_LINE.test(text) && i + 1 < texts.length);
    if (heading || isSubhead(text, texts[i + 1])) return [{ kind: "subhead", text }];
    return splitGluedSentences(text).map((part) => ({ kind: "paragraph", text: part }));
  });
  const entries: BodyPart[] = [];
  for (const part of parts) {
    const time = entryTime(entries.at(-1));
    if (time && part.kind === "subhead" && !entryTime(part)) {
      entries[entries.length - 1] = { kind: "subhead", text: `${time.text} – ${part.text}` };
    } else {
      entries.push(part);
    }
  }
  return entries;
}

/** A subhead that is only a time of day: a live page's entry. */
function entryTime(part: BodyPart | undefined): Extract<BodyPart, { kind: "subhead" }> | undefined {
  return part?.kind === "subhead" && CLOCK_TIME_LINE.test(part.text) ? part : undefined;
}

/** A subhead is a short capitalised line without closing punctuation, with the article going on below it. */
function isSubhead(text: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    wordCount(text) <= MOST_SUBHEAD_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;:!?…"”’')\]]$/.test(text) &&
    wordCount(next) > MOST_SUBHEAD_WORDS
  );
}
