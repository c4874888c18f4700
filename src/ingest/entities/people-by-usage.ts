import type nlp from "compromise";
import { lexiconTags } from "../lexicon.ts";
import { ORGANIZATION_HEADS } from "../patterns.ts";
import { NAME_TAGS, phrases } from "./compromise.ts";
import { LONGEST_WORD_BEFORE, mentionsOf } from "./mentions.ts";
import {
  isInitialOrSuffix,
  isPersonNoun,
  mayBeNameWord,
  NAME,
  ROLES,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./name-words.ts";
import { ARTICLE_AND_NOUN, opensOnRoleAfterModifier } from "./person-names.ts";
import { KIND_OF_PLACE_WORD } from "./places.ts";

// People named by what the text does with the name: a role after it, speech, leading, answering, a surname used
// alone, a name listed beside people's.

/** A run of name words not glued to a letter, digit, hyphen or apostrophe on either side. */
export const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${NAME}(?![\\p{L}\\p{N}'’-])`, "gu");
/**
 * A name, then its role, a clause only a person's name takes (`, who`, `, whose`; a group's takes `, which`), or an age
 * before the sentence goes on (`Umm Ahmed, 54, returned`).
 */
const NAME_IN_APPOSITION = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME}), (?:(?:\\d{1,3}, )?(?:the|a|an|his|her|their) (?:(?!(?:who|whose|which|that|of)\\b)[\\p{L}’'-]+ ){0,3}?(?:${ROLES})|who(?:se)?|\\d{1,3}(?=, \\p{Ll}))\\b`,
  "gu",
);

/**
 * compromise knows few Arabic, Kurdish or French names: `Hoshyar Zebari told reporters`, `Florence Parly said` give
 * it no person. A news story names a person in full once and by surname after (`Zebari added`, `Mr. Anad`), and
 * names a place or an organisation in full each time. So a run of two to five name words is a person's name when
 * its last word also stands alone in the text, and no word of it is one compromise's lexicon knows as anything but
 * a name (`Human Rights Watch`, `White House`); words before the name that are not names (`Iraqi Foreign Minister`,
 * `Meanwhile`) are left out of it.
 */
export function namesUsedBySurname(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
  const alone = new Set<string>();
  const full: string[][] = [];
  for (const { 0: run, index } of runs) {
    const name = nameIn(run, roles);
    if (name?.length === 1) {
      // `19 Ziele`, `2600 Yezidi's`: a word a number counts is a noun, not a surname, capitalised as a language writes
      // its nouns (`Autonomieregion Ziele`) or its peoples (`Honderden Yezidi's`).
      if (!NUMBER_BEFORE.test(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index))) alone.add(name[0]!);
    } else if (name) full.push(name);
  }
  return full.filter((name) => alone.has(name.at(-1)!)).map((name) => name.join(" "));
}

const NUMBER_BEFORE = /(?<![\p{L}\p{N}])\p{N}[\p{N}.,]* +$/u;

/**
 * `Hoshyar Zebari, the foreign minister,`, `Jumah Anad, 52, a former spokesman`, `Qubad Talabani, his deputy`, `Qais
 * Khazali, whose group`: a name its role, or "who", follows.
 */
export function namesInApposition(text: string, roles: ReadonlySet<string>, doc: ReturnType<typeof nlp>): string[] {
  // The words compromise tagged as persons are gathered only when a noun after a name is none isPersonNoun knows.
  let actors: ReadonlySet<string> | undefined;
  const isActor = (noun: string) => (actors ??= actorsIn(doc)).has(noun);
  const described = [...text.matchAll(NAME_BEFORE_PERSON)].filter(({ groups }) => isPersonDescribed(groups!, isActor));
  return [...text.matchAll(NAME_IN_APPOSITION), ...described].flatMap((match) => {
    const name = nameIn(match[1]!, roles);
    return name && name.length > 1 ? [name.join(" ")] : [];
  });
}

/**
 * `Renad Mansour, chercheur au centre Chatham House`, `Lahib Higel, analyste à l'International Crisis Group`, `Ana
 * Pérez, investigadora del CSIC`: Spanish, French, Italian and Portuguese news set a person's role after the name
 * without an article, then where they work or what they are of; a place's or a body's name takes an article there
 * (`Bagdad, la capitale`, `Erbil, capitale du Kurdistan` is no person: the role is a person's, ROMANCE_APPOSED_ROLE).
 */
export function romanceNamesInApposition(text: string, roles: ReadonlySet<string>): string[] {
  // The role first, then the name that ends before its comma: a name's pattern tried at every capital is costly.
  return [...text.matchAll(ROMANCE_APPOSED_ROLE_AFTER_COMMA)].flatMap(({ index }) => {
    const run = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, index - LONGEST_NAME), index))?.[1];
    const name = run === undefined ? undefined : nameIn(run, roles);
    return name && name.length > 1 ? [name.join(" ")] : [];
  });
}

/** Roles set after a name in Romance news, in their masculine and feminine forms, and their plural's `s`. */
const ROMANCE_APPOSED_ROLE = [
  ..."chercheur chercheuse analyste professeur professeure directeur directrice spécialiste expert experte politologue".split(" "),
  ..."journaliste responsable porte-parole conseiller conseillère universitaire historien historienne économiste".split(" "),
  ..."investigador investigadora analista profesor profesora director directora experto experta politólogo politóloga".split(" "),
  ..."periodista portavoz asesor asesora ricercatore ricercatrice professore professoressa direttore direttrice esperto".split(" "),
  ..."esperta giornalista pesquisador pesquisadora diretor diretora especialista".split(" "),
].join("|");
/** A comma, a role without an article, and where the person works or what they are of. */
const ROMANCE_APPOSED_ROLE_AFTER_COMMA = new RegExp(
  `, (?:${ROMANCE_APPOSED_ROLE}) (?:[\\p{Ll}-]+ )?(?:(?:à|au|aux|de|du|des|chez|en|del|di|da|do|della|dello|na|no|sur|pour|per|para)(?![\\p{L}])|d['’]|dell['’])`,
  "gu",
);
/** The name a comma ends, and how far back it is read. */
const NAME_BEFORE_COMMA = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME})$`, "u");
const LONGEST_NAME = 120;

/**
 * `Dunya Hashimi, a hydrologist at the University of Mosul`: compromise tags a person's common noun (`Actor`) by its
 * ending as well as by its lexicon (`hydrologist`, `beekeeper`, which the lexicon does not know), as
 * rolesOpeningSentences reads it; the words it tagged so in the text.
 */
function actorsIn(doc: ReturnType<typeof nlp>): Set<string> {
  return new Set(phrases(doc.match("#Actor").terms()).map((word) => word.replace(/[^\p{L}'’-]/gu, "")));
}

/**
 * `Mahsa Amini, a Kurdish woman from Saqqez`, `Zahraa Kareem, a 19-year-old student at Mustansiriya University`,
 * `Omid Nouripour, co-leader of the Greens`, `Tariq Abu Zaid, chief economist at Emirates NBD`: a name, then the
 * person they are (isPersonNoun, or a word compromise tags as one in the text: actorsIn) and what they are of, at or
 * from, or a comma; after an article, or, without one, a person alone (`Baghdad, residents of …` is no name's).
 * `Basra, a city of…`, `Mosul Dam, a structure built on gypsum` are no person's.
 */
const NAME_BEFORE_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME}), (?:\\d{1,3}, )?(?:(?<article>the|a|an|his|her|their) )?(?:[\\p{L}\\p{N}’'-]+ ){0,3}?(?<noun>\\p{Ll}[\\p{Ll}-]*)(?= (?:of|at|for|from|in|with)(?!\\p{L})|,)`,
  "gu",
);
const isPersonDescribed = ({ article, noun }: Record<string, string | undefined>, isActor: (noun: string) => boolean) => {
  const person = noun!.replace(/^(?:co|vice|deputy)-/u, "");
  return (article !== undefined || !noun!.endsWith("s")) && (isPersonNoun(person) || isActor(person));
};

/**
 * `Hoshyar Zebari said the talks would resume`: a name the text may write once, as the one who speaks. A place, an
 * outlet or a company speaks too (`Abu Dhabi said`, `Al Jazeera said`, `Goldman Sachs told`): a run whose every word
 * may be a name's (nameIn) is a person's unless compromise's lexicon knows it whole as something else, or it ends in
 * a kind of place (`Downing Street`).
 */
export function namesThatSpeak(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
  return runs.flatMap((run) => {
    const end = run.index + run[0].length;
    SPEECH_AFTER.lastIndex = end;
    if (SPEECH_AFTER.test(text)) return fullNameIn(run[0], roles) ?? [];
    // `His lawyer, Marwan Issa el-Khoury, said`: the name between commas after who they are, then speaking.
    SPEECH_AFTER_COMMA.lastIndex = end;
    return text.slice(run.index - 2, run.index) === ", " && SPEECH_AFTER_COMMA.test(text) ? (fullNameIn(run[0], roles) ?? []) : [];
  });
}

/**
 * `the PUK, led by Bafel Talabani,`, `a committee headed by Qubad Talabani`: what a group is led or headed by is a
 * person, when a full name as namesThatSpeak reads one (not `led by Saudi Arabia`, `headed by the Interior Ministry`).
 */
export function namesThatLead(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
  return runs.flatMap((run) =>
    LED_BY.test(text.slice(Math.max(0, run.index - LONGEST_WORD_BEFORE), run.index)) ? (fullNameIn(run[0], roles) ?? []) : [],
  );
}

const LED_BY = /(?<!\p{L})(?:led|headed|chaired|co-chaired|commanded) by $/u;

/**
 * `Awat Sheikh Janab: We sent all the documents…`: an interview's transcript opens each answer on the speaker's name
 * and a colon, a name the text may write nowhere else. A label that opens two paragraphs or more, most of them no
 * question, is the name of one who answers; it is a person's when it is a full name as namesThatSpeak reads one. The
 * outlet that asks (`Rudaw:`, `Al Arabiya:`) labels questions; a label written once (`Kurdistan Region: …`) is none.
 */
export function namesThatAnswer(text: string, roles: ReadonlySet<string>): string[] {
  const paragraphs = new Map<string, { all: number; questions: number }>();
  for (const [, label, said] of text.matchAll(SPEAKER_LABEL)) {
    const count = paragraphs.get(label!) ?? { all: 0, questions: 0 };
    count.all += 1;
    if (QUESTION_END.test(said!)) count.questions += 1;
    paragraphs.set(label!, count);
  }
  return [...paragraphs]
    .filter(([, { all, questions }]) => all > 1 && questions * 2 < all)
    .flatMap(([label]) => fullNameIn(label, roles) ?? []);
}

const SPEAKER_LABEL = new RegExp(`^(${NAME}): +(\\S.*)$`, "gmu");
const QUESTION_END = /\?["”’)]*\s*$/u;

/**
 * `signed by Hamid Karzai and Ashraf Ghani`: a name listed with a person's is a person's too, when it is one as
 * namesThatSpeak reads it; so are two such names of one family joined by "and" (`Nechirvan Barzani and Masrour
 * Barzani`). A list runs over commas and semicolons, as a match report writes its line-ups (`Erbil: Jalal Hassan;
 * Rebin Sulaka, Ahmed Ibrahim, Frans Putros; …`), and ends at a word that is no name's.
 */
export function namesBesidePeople(
  runs: RegExpExecArray[],
  text: string,
  people: Set<string>,
  roles: ReadonlySet<string>,
): string[] {
  const listed: string[] = [];
  let list: string[] = [];
  const close = () => {
    if (list.some((name) => people.has(name))) listed.push(...list);
    list = [];
  };
  runs.forEach((run, i) => {
    const name = fullNameIn(run[0], roles);
    const before = runs[i - 1];
    const joint = before ? text.slice(before.index + before[0].length, run.index) : "";
    if (!name || !LIST_JOINT.test(joint)) close();
    if (!name) return;
    const last = list.at(-1);
    if (joint === " and " && last?.split(" ").at(-1) === name.split(" ").at(-1)) listed.push(last!, name);
    list.push(name);
  });
  close();
  return listed;
}

const LIST_JOINT = /^(?: and |[,;] (?:and )?)$/u;

/**
 * A person's full name in a run of capitalised words (nameIn): two words or more, which compromise's lexicon does not
 * know whole as anything but a name's, and which end in no kind of place.
 */
export function fullNameIn(run: string, roles: ReadonlySet<string>): string | undefined {
  const name = nameIn(run, roles)?.join(" ");
  if (name === undefined || !name.includes(" ") || KIND_OF_PLACE_WORD.test(` ${name}`)) return undefined;
  return lexiconTags(name).every((tag) => NAME_TAGS.has(tag)) ? name : undefined;
}
const SPEECH_AFTER = new RegExp(` (?:${SPEECH_VERBS})(?!\\p{L})`, "uy");
const SPEECH_AFTER_COMMA = new RegExp(`, (?:${SPEECH_VERBS})(?!\\p{L})`, "uy");

/**
 * `Banque du Liban governor Riad Salameh`, `Basra governor Asaad al-Eidani`: compromise reads the bank as a person,
 * but a name that a role and another name follow wherever the text writes it is the role's institution or place.
 */
export function namesARoleOf(name: string, text: string): boolean {
  let mentions = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    ROLE_THEN_NAME.lastIndex = at + name.length;
    if (!ROLE_THEN_NAME.test(text)) return false;
    mentions += 1;
  }
  return mentions > 0;
}

const ROLE_THEN_NAME = new RegExp(` (?:${ROLES}) \\p{Lu}`, "uy");

/**
 * `Michael Knights is the Jill and Jay Bernstein Fellow`: a fellowship, a chair or a professorship is named after its
 * donors, whose name a post's word follows, capitalised, wherever the text writes it; they are not the story's people.
 */
export function namesAPost(name: string, text: string): boolean {
  const after = (index: number) => text.slice(index + name.length, index + name.length + LONGEST_POST);
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => POST_AFTER.test(after(index)));
}

const POST_AFTER =
  /^ (?:(?:Senior|Distinguished|Visiting|Research|Adjunct) )?(?:Fellow|Fellowship|Chair|Professor|Professorship|Scholar)(?![\p{L}\p{N}'’-])/u;
/** Far enough on to read a post's words after a name. */
const LONGEST_POST = 40;

/**
 * The words of a name in a run of capitalised words, without the titles and words before it that are not names
 * (`Iraqi Foreign Minister`, `Meanwhile`); undefined when a word of it is not a name's.
 */
function nameIn(run: string, roles: ReadonlySet<string>): string[] | undefined {
  // `Kingdom’s Ministry`: a possessive ends the name.
  const owner = run.search(/['’]s\b/u);
  const owned = owner === -1 ? run : run.slice(0, owner);
  // `le Kurde Abdul Latif Rachid`: a name after an article and a noun; `le Parlement` is none.
  const article = ARTICLE_AND_NOUN.exec(owned)?.[0] ?? "";
  const words = owned.slice(article.length).split(/ +/);
  if (article !== "" && words.length < 2) return undefined;
  // `Spokesman Vikram S. Menon said`: a role news writes in small letters is capitalised where it opens a sentence.
  const isTitle = (word: string) => TITLE_WORDS.has(word) || TITLE_WORDS.has(word[0]!.toLowerCase() + word.slice(1));
  const start = words.findIndex((word) => !isTitle(word) && !roles.has(word) && mayBeNameWord(word));
  // `Presidential Spokesman Mohamed El-Shennawy said`: an adjective and a role (opensOnRoleAfterModifier).
  const name = start === -1 ? [] : words.slice(start + (opensOnRoleAfterModifier(words.slice(start)) ? 2 : 0));
  const isNameWord = (word: string, i: number) => mayBeNameWord(word) || isInitialOrSuffix(name, i);
  if (name.length === 0 || !name.every(isNameWord) || ORGANIZATION_HEADS.test(name.join(" "))) return undefined;
  return name;
}

/** Whether `name` is `shorter` with more of a person's names before it: name words, no title, never after "of". */
export function extendsName(name: string, shorter: string, text: string): boolean {
  const before = name.slice(0, name.length - shorter.length).trim().split(" ");
  return before.every((word) => mayBeNameWord(word) && !TITLE_WORDS.has(word)) && !text.includes(`of ${name}`);
}
