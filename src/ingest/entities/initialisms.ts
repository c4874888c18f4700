import { inLineOfCapitals } from "../aliases.ts";
import { lexiconTags } from "../lexicon.ts";
import { NOT_AN_ORGANIZATION_INITIALISM, ORGANIZATION_HEADS } from "../patterns.ts";
import { LONGEST_WORD_BEFORE } from "./mentions.ts";
import { isDemonym } from "./name-words.ts";
import { ROMANCE_JOINS } from "./organizations.ts";

// Organisations written by their initials alone (`KPMG`, `the KRG`), and those the text spells out first.

/**
 * `KPMG`, `the KRG`, `DNO`: an initialism written alone, in a line not in capitals, names an organisation, unless
 * compromise's lexicon knows it as something else (`UK`, `CEO`, `TV`, `IT`) or it is one of the measures, times and
 * things news abbreviates (NOT_AN_ORGANIZATION_INITIALISM) or a Roman numeral. Not a plural (`NGOs`), nor a part of a
 * hyphened word (`US-led`, `ISIS-K`), nor a word of a name in capitals (`Photo by SAFIN HAMED`), nor one an English
 * text spells out as a thing's (`Crimean-Congo haemorrhagic fever (CCHF)`: spelledOutAsThing).
 */
export function initialismsAlone(text: string, language: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(INITIALISM)) {
    const word = match[0];
    if (NOT_AN_ORGANIZATION_INITIALISM.has(word) || ROMAN_NUMERAL.test(word)) continue;
    const tags = lexiconTags(word);
    if (tags.some((tag) => tag !== "Organization") || inLineOfCapitals(text, match.index)) continue;
    if (besideWordInCapitals(text, match.index, match.index + word.length)) continue;
    if (language === "en" && spelledOutAsThing(word, text)) continue;
    found.add(nameBeforeInitialism(text, match.index) + word);
  }
  // `Emirates NBD … NBD said`: the initialism alone is the name it ends.
  return [...found].filter((name) => ![...found].some((other) => other.endsWith(` ${name}`)));
}

/**
 * `chief economist at Emirates NBD`, `alongside Erbil SC`: a capitalised word right before an initialism, after a
 * word in small letters, is the first of its name (a bank's, a club's) when compromise's lexicon does not know it:
 * not `The BBC`, `Iraqi PMF`, `Baghdad KRG`. The word and its space, or none.
 */
function nameBeforeInitialism(text: string, at: number): string {
  const before = WORD_BEFORE_INITIALISM.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at))?.[1];
  return before && lexiconTags(before).length === 0 && !isDemonym(before) ? `${before} ` : "";
}

const WORD_BEFORE_INITIALISM = /(?<![\p{L}\p{N}'’.-])\p{Ll}+ (\p{Lu}\p{Ll}+) $/u;

/**
 * An organisation is listed once: by the name the text spells out, not also by the initialism it writes after it
 * (`the Kurdistan Regional Government (KRG)`, then `the KRG`). `Free Democrats (FDP)`, whose name is not read as
 * one, keeps its initialism.
 */
export function withoutInitialismsSpelledOut(organizations: string[], text: string): string[] {
  const spelledOut = (org: string) =>
    /^\p{Lu}{2,6}$/u.test(org) && organizations.some((other) => other !== org && text.includes(`${other} (${org})`));
  return organizations.filter((org) => !spelledOut(org));
}

/**
 * `Crimean-Congo haemorrhagic fever (CCHF)`, `weapons of mass destruction (WMD)`: an initialism the text spells out in
 * brackets after words, some in small letters, whose first letters it is made of names a thing, a disease or a
 * weapon. An organisation's name is capitalised (`the Popular Mobilization Forces (PMF)`), or ends on what a body is
 * where a text writes it in small letters (`Iraq's counter-terrorism service (CTS)`). In English: other languages
 * capitalise a body's first word only (`Forces démocratiques syriennes (FDS)`).
 */
function spelledOutAsThing(initialism: string, text: string): boolean {
  const bracketed = `(${initialism})`;
  for (let at = text.indexOf(bracketed); at !== -1; at = text.indexOf(bracketed, at + 1)) {
    const words = text
      .slice(Math.max(0, at - LONGEST_SPELLING), at)
      .split(/[\s-]+/u)
      .filter((word) => word !== "" && !SPELLING_JOINS.has(word));
    const spelling = words.slice(-initialism.length);
    if (
      spelling.length === initialism.length &&
      spelling.every((word, i) => word[0]!.toUpperCase() === initialism[i]) &&
      spelling.some((word) => /^\p{Ll}/u.test(word)) &&
      !ORGANIZATION_HEADS.test(capitalised(spelling.at(-1)!))
    ) {
      return true;
    }
  }
  return false;
}
/** Far enough back to read the words an initialism is made of. */
const LONGEST_SPELLING = 120;
/** Words an initialism leaves out: `weapons of mass destruction (WMD)`, `foot-and-mouth disease (FMD)`. */
const SPELLING_JOINS = new Set(["of", "and", "the", "for", "in", "on", "&"]);
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * `le Parti démocratique du Kurdistan (PDK)`, `l’Union patriotique du Kurdistan (UPK)`, `die Demokratische Partei
 * Kurdistans (KDP)`: French, Spanish, Italian, Portuguese and German capitalise a body's first word and write others in
 * small letters (an adjective, a joining word), which the capitalised runs stop at, leaving the initials alone to name
 * it. The name is the words back from the brackets to a capitalised one whose first letters, but the joining words',
 * are the initials; in any order, for initials taken from another language's name (German writes English's `KDP`).
 */
export function namesBeforeTheirInitials(text: string): string[] {
  return [...text.matchAll(BRACKETED_INITIALS)].flatMap(({ index, 1: initials }) => {
    if (NOT_AN_ORGANIZATION_INITIALISM.has(initials!)) return [];
    const clause = text.slice(Math.max(0, index - LONGEST_SPELLING), index).split(/[\n.,;:!?()«»"“”]/u).at(-1)!;
    const words = clause.trim().split(/ +/u);
    const letters: string[] = [];
    for (let start = words.length - 1; start >= 0 && letters.length < initials!.length; start--) {
      if (OTHER_SPELLING_JOINS.test(words[start]!)) continue;
      // `l’Union`, `dell’Alleanza`: an elided article glued to the word is no part of the name.
      const word = words[start]!.replace(/^\p{L}+['’]/u, "");
      letters.push(...word.split("-").map((part) => part.charAt(0).toUpperCase()));
      const sameLetters = [...letters].sort().join("") === [...initials!].sort().join("");
      if (sameLetters && /^\p{Lu}/u.test(word)) return [[word, ...words.slice(start + 1)].join(" ")];
    }
    return [];
  });
}
const BRACKETED_INITIALS = / \((\p{Lu}{2,7})\)/gu;
/** Words no initialism takes a letter from in those languages: `du`, `de la`, `et`, `der`, `für`. */
const OTHER_SPELLING_JOINS = new RegExp(`^(?:de|la|los|las|le|les|el|et|y|e|und|der|die|für|von|${ROMANCE_JOINS})$`, "u");

/** Whether a word in capitals stands right before or after the one from `start` to `end`: a name in capitals. */
function besideWordInCapitals(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LONGEST_WORD_BEFORE), start);
  return CAPITALS_BEFORE.test(before) || CAPITALS_AFTER.test(text.slice(end, end + LONGEST_WORD_BEFORE));
}

const CAPITALS_BEFORE = /\p{Lu}{2,}[.'’-]?\s+$/u;
const CAPITALS_AFTER = /^\s+\p{Lu}{2,}(?!\p{Ll})/u;

/** Also after French elision (`l'INSEE`) and before a possessive (`KPMG's`). */
const INITIALISM = /(?<![\p{L}\p{N}.-]|\p{L}{2}['’])\p{Lu}{2,6}(?![\p{L}\p{N}-]|['’](?!s(?!\p{L}))|\.\p{L})/gu;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
