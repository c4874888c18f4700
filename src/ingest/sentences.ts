import { ABBREVIATIONS } from "./patterns.ts";

/**
 * Splits running text into sentences. A full stop after an abbreviation (`Gen.`), an initial (`U.S.`) or inside a
 * number is not a sentence end, and a closing quote stays with its sentence.
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const before = text.slice(start, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (ABBREVIATIONS.has(word.replace(/\.$/, "")) || /^(\p{L}\.)*\p{L}$/u.test(word)) continue;
    const end = match.index + match[0].length;
    result.push(text.slice(start, end).trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) result.push(last);
  return result;
}

export function firstSentences(text: string, count: number): string {
  return sentences(text).slice(0, count).join(" ");
}
