import { FUNCTION_WORDS } from "./patterns.ts";
import { firstSentences } from "./sentences.ts";
import { withoutParagraphNumber } from "./summary.ts";

const MOST_WORDS = 14;
/** A headline cut at a comma keeps this many words before it, at least. */
const FEWEST_WORDS_BEFORE_A_CUT = 5;
/**
 * The day a lead names by the day it ran (`today`, `on Tuesday`), which a headline written from it leaves out: words
 * of a sentence, not a page's mark of its age (dates.ts's `3 hours ago`, a post's `2h` in metadata-block.ts).
 */
const RELATIVE_TIME =
  /\s+(today|tonight|yesterday|this (morning|afternoon|evening)|(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?)\b/gi;

/**
 * Writes a headline for an article that has none, from its lead, the way a sub-editor would: the lead's main
 * clause, without a report's paragraph number (`1. The Security Council …`), the appositive commas around a name, the
 * "today" that only made sense on the day, or what follows the first clause.
 */
export function headlineFromLead(lead: string): string {
  // A lead that opens with marks alone ("... The minister …") would give its first "sentence", "...", and no words.
  let text = firstSentences(withoutParagraphNumber(lead).replace(/^[^\p{L}\p{N}]+/u, ""), 1)
    .replace(/[.!?]+$/, "")
    .replace(RELATIVE_TIME, "")
    .replace(/,\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),/gu, " $1")
    .replace(/^The\s+(?=\p{Lu})/u, "");
  const clause = /^(.{20,}?),\s+(?:and|but|while|as|which|who)\b/u.exec(text);
  if (clause) text = clause[1]!;
  const words = text.split(/\s+/);
  if (words.length > MOST_WORDS) {
    // Cut at the last comma that leaves a headline, rather than mid-phrase (`…, ending a year-long`).
    let end = MOST_WORDS;
    while (end > FEWEST_WORDS_BEFORE_A_CUT && !words[end - 1]!.endsWith(",")) end--;
    const kept = words.slice(0, end > FEWEST_WORDS_BEFORE_A_CUT ? end : MOST_WORDS);
    while (kept.length > 1 && FUNCTION_WORDS.has(kept.at(-1)!.toLowerCase())) kept.pop();
    text = kept.join(" ");
  }
  return text.replace(/[,;:]$/, "");
}
