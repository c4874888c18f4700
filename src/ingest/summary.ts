import { sentences } from "./sentences.ts";
import { wordCount } from "./segment.ts";

const FEWEST_WORDS = 15;

/**
 * One or two sentences that stand alone: the lead's first sentence, and the second too when the first is too short
 * to say what happened.
 */
export function summaryOf(lead: string): string {
  const [first = "", second] = sentences(lead);
  return wordCount(first) < FEWEST_WORDS && second ? `${first} ${second}` : first;
}
