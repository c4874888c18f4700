import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from "./patterns.ts";

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
    const before = text.slice(start, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    const bare = word.replace(/\.$/, "");
    if (ABBREVIATIONS.has(bare) || /^(\p{L}\.)*\p{L}$/u.test(word)) continue;
    if (NUMBER_ABBREVIATIONS.has(bare.toLowerCase()) && /^\s+\d/.test(text.slice(match.index + match[0].length))) continue;
    const end = match.index + match[0].length;
    result.push(text.slice(start, end).trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) result.push(last);
  return result;
}

const SENTENCE_END =
  /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|[۔؟]+["”’')\]]*(?=\s+\S)|(?<=[\p{Script=Arabic}\p{Script=Hebrew}]["”»')\]]?)[.!?]+["”»')\]]*(?=\s+["“«(]?[\p{Script=Arabic}\p{Script=Hebrew}])/gu;

export function firstSentences(text: string, count: number): string {
  return sentences(text).slice(0, count).join(" ");
}
