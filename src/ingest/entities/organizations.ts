import { FIRST_NAME_TAGS, lexiconTags } from "../lexicon.ts";
import {
  COMPANY_FORMS,
  FAITHS,
  ORGANIZATION_HEAD,
  ORGANIZATION_HEADS,
  ROMANCE_LANGUAGES,
  ROMANCE_ORGANIZATION_HEAD_WORDS,
  TURKISH_ORGANIZATION_HEAD_WORDS,
} from "../patterns.ts";
import { sentences } from "../sentences.ts";
import { CALENDAR_TAGS, isCommonWord } from "./compromise.ts";
import { LONGEST_WORD_BEFORE, mentionsOf } from "./mentions.ts";
import { cleanName, isDemonym, isPlaceName, mayBeNameWord, NAME_WORD, TITLE_WORDS, TITLES } from "./name-words.ts";
import { JOINING_WORD, PLACE_KIND_IN_CAPITALS } from "./places.ts";
import { titleCaseLines } from "./title-case.ts";

// Organisations in runs of capitalised words, in English, Romance languages and Turkish, and where their names end.

const ACRONYM_EXPANSION = /((?:\p{Lu}[\p{L}.’']* +)(?:(?:of|the|and|for) +|\p{Lu}[\p{L}.’']* +)*?\p{Lu}[\p{L}’']*) +\((\p{Lu}[\p{L}]{1,7})\)/gu;
/**
 * Capitalised words (`Counter-Terrorism Service`; not `Terrorism Service`, nor a run from `Iran-backed`), and the
 * ampersand companies join theirs with (`Hanwha Engineering & Construction Corp.`, `Procter & Gamble`).
 */
const CAPITALISED_RUN =
  /(?<![\p{L}-])(?:\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)*)(?: +(?:of(?: +the)?|for|and|&)? *\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)*)*/gu;
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}.’']*(?:-\\p{Lu}[\\p{L}.’']*)*";
/** The words but `de` itself that join a Romance organisation's capitalised words: `del`, `des`, `della`, `dos`… */
export const ROMANCE_JOINS = "del|des|du|della|delle|degli|dei|di|do|da|dos|das";
/**
 * The same in Spanish, French, Italian and Portuguese, whose names join their capitalised words with "de" and its
 * kin (`Tribunal Supremo de Justicia`, `Ministère de l’Intérieur`, `Banque d’Algérie`, `Consiglio dei Ministri`).
 */
const ROMANCE_CAPITALISED_RUN = new RegExp(
  `(?<![\\p{L}-])${CAPITALISED_WORD}(?: +(?:(?:de(?: la| los| las)?|${ROMANCE_JOINS}) +|(?:de l|d)['’])?${CAPITALISED_WORD})*`,
  "gu",
);
/**
 * `the former governor of the Banque du Liban`, `the Banco Central de Chile`: news in another language writes a Spanish,
 * French, Italian or Portuguese body by its own name, a head word, a joining word and capitalised words. The capitalised
 * runs of English stop at `du`, and left `du Liban` to be read as a person's name. No full stop inside: a sentence's
 * end (`de Chile. The`).
 */
const ROMANCE_BODY_WORD = "\\p{Lu}[\\p{L}’']*(?:-\\p{Lu}[\\p{L}’']*)*";
const ROMANCE_BODY = new RegExp(
  `(?<![\\p{L}-])(?:${ROMANCE_ORGANIZATION_HEAD_WORDS.join("|")})(?: +${ROMANCE_BODY_WORD})*(?:(?: +(?:de(?: la| los| las)?|${ROMANCE_JOINS}) +|(?: +de l| +d)['’])${ROMANCE_BODY_WORD}(?: +${ROMANCE_BODY_WORD})*)+(?![\\p{L}-])`,
  "gu",
);
const ROMANCE_ORGANIZATION_HEADS = new RegExp(`(?<!\\p{L})(?:${ROMANCE_ORGANIZATION_HEAD_WORDS.join("|")})(?!\\p{L})`, "u");
/** `La Comisión`, `L’Assemblée`: an article that opens a sentence is no part of the name after it. */
export const ROMANCE_ARTICLE_FIRST = /^(?:El|La|Los|Las|Le|Les|Il|Lo|Gli|Os|As|O|A)\s+|^L['’](?=\p{Lu})/u;
/** `Die Patriotische Union Kurdistans`: nor is German's, capitalised as a name's words are. */
const GERMAN_ARTICLE_FIRST = /^(?:Der|Die|Das|Den|Dem|Des)\s+/u;
/**
 * `el Gobierno de Pedro Sánchez`, `Gouvernement d’Emmanuel Macron`: an organisation's name ends before a person's
 * after a joining word: one found elsewhere, or one a first name opens. The organisation is none when one word is
 * left. Not `Tribunal Supremo de Justicia`, whose `Supremo de Justicia` compromise took for a person's. A person's
 * name found elsewhere before "of" is the person's, and what follows the body's (`Bilal Wahab of the Washington
 * Institute`). In any
 * language, a person's name found elsewhere that "and" joins to an organisation's is no part of it (`Anna Berg and
 * Kabul Bank`, `the Ministry of Oil and Gas and Anna Berg`).
 */
export function splitAtPerson(name: string, people: string[]): { organization?: string; person?: string } {
  const words = name.split(" ");
  for (let and = words.indexOf("and"); and !== -1; and = words.indexOf("and", and + 1)) {
    const [before, after] = [words.slice(0, and).join(" "), words.slice(and + 1).join(" ")];
    const person = [before, after].find((side) => people.includes(side));
    // `President Masoud Pezeshkian and Secretary of the Supreme National Security Council Ali Larijani`: the other side
    // is a role of the organisation and a person's name too, neither of them the organisation's.
    const organization = withoutPersonAfter((person === before ? after : before).replace(ROLE_OF, ""), people);
    if (person) return { ...(organization.includes(" ") && { organization }), person };
  }
  for (let at = 1; at < words.length - 1; at++) {
    const elided = /^[dl]['’](?=\p{Lu})/u.exec(words[at]!)?.[0];
    if (!elided && !ROMANCE_JOINING_WORD.test(words[at]!) && words[at] !== "of") continue;
    // `Bilal Wahab of the Washington Institute`: a person's name found elsewhere, then "of" and the body they are of.
    // So is one written only there, two or three words of names' and of no place's (`said Nabil Musa of the Iraqi
    // Green Climate Organisation`), which no body's name opens on (`Supreme Council of`, `Kurdistan Region of`).
    const head = words.slice(0, at).join(" ");
    if (words[at] === "of" && (people.includes(head) || isPersonNameBeforeOf(words.slice(0, at)))) {
      const body = words.slice(words[at + 1] === "the" ? at + 2 : at + 1).join(" ");
      return { ...(body.includes(" ") && { organization: body }), person: head };
    }
    const tail = [elided ? words[at]!.slice(elided.length) : "", ...words.slice(at + 1)].filter(Boolean).join(" ");
    const firstName = lexiconTags(tail.split(" ")[0]!).some((tag) => FIRST_NAME_TAGS.has(tag));
    if (!people.includes(tail) && !(firstName && tail.includes(" "))) continue;
    const before = words.slice(0, at).filter((word) => /^\p{Lu}/u.test(word));
    return { organization: before.length >= 2 ? before.join(" ") : undefined, person: tail };
  }
  return { organization: withoutPersonAfter(name, people) };
}
/** `Nabil Musa`: two or three words, each a name's, none a common word's, a title's, a place's or a body's head. */
function isPersonNameBeforeOf(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every(
      (word) =>
        mayBeNameWord(word) && !isCommonWord(word) && !TITLE_WORDS.has(word) && !isPlaceName(word) && !ORGANIZATION_HEADS.test(word),
    )
  );
}
/**
 * `Supreme National Security Council Ali Larijani`: an organisation's name ends where a person's full name found
 * elsewhere begins, right after a capitalised word of it (not `Ministerio de Hacienda`, `de Hacienda` read as a name).
 */
function withoutPersonAfter(name: string, people: string[]): string {
  const person = people.find((person) => /^\p{Lu}\S* \p{Lu}/u.test(person) && name.endsWith(` ${person}`));
  const rest = person ? name.slice(0, -person.length - 1) : name;
  return /(?:^|\s)\p{Lu}\S*$/u.test(rest) ? rest : name;
}
/**
 * `La Banque`, which compromise read in `La Banque d’Algérie`: an article and a word that heads organisations' names
 * is a common noun (`the Bank`), no name.
 */
export function isArticleAndHead(name: string): boolean {
  const noun = name.replace(ROMANCE_ARTICLE_FIRST, "");
  return noun !== name && !noun.includes(" ") && (ORGANIZATION_HEADS.test(noun) || ROMANCE_ORGANIZATION_HEADS.test(noun));
}
/**
 * `Kurdistan Regional Government Prime Minister Masrour Barzani`: an organisation's name ends where a person's title
 * and name begin. `Office of the Prime Minister` keeps its title, which no name follows.
 */
const TITLE_BEFORE_NAME = new RegExp(` (?:${TITLES}) (?=\\p{Lu}\\p{Ll})`, "u");
/**
 * `the State of Law coalition`, `the Islamic State group`, `the Shafaq News agency`: a group's word after a run of
 * names, in small letters; or its members' (`Islamic State fighters`), which no place's name goes before but a
 * demonym (`Kurdish fighters`).
 */
const GROUP_WORD_AFTER =
  / (?:coalition|alliance|bloc|party|movement|militia|group|faction|list|agency|channel|network|newspaper|fighters|militants|insurgents|jihadists)\b/y;
/**
 * An armed group's or party's name in Arabic begins with what it is: `Kataib Hezbollah` (Hezbollah's brigades),
 * `Asaib Ahl al-Haq`, `Harakat al-Nujaba`, `Saraya al-Salam`, `Jaish al-Mahdi`, `Hayat Tahrir al-Sham`, `Ansar Allah`;
 * compromise takes most for people's names. The word and the names after it, as English spells it and French
 * (`Kataëb Sayyed al-Chouhada`, `les Hachd al-Chaabi`, `Jaych al-Mahdi`).
 */
export const GROUP_NAME = new RegExp(
  `(?<![\\p{L}'’-])(?:Kataib|Kata'ib|Kata’ib|Kataëb|Asaib|Asa'ib|Asa’ib|Harakat|Saraya|Jaish|Jaych|Liwa|Hizb|Ansar|Hashd|Hachd|Hayat|Hay'at|Hay’at|Jabhat|Tanzim|Quwat)(?: ${NAME_WORD}){1,3}(?![\\p{L}\\p{N}'’-])`,
  "gu",
);
/** `Officials of the International Monetary Fund`: those of an organisation are not part of its name. */
function stripPeopleOf(run: string): string {
  const of = /^(\p{Lu}\p{Ll}+) of (?:the )?(?=\p{Lu})/u.exec(run);
  return of && lexiconTags(of[1]!).includes("Plural") ? run.slice(of[0].length) : run;
}
/** `Chief of the Iraqi Armed Forces`: the role is not part of the organisation's name. */
const ROLE_OF = /^(?:\p{Lu}\p{L}+ )*?(?:Chief|Commander|Minister|Head|Director|Secretary|President|Spokesman|Member) (?:of|for) (?:the )?(?=\p{Lu})/u;
/**
 * `Draft Law of the Popular Mobilization Commission`, as a note cites it: a law or a paper a body makes or is made by
 * is not part of the body's name either.
 */
const DOCUMENT_OF =
  /^(?:Draft |Proposed )?(?:Law|Bill|Charter|Constitution|Statute|Resolution|Decree|Report) (?:of|on) (?:the )?(?=\p{Lu})/u;

/**
 * `Iraq's Foreign Ministry`, as compromise gives it: the name is what follows a place's possessive, as the capitalised
 * runs (findOrganizations) read it. `the United Nations University's Institute for Water`, `the Kurdistan Regional
 * Government's Council of Ministers`: an organisation's possessive ends its name, and what it owns, cut short, is
 * left to the capitalised runs. `People's Mobilization Forces` is a name whole.
 */
export function ownName(phrase: string): string {
  const [owner, ...rest] = possessiveParts(phrase);
  if (rest.length === 1 && ORGANIZATION_HEADS.test(owner!)) return owner!;
  // `Region's Counter Terrorism Group`, cut from `the Kurdistan Region's …`: a kind of place in capitals ends a place's
  // name.
  const ownedByPlace = isPlaceName(owner!) || PLACE_KIND_IN_CAPITALS.test(owner!);
  return rest.length === 1 && ownedByPlace ? rest[0]! : phrase;
}

/**
 * `Crisis Group` of `l'International Crisis Group`, as compromise gives it: French and Italian glue an elided article
 * to the word after it (`l'`, `d'`, `dell'`), and compromise takes the word for the article's and opens the name after
 * it. The name goes back over that word where the text writes it so at every mention.
 */
export function withElidedWordBefore(name: string, text: string): string {
  const wordBefore = (index: number) =>
    ELIDED_WORD_BEFORE.exec(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index))?.[1];
  const before = new Set(mentionsOf(name, text).map(({ index }) => wordBefore(index)));
  const [word] = before;
  return before.size === 1 && word !== undefined ? `${word} ${name}` : name;
}
/** `l'International `, `d'International `, `dell'Alto `: a capitalised word an elided article is glued to, a space. */
const ELIDED_WORD_BEFORE = /(?<![\p{L}'’])(?:[DdLl]|\p{Ll}+ll)['’](\p{Lu}[\p{L}-]*) $/u;

/**
 * `Treasury's Office` of `the US Treasury's Office of Foreign Assets Control`, as compromise gives it: a name with an
 * owner's possessive, which the text goes on from at each mention with what the thing owned is of, is cut from the
 * owned thing's name, which the capitalised runs read whole (findOrganizations).
 */
export function ownsCutName(name: string, text: string): boolean {
  if (!/['’]s /u.test(name)) return false;
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => OF_NAME_AFTER.test(text.slice(index + name.length, index + name.length + 8)));
}
const OF_NAME_AFTER = /^ of (?:the )?\p{Lu}/u;

/**
 * `Health's Medico-Legal Directorate`, cut by compromise from `the Ministry of Health's Medico-Legal Directorate`: a
 * one-word owner that "of" goes before at every mention ends another body's name (`Ministry of Health`), not this
 * one's; the name is what it owns (`Medico-Legal Directorate`).
 */
export function withoutCutOwner(name: string, text: string): string {
  const owned = /^\p{Lu}[\p{L}-]*['’]s (\p{Lu}.*)$/u.exec(name)?.[1];
  if (owned === undefined) return name;
  const mentions = mentionsOf(name, text);
  const ofBefore = (index: number) => /\bof (?:the )?$/u.test(text.slice(Math.max(0, index - 8), index));
  return mentions.length > 0 && mentions.every(({ index }) => ofBefore(index)) ? owned : name;
}

/**
 * A run of names cut at its possessives: `The French Army's Minister's` is `The French Army` and `Minister's`. A
 * plural's possessive is the name's own: `People's Mobilization Forces`, `Women's Rights Association`.
 */
function possessiveParts(run: string): string[] {
  const parts: string[] = [];
  let owned = "";
  for (const part of run.split(/['’]s\s+/u)) {
    const whole = owned + part;
    const lastWord = whole.split(" ").at(-1)!;
    if (lexiconTags(lastWord).includes("Plural")) owned = `${whole}'s `;
    else {
      parts.push(whole);
      owned = "";
    }
  }
  return owned ? [...parts, owned.trimEnd()] : parts;
}

/**
 * `People's Mobilization Forces and Baghdad`, `Foreign Ministry and The French Army`: an organisation's name that ends
 * on its head word ends there, though names go on after "and". `Ministry of Science and Technology` goes on. So does
 * a company's that ends on its legal form (`DNO ASA and Gulf Keystone Petroleum Ltd.`, two companies).
 */
const AND_AFTER_HEAD = new RegExp(
  `(?<=\\b(?:${ORGANIZATION_HEAD}|${COMPANY_FORMS.join("|")})\\.?) and (?=\\p{Lu})`,
  "u",
);
/** `DNO ASA`, `Gulf Keystone Petroleum Ltd.`: a company's legal form ends its name, and says it is an organisation's. */
const ENDS_ON_COMPANY_FORM = new RegExp(` (?:${COMPANY_FORMS.join("|")})\\.?$`, "u");

/**
 * compromise cuts `Iraqi Ministry of Defense` short to `Iraqi Ministry`, or takes `Water Resources` out of `Ministry
 * of Water Resources`; the longer name is the organisation. It reads a capitalised `The` into a name where a sentence
 * ran into another (`remote The French Army's`): `The French Army` is the `French Army` found elsewhere.
 */
export function withoutParts(names: string[]): string[] {
  const isPartOf = (name: string, other: string) =>
    (other.startsWith(name) && /^['’]? /u.test(other.slice(name.length))) || // `Kurdistan Workers' Party`
    other.endsWith(` of ${name}`) ||
    other.endsWith(` of the ${name}`);
  const found = new Set(names);
  const withoutThe = (name: string) => name.startsWith("The ") && found.has(name.slice(4));
  return names.filter((name) => !names.some((other) => isPartOf(name, other)) && !withoutThe(name));
}

/** `Gobierno de Pedro Sánchez`: a name that a word heading organisations' names opens is no person's. */
export const ROMANCE_HEAD_WORDS = new Set(ROMANCE_ORGANIZATION_HEAD_WORDS);

export function findOrganizations(text: string, language: string): string[] {
  const romance = ROMANCE_LANGUAGES.has(language);
  const found: string[] = [];
  for (const match of text.replace(/["“”]/g, "").matchAll(ACRONYM_EXPANSION)) {
    const expansion = trimToInitials(match[1]!, match[2]!);
    if (expansion) found.push(expansion);
  }
  // `Banque du Liban Governor Riad Salameh`: a title and a name after the body's name are no part of it.
  if (!romance) for (const [body] of text.matchAll(ROMANCE_BODY)) found.push(cleanName(body.split(TITLE_BEFORE_NAME)[0]!));
  const titleCased = titleCaseLines(text);
  const articleFirst = romance ? ROMANCE_ARTICLE_FIRST : language === "de" ? GERMAN_ARTICLE_FIRST : undefined;
  for (const match of text.matchAll(romance ? ROMANCE_CAPITALISED_RUN : CAPITALISED_RUN)) {
    if (titleCased.some(([start, end]) => match.index >= start && match.index < end)) continue;
    // A run goes on over full stops, for `U.S. Army`, and so over sentence ends: `at Baghdad University. She said`.
    const runSentences = match[0].includes(".") ? sentences(match[0]) : [match[0]];
    GROUP_WORD_AFTER.lastIndex = match.index + match[0].length;
    if (GROUP_WORD_AFTER.test(text)) {
      const run = stripPeopleOf(runSentences.at(-1)!.replace(/^(The|A|An)\s+/, ""));
      // `the Sunni Taqaddum party`, `the Shiite Dawa party`: the faith of the group's people is no part of its name,
      // which may then be one word.
      const [first, ...rest] = run.split(" ");
      const described = FAITHS.has(first!) && rest.length > 0 && !JOINING_WORD.test(rest[0]!);
      const name = described ? rest.join(" ") : run;
      const words = name.split(" ").filter((word) => !JOINING_WORD.test(word));
      if ((described || words.length >= 2) && !words.every((word) => isDemonym(word) || isPlaceName(word))) found.push(name);
    }
    const parts = runSentences.flatMap(possessiveParts).flatMap((part) => part.split(AND_AFTER_HEAD));
    for (const part of parts) {
      const named = articleFirst ? part.replace(articleFirst, "") : part;
      const body = named.replace(/^(The|A|An|This|That)\s+/, "").replace(ROLE_OF, "").replace(DOCUMENT_OF, "");
      const run = stripPeopleOf(body).split(TITLE_BEFORE_NAME)[0]!;
      if (language === "tr") {
        const organization = turkishOrganizationIn(run);
        if (organization) found.push(organization);
        continue;
      }
      const headed =
        ORGANIZATION_HEADS.test(run) || ENDS_ON_COMPANY_FORM.test(run) || (romance && ROMANCE_ORGANIZATION_HEADS.test(run));
      if (headed && run.split(/\s+/).length >= 2) found.push(cleanName(run));
    }
  }
  return found;
}

const TURKISH_HEADS = new Set(TURKISH_ORGANIZATION_HEAD_WORDS);

/** A Turkish organisation's name in a run of capitalised words: up to its head word (`Irak Meclisi Abdullatif Reşid`). */
function turkishOrganizationIn(run: string): string | undefined {
  const words = run.split(/\s+/);
  let head = words.length - 1;
  while (head >= 1 && !TURKISH_HEADS.has(words[head]!)) head--;
  return head >= 1 ? words.slice(0, head + 1).join(" ") : undefined;
}

/** `… British Ministry of Defense (MoD)`: keep the words the acronym spells out, not the ones before them. */
function trimToInitials(words: string, acronym: string): string | undefined {
  const parts = words.split(/\s+/);
  const initials = acronym.replace(/\p{Ll}/gu, "");
  for (let start = 0; start < parts.length; start++) {
    // `Ankara and the Kurdistan Regional Government (KRG)`: the name opens on a capital, not on `and the`.
    if (!/^\p{Lu}/u.test(parts[start]!)) continue;
    const candidate = parts.slice(start);
    const letters = candidate
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    if (letters === initials) return candidate.join(" ");
  }
  return undefined;
}

/**
 * Capitalised words, not a day's or a month's name alone (compromise read `on Sunday, police sources` as one), nor a
 * people's (`Jordanian police dispersed`), and no comma (`on Monday, Iraqi Oil Minister` gave it `Monday, Iraqi Oil`).
 */
export function isOrganizationName(name: string): boolean {
  if (name.length < 2 || name.includes(",") || isDemonym(name)) return false;
  // `the U.S.-backed militia`: a compound adjective, no name.
  if (/-\p{Ll}+$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.every((word) => lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag)))) return false;
  // `L'agence`, which compromise read where it opens a sentence: an elided article glued to a word in small letters is
  // a common noun (`the agency`), no word of a name.
  return words.every(
    (word) =>
      (/^[\p{Lu}\p{N}]/u.test(word) && !ELIDED_ARTICLE_AND_NOUN.test(word)) ||
      /^(of|the|and|&|for|al-\p{L}+)$/u.test(word) ||
      ROMANCE_JOINING_WORD.test(word),
  );
}
const ELIDED_ARTICLE_AND_NOUN = /^[DL]['’]\p{Ll}/u;
/** `de`, `la`, `l’Intérieur`, `d’Algérie`: the words between an organisation's capitalised words in a Romance language. */
const ROMANCE_JOINING_WORD = new RegExp(`^(?:de|la|los|las|${ROMANCE_JOINS}|[dl]['’]\\p{Lu}.*)$`, "u");
