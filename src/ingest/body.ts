import { readCaption } from "./captions.ts";
import { tidySpacing } from "./normalize.ts";
import { splitGluedSentences } from "./reflow.ts";
import { blockText, wordCount, type Block } from "./segment.ts";

export type BodyPart =
  | { kind: "paragraph"; text: string }
  | { kind: "subhead"; text: string }
  | { kind: "figure"; caption: string; credit?: string };

const MOST_SUBHEAD_WORDS = 10;

/** Tells the article's paragraphs, subheads and photo captions apart. */
export function readBody(blocks: Block[]): BodyPart[] {
  const texts = blocks.map((block) => tidySpacing(blockText(block)));
  return texts.flatMap((text, i): BodyPart[] => {
    const caption = readCaption(text);
    if (caption) return [{ kind: "figure", ...caption }];
    if (isSubhead(text, texts[i + 1])) return [{ kind: "subhead", text }];
    return splitGluedSentences(text).map((part) => ({ kind: "paragraph", text: part }));
  });
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
