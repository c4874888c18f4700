import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from "./patterns.ts";
import { WIDE_CLOSING_MARKS, WIDE_FULL_STOPS } from "./segment.ts";

/**
 * Splits running text into sentences. A full stop after an abbreviation (`Gen.`), an initial (`U.S.`) or inside a
 * number is not a sentence end, nor one after a reference's abbreviation before its number (`application no.
 * 12345/20`), and a closing quote stays with its sentence. Urdu's full stop (`۔`) and the Arabic script's question
 * mark (`؟`) end a sentence before whatever follows: that script writes no capitals, nor abbreviations with them.
 * Nor does Hebrew's: in either script a full stop between two words ends a sentence (`… في العراق والمنطقة. وبحث
 * الجانبان …`) but after an initial (`د. محمد`).
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const word = wordBefore(text, start, match.index);
    const bare = word.replace(/\.$/, "");
    const abbreviated = ABBREVIATIONS.has(bare) || /^(\p{L}\.)*\p{L}$/u.test(word);
    // Chinese and Japanese write no abbreviations with a full stop, and one character before it is a word (`好。`).
    if (abbreviated && !WIDE_FULL_STOPS.includes(match[0][0]!)) continue;
    if (NUMBER_ABBREVIATIONS.has(bare.toLowerCase()) && /^\s+\d/.test(text.slice(match.index + match[0].length))) continue;
    const end = match.index + match[0].length;
    result.push(text.slice(start, end).trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) result.push(last);
  return result;
}

/**
 * Chinese and Japanese write no space between sentences: their full stop ends one before whatever follows, and so
 * after a closing bracket where a space follows; a quote that closes after its own full stop and goes on (`「…。」と述べた`,
 * "… , he said") is inside its sentence.
 */
const SENTENCE_END = new RegExp(
  `[.!?]+["”’')\\]]*(?=\\s+["“‘(]?[\\p{Lu}\\p{N}])|[۔؟]+["”’')\\]]*(?=\\s+\\S)|` +
    `(?<=[\\p{Script=Arabic}\\p{Script=Hebrew}]["”»')\\]]?)[.!?]+["”»')\\]]*(?=\\s+["“«(]?[\\p{Script=Arabic}\\p{Script=Hebrew}])|` +
    `[${WIDE_FULL_STOPS}]+(?:[${WIDE_CLOSING_MARKS}”’"]*(?=\\s+\\S)|(?=[^\\s${WIDE_CLOSING_MARKS}”’"]))`,
  "gu",
);

/**
 * The letters and full stops right before `end`, from `start` on (`Gen` of `… Gen.`, `U.S` of `… the U.S.`). Read from
 * the last space before `end`, which no such word runs across: an end-anchored pattern tries every position of what it
 * is given, and the text since the sentence's start grows long where abbreviations end no sentence.
 */
function wordBefore(text: string, start: number, end: number): string {
  const from = Math.max(start, text.lastIndexOf(" ", end - 1));
  return /([\p{L}.]+)$/u.exec(text.slice(from, end))?.[1] ?? "";
}

export function firstSentences(text: string, count: number): string {
  return sentences(text).slice(0, count).join(" ");
}
