import {
  CAPTION_CREDIT_END,
  CAPTION_CREDIT_SENTENCE,
  CAPTION_FILE_PHOTO,
  CAPTION_POSITION,
  CAPTION_POSITION_INITIALS,
  SCREENSHOT_CAPTION,
} from "./patterns.ts";
import { sentences } from "./sentences.ts";
import { wordCount } from "./segment.ts";

export interface Caption {
  caption: string;
  /** the photo credit, kept apart so it can be shown as one */
  credit?: string;
}

export const MOST_CAPTION_WORDS = 60;

/**
 * A photo caption survives a text scrape as a short paragraph that ends in a photo credit (`[Photo courtesy of …]`,
 * `(Reuters)`, `(أ ف ب)`, `By … (@handle)`), says where someone stands in the picture (`(left)`) or that the photo is
 * an old one (`(Archive)`), or is a screenshot's (`Screenshot of the post, taken on …`).
 */
export function readCaption(text: string): Caption | undefined {
  if (wordCount(text) > MOST_CAPTION_WORDS) return undefined;
  for (const pattern of [...CAPTION_CREDIT_END, CAPTION_CREDIT_SENTENCE]) {
    const match = pattern.exec(text);
    if (match && match.index > 0) return { caption: text.slice(0, match.index).trim(), credit: match[1]!.trim() };
  }
  if (CAPTION_POSITION.test(text) || CAPTION_FILE_PHOTO.test(text) || SCREENSHOT_CAPTION.test(text)) return { caption: text };
  if (CAPTION_POSITION_INITIALS.test(text) && isPlainSentence(text)) return { caption: text };
  return undefined;
}

/** Words that report speech, or quote it: the article's sentence, which a caption is not. */
const REPORTED_SPEECH = /["“”«»]|\b(?:said|says|told|tells|added|stated|asked|announced)\b/;

/** One sentence that reports no speech (REPORTED_SPEECH), as a caption says what its photo shows. */
function isPlainSentence(text: string): boolean {
  return sentences(text).length === 1 && !REPORTED_SPEECH.test(text);
}

export function isCaption(text: string): boolean {
  return readCaption(text) !== undefined;
}
