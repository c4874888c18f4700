import { CAPTION_CREDIT_END, CAPTION_CREDIT_SENTENCE, CAPTION_FILE_PHOTO, CAPTION_POSITION, SCREENSHOT_CAPTION } from "./patterns.ts";
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
  return undefined;
}

export function isCaption(text: string): boolean {
  return readCaption(text) !== undefined;
}
