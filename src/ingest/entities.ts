import nlp from "compromise";
import { type Aliases, inLineOfCapitals } from "./aliases.ts";
import { arabicPeople } from "./arabic-names.ts";
import { COUNTRY_NAMES, countryNamesIn, withPersianLetters } from "./countries.ts";
import { FIRST_NAME_TAGS, isKnownPlace, lexiconTags, PLACE_TAGS } from "./lexicon.ts";
import {
  ASSIMILATED_ARTICLES,
  COMPANY_FORMS,
  eitherCaseFirst,
  FAITHS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NOT_A_PLACE,
  NOT_AN_ORGANIZATION_INITIALISM,
  ORGANIZATION_HEAD_WORDS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  ROMANCE_LANGUAGES,
  ROMANCE_ORGANIZATION_HEAD_WORDS,
  TURKISH_ORGANIZATION_HEAD_WORDS,
} from "./patterns.ts";
import { persianPeople, persianPlaces } from "./persian-names.ts";
import { isNoRussianName, russianCountryForms, russianPeople, russianPlaces } from "./russian-names.ts";
import { sentences } from "./sentences.ts";
import { datelinePlaces } from "./source.ts";
import { soraniPeople, soraniPlaces } from "./sorani-names.ts";

export interface Entities {
  people: string[];
  places: string[];
  organizations: string[];
}

/**
 * compromise reads about 200 KB a second; the people and places of a news article are named in its first pages,
 * so a book-length scrape is read only that far rather than stalling the whole ingest.
 */
const MOST_CHARACTERS_READ = 100_000;
/**
 * compromise's last step groups the tagged words into phrases ("chunks") for its grammar methods. The people,
 * places and organisations read tags only, so the step is left out (for the whole process: only this module runs
 * compromise). On one thread, ingest took 24.3 ms an article without it, against 28.8 ms, with the same output.
 */
const world = nlp.world() as {
  hooks: string[];
  model: {
    two: {
      matches: PostTaggerPattern[];
      suffixPatterns: Record<string, string>[];
      endsWith: Record<string, [RegExp, string, string?][]>;
    };
  };
};
world.hooks = nlp.hooks().filter((hook) => hook !== "chunks");
/**
 * compromise's post-tagger runs 570 patterns that correct its first guess at every word's part of speech, and took
 * two thirds of its time. The entity finders read only whether a word is part of a person's, place's or
 * organisation's name, so only the patterns that tag or untag those are run, and those that decide whether a
 * hyphenated word is a modifier (`Iran-aligned`, `US-led` name no place): 89 of them. Ingesting 2,000 synthetic
 * articles took 18.4 s instead of 31.9 s; the seeds came out the same, and of the 2,000 articles 9 gained a place
 * their headline names (`Germany and Kuwait sign …` now lists Kuwait), none lost an entity. Set before the first
 * nlp() call, which compiles the patterns once for the process.
 */
interface PostTaggerPattern {
  match: string;
  tag?: unknown;
  unTag?: unknown;
}
const ENTITY_TAGS =
  /Person|FirstName|LastName|Honorific|Organization|Place|Country|Region|City|ProperNoun|SportsTeam|Possessive/;
world.model.two.matches = world.model.two.matches.filter(
  ({ match, tag, unTag }) => ENTITY_TAGS.test(`${tag} ${unTag}`) || match.includes("#Hyphenated"),
);
/**
 * compromise ends a sentence at a full stop, but not at one inside closing quotes, and then reads a name across the
 * two sentences: `…against ISIS." The French Army's` gave `ISIS. The French Army`, `"Is it over?" The Iraqi Ministry
 * of Defense` and `…of the war.' The Iraqi Ministry of Defense` gave `The Iraqi Ministry`. It is given the text one
 * sentence a line, as sentences.ts splits it: a line break ends a sentence for compromise. On 1,505 synthetic
 * articles and the seeds, the entities came out as with the pattern for closing double quotes it replaces, as fast.
 */
const oneSentenceALine = (text: string) => sentences(text).join("\n");
/**
 * The phrases compromise found, but those across a line break, which are no name: after a quotation mark that does
 * not close (`“rebuild in remote It is scheduled … region of Iraq.`) it reads on into the next sentence, and gave the
 * place `Iraq.\nFrance`. Their parts are no better (`Iraq.\nThe`).
 */
const phrases = (view: { out(format: "array"): string[] }) => view.out("array").filter((phrase) => !phrase.includes("\n"));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PARTICLE = `(?:${NAME_PARTICLES.map((particle) => eitherCaseFirst(particle)).join("|")})`;
const ASSIMILATED = `(?:${ASSIMILATED_ARTICLES.join("|")})`;
/**
 * One word of a name: `Parly`, `Jean-Yves`, `al-Shammari`, `as-Sadr`, `Abdul-Illah`, `Le`, `DeSantis`, `McDonald`,
 * `O'Brien`.
 */
const NAME_WORD = `(?:(?:${PARTICLE}|${ASSIMILATED})-\\p{Lu}[\\p{Ll}'’]+|\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?[\\p{Ll}'’]+)*|${PARTICLE}(?= +\\p{Lu}))`;
/**
 * `Matthew R. Collins`, `Vikram S. Menon`: American news writes a middle name as its initial; British style leaves out
 * its full stop (`Robert F Kennedy Jr`), but for `A` and `I`, words of a headline's capitals (`Barzani Meets A
 * Delegation`). Only between a name's words: an initial that opens or ends a run is an abbreviation's (`U.S.`) or a
 * sentence's end (`Plan B. Officials`).
 */
const MIDDLE_INITIAL = "(?:\\p{Lu}\\.|(?![AI] )\\p{Lu})";
/**
 * `Samuel A. Alito Jr.`, `Adnan Dirjal Jr.`, `Robert F Kennedy Jr`: a son's or father's mark after a name is its last
 * word, with its full stop or without. Without the stop in the pattern it was read as the name's end (`Alito Jr`), or
 * ended the name before it; a word it only opens (`Srinagar`) is none.
 */
const GENERATION = "(?:Jr|Sr)(?:\\.|(?![\\p{L}\\p{N}'’-]))";
/**
 * `King Abdullah II`, `Pope Leo XIV`, `Martin Luther King III`: a king's, pope's or heir's number is the last word of
 * the name, which ends without it before it (`Abdullah`, a first name alone, named no one); at a sentence's end too
 * (`met Martin Luther King III.`). Not `I`, `V` or `X` alone: a pronoun, an initial, a letter.
 */
const REGNAL_NUMERALS = "II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI";
const REGNAL_NUMBER = `(?:${REGNAL_NUMERALS})(?![\\p{L}\\p{N}'’-]|\\.[\\p{L}\\p{N}])`;
/** A son's or father's mark, or a king's number, after a name, as the text writes it: before a possessive too. */
const SUFFIX_AFTER = new RegExp(
  ` (?:(?:Jr|Sr)\\.?|${REGNAL_NUMERALS})(?=['’]s(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}'’-]|\\.[\\p{L}\\p{N}]))`,
  "uy",
);
/** The words of a name after its first: a middle initial before one, but no `Jr.` read as `Jr` and a full stop. */
const NAME_REST = `(?: +(?:${MIDDLE_INITIAL} +)?(?!${GENERATION})${NAME_WORD})`;
const NAME = `${NAME_WORD}${NAME_REST}{0,4}(?: +(?:${GENERATION}|${REGNAL_NUMBER}))?`;
/** A word of a name, or a particle, alone (isPersonName). */
const ONE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, "u");
const ONE_INITIAL = new RegExp(`^${MIDDLE_INITIAL}$`, "u");
const ONE_GENERATION = new RegExp(`^${GENERATION}$`, "u");
const ONE_REGNAL_NUMBER = new RegExp(`^${REGNAL_NUMBER}$`, "u");
/**
 * Whether the `i`th of a name's `words` is one no other name's word is like: a middle initial, between two of its
 * words, or a suffix, its last: `Jr.` after two or more, or a king's number.
 */
const isInitialOrSuffix = (words: string[], i: number) =>
  (i > 0 && i < words.length - 1 && ONE_INITIAL.test(words[i]!)) ||
  (i > 1 && i === words.length - 1 && ONE_GENERATION.test(words[i]!)) ||
  (i > 0 && i === words.length - 1 && ONE_REGNAL_NUMBER.test(words[i]!));
const ONE_PARTICLE = new RegExp(`^${PARTICLE}$`);
const TITLES = [...PERSON_TITLES].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/**
 * German capitalises every noun, and writes a person's role before the name as one word, often a compound ending in
 * the role (`Bundesaußenministerin Annalena Baerbock`, `Amtsinhaber Barham Salih`, `Politiker Abdul Latif Raschid`):
 * a word that ends so is no word of the name, and the name after it a person's (`Generaldirektor Rafael Grossi`,
 * `PKK-Gründer Abdullah Öcalan`).
 */
const GERMAN_ROLE = `(?=\\p{Lu})\\p{L}*?(?:${["minister", "präsident", "kanzler", "politiker", "inhaber", "sprecher", "chef", "botschafter", "vorsitzende", "abgeordnete", "kandidat", "führer", "berater", "kommandeur", "gouverneur", "direktor", "gründer", "leiter"]
  .map((role) => eitherCaseFirst(role))
  .join("|")})(?:in|r|n)?`;
const IS_GERMAN_ROLE = new RegExp(`^${GERMAN_ROLE}$`, "u");
const GERMAN_ROLE_NAME = new RegExp(`(?<![\\p{L}])${GERMAN_ROLE} +(${NAME})`, "gu");
/**
 * A role in Spanish, French, Italian or Portuguese news before a name: at once (`el presidente Barham Salih`), or with
 * a word that qualifies it, what it is of, and a comma (`el presidente saliente, Barham Salih`, `le ministre des
 * Affaires étrangères, Fouad Hussein`); never without the comma then, as `visitó Nueva York` would be a name too.
 */
const ROMANCE_ROLE = [
  ..."presidente presidenta ministro ministra portavoz jefe jefa líder dirigente secretario secretaria embajador".split(" "),
  ..."gobernador alcalde diputado diputada clérigo comandante general candidato candidata canciller mandatario".split(" "),
  ..."président présidente ministre porte-parole chef dirigeant dirigeante secrétaire ambassadeur gouverneur".split(" "),
  ..."maire député députée religieux commandant général candidat candidate imam".split(" "),
  ..."portavoce capo segretario ambasciatore governatore sindaco deputato generale".split(" "),
  ..."porta-voz chefe secretário embaixador governador prefeito".split(" "),
].join("|");
const ROMANCE_ROLE_NAME = new RegExp(
  `(?<![\\p{L}-])(?:${ROMANCE_ROLE})(?:(?: [\\p{Ll}-]+)?(?: (?:de(?: la)?|del|du|des|da|do|della|dello|di) [\\p{L}’' -]{1,40}?)?,)? +(?=\\p{Lu})(${NAME})`,
  "gu",
);
/**
 * A role before a name in Turkish (`Cumhurbaşkanı Berhem Salih`, `Dışişleri Bakanı Fuad Hüseyin`, `siyasetçi
 * Abdullatif Reşid`), its possessive ending (`-ı`, `-si`) or none.
 */
const TURKISH_ROLE = `(?:${["cumhurbaşkanı", "başbakan", "bakan", "sözcü", "başkan", "lider", "büyükelçi", "vali", "komutan", "sekreter", "milletvekili", "siyasetçi", "gazeteci"]
  .map((role) => eitherCaseFirst(role, "tr"))
  .join("|")})(?:ı|i|sı|si|su|sü)?`;
const TURKISH_ROLE_NAME = new RegExp(`(?<!\\p{L})${TURKISH_ROLE} +(?=\\p{Lu})(${NAME})`, "gu");
/** `Başbakanı Muhammed Şiya es-Sudani`, as compromise reads `Irak Başbakanı …`: the role opening the name is none of it. */
const TURKISH_ROLE_FIRST = new RegExp(`^${TURKISH_ROLE} (?=\\p{Lu})`, "u");
/** The tags compromise's tagger gives a word its lexicon does not know by its last letters (isActorInSmallLetters). */
const { suffixPatterns: SUFFIX_TAGS, endsWith: ENDING_TAGS } = world.model.two;
/** `Reşid'i`, `Irak'ın`, `ABD'nin`: Turkish writes a name's case ending after an apostrophe; the name goes before it. */
const TURKISH_CASE_ENDING = /(?<=\p{Lu}[\p{L}-]*)['’]\p{Ll}+(?!\p{L})/gu;
/**
 * `Chief Justice John G. Roberts, Jr.`: some styles set a son's or father's mark off with a comma, which compromise and
 * the rules read as the name's end (`Roberts` and `Jr.` apart). The text is read without the comma, and the name listed
 * as news writes it most: `John G. Roberts Jr.`.
 */
const COMMA_BEFORE_GENERATION = /(?<=\p{L}),(?= +(?:Jr|Sr)\.?(?![\p{L}\p{N}'’-]))/gu;
/** `Maj. Gen. Abdul Karim Khalaf`, `counterpart, Jumah Anad` (a title and what it is of: titlesOfPortfolios). */
const TITLED_NAME = new RegExp(`(?<![\\p{L}])(?:${TITLES}),? +(?:(?:${TITLES}) +)*(${NAME})`, "gu");
/** A title and "of", before what it is of: `Minister of Roads and Urban Development`, `Secretary of State`. */
const TITLE_OF = new RegExp(`(?<![\\p{L}])(?:${TITLES}) +of(?: +the)? +(?=\\p{Lu})`, "gu");
/** A word of what a title is of, and the comma that may end it: `Roads `, `and `, `Armies, `. */
const PORTFOLIO_WORD = /(\p{Lu}[\p{L}'’-]*|and(?= +\p{Lu}))(,?) +/uy;
/** The name after what a title is of, and titles between: `Minister of Armies, Defence Minister Florence Parly`. */
const NAME_AFTER_PORTFOLIO = new RegExp(`(?:(?:${TITLES}) +)*(${NAME})`, "uy");
/**
 * `Lawmaker Sarwa Abdulwahid criticised …`: a role news writes in small letters before a name (`lawmaker`, `analyst`),
 * capitalised as a sentence's first word. Its name is read as namesThatSpeak reads one, as capitals there say less:
 * `Chief Justice John Roberts` is John Roberts.
 */
const CAPITALISED_ROLE_NAME = new RegExp(
  `(?:^|[.!?]["”’]? +)(?:${PERSON_TITLES.filter((title) => /^\p{Ll}+$/u.test(title))
    .map((title) => title[0]!.toUpperCase() + title.slice(1))
    .join("|")}) +(${NAME})`,
  "gmu",
);
const ACRONYM_EXPANSION = /((?:\p{Lu}[\p{L}.’']* +)(?:(?:of|the|and|for) +|\p{Lu}[\p{L}.’']* +)*?\p{Lu}[\p{L}’']*) +\((\p{Lu}[\p{L}]{1,7})\)/gu;
/** Capitalised words (`Counter-Terrorism Service`; not `Terrorism Service`, nor a run from `Iran-backed`). */
const CAPITALISED_RUN =
  /(?<![\p{L}-])(?:\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)*)(?: +(?:of(?: +the)?|for|and)? *\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}.’']*)*)*/gu;
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}.’']*(?:-\\p{Lu}[\\p{L}.’']*)*";
/** The words but `de` itself that join a Romance organisation's capitalised words: `del`, `des`, `della`, `dos`… */
const ROMANCE_JOINS = "del|des|du|della|delle|degli|dei|di|do|da|dos|das";
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
const ROMANCE_ARTICLE_FIRST = /^(?:El|La|Los|Las|Le|Les|Il|Lo|Gli|Os|As|O|A)\s+|^L['’](?=\p{Lu})/u;
/**
 * `el Gobierno de Pedro Sánchez`, `Gouvernement d’Emmanuel Macron`: an organisation's name ends before a person's
 * after a joining word: one found elsewhere, or one a first name opens. The organisation is none when one word is
 * left. Not `Tribunal Supremo de Justicia`, whose `Supremo de Justicia` compromise took for a person's. In any
 * language, a person's name found elsewhere that "and" joins to an organisation's is no part of it (`Anna Berg and
 * Kabul Bank`, `the Ministry of Oil and Gas and Anna Berg`).
 */
function splitAtPerson(name: string, people: string[]): { organization?: string; person?: string } {
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
    const tail = [elided ? words[at]!.slice(elided.length) : "", ...words.slice(at + 1)].filter(Boolean).join(" ");
    const firstName = lexiconTags(tail.split(" ")[0]!).some((tag) => FIRST_NAME_TAGS.has(tag));
    if (!people.includes(tail) && !(firstName && tail.includes(" "))) continue;
    const before = words.slice(0, at).filter((word) => /^\p{Lu}/u.test(word));
    return { organization: before.length >= 2 ? before.join(" ") : undefined, person: tail };
  }
  return { organization: withoutPersonAfter(name, people) };
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
function isArticleAndHead(name: string): boolean {
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
 * compromise takes most for people's names. The word and the names after it.
 */
const GROUP_NAME = new RegExp(
  `(?<![\\p{L}'’-])(?:Kataib|Kata'ib|Kata’ib|Asaib|Asa'ib|Asa’ib|Harakat|Saraya|Jaish|Liwa|Hizb|Ansar|Hashd|Hayat|Hay'at|Hay’at|Jabhat|Tanzim|Quwat)(?: ${NAME_WORD}){1,3}(?![\\p{L}\\p{N}'’-])`,
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
 * `Iraqi`, `French`, `Kurdish`: compromise's lexicon names most demonyms, these endings the rest. Endings alone, `-an`,
 * `-i` and `-ch` among them, took `Iran`, `Kurdistan`, `Japan`, `Delhi` and `Munich` for demonyms, and left them out
 * of every article's places.
 */
const isDemonym = (word: string) =>
  lexiconTags(word).join() === "Demonym" || /^\p{Lu}\p{Ll}+(ian|ish|ese)$/u.test(word);
/**
 * Words no person's or place's name has, though a name may follow them: `Hurricane Milton`, `Operation Inherent
 * Resolve`; and the articles other languages open a sentence with (`Das Parlament`), but those a place's name has
 * (`Des Moines`, `Los Angeles`, `Den Haag`) or a name's particle is (`Le`, `La`, `El`).
 */
const NOT_A_NAME_WORD = new Set(
  ["The", "This", "That", "He", "She", "It", "They", "We", "And", "But", "In", "On", "Its"].concat(
    ["Hurricane", "Typhoon", "Cyclone", "Storm", "Operation"],
    ["Der", "Die", "Das", "Dem", "Ein", "Eine", "Einen", "Het", "Een", "Les", "Une", "Il", "Gli", "Uma"],
  ),
);
/** The words a place's name follows, and a person's does not: `in Baghdad`, `near Al Qa’im`, `through Karrada`. */
const PLACE_PREPOSITIONS = ["in", "at", "near", "outside", "inside", "across", "through"];
/** A run of name words not glued to a letter, digit, hyphen or apostrophe on either side. */
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])${NAME}(?![\\p{L}\\p{N}'’-])`, "gu");
/** What compromise's lexicon calls the words of a name; a word it does not know may be one too. */
const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person", "ProperNoun"]);
const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((title) => title.split(" ")));
/** What a person is, said after their name (`the foreign minister`, `the Foreign Minister`). */
const ROLES = [
  ...PERSON_TITLES.filter((title) => /^\p{Ll}+$/u.test(title)),
  ...["president", "ambassador", "governor", "mayor", "senator", "secretary", "official", "adviser", "advisor"],
  ...["director", "head", "deputy", "officer", "general", "journalist", "researcher", "resident", "student"],
]
  .map((role) => eitherCaseFirst(role))
  .join("|");
/**
 * A name, then its role, a clause only a person's name takes (`, who`, `, whose`; a group's takes `, which`), or an age
 * before the sentence goes on (`Umm Ahmed, 54, returned`).
 */
const NAME_IN_APPOSITION = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${NAME}), (?:(?:\\d{1,3}, )?(?:the|a|an|his|her|their) (?:(?!(?:who|whose|which|that|of)\\b)[\\p{L}’'-]+ ){0,3}?(?:${ROLES})|who(?:se)?|\\d{1,3}(?=, \\p{Ll}))\\b`,
  "gu",
);

/**
 * `Iranian Minister of Roads and Urban Development Farzaneh Sadegh`, `Minister of Armies, Florence Parly`: what a title
 * is of is named in capitalised words, "and" between them, and the name follows it. A pattern cannot tell where the
 * one ends and the other begins: read greedily, what the title is of took the name's first words and left the surname
 * alone (`Sadegh`), which names no one when the text never writes it so again. What a title is of is a word, then
 * common words (isCommonWord: `Urban`, `Development`, `Affairs`), and ends at a comma or at a word that is none
 * (`Farzaneh`, `Antony` of `Secretary of State Antony Blinken`); the name read from there. Where each portfolio
 * stands too, from its first word to its last (onlyInPortfolios).
 */
function titlesOfPortfolios(text: string): { start: number; end: number; name?: string }[] {
  return [...text.matchAll(TITLE_OF)].map((match) => {
    const start = match.index + match[0].length;
    let [end, at] = [start, start];
    for (let words = 0; ; words++) {
      PORTFOLIO_WORD.lastIndex = at;
      const word = PORTFOLIO_WORD.exec(text);
      // `Secretary of the Supreme National Security Council Ali Larijani`: a body's head word is of the portfolio too.
      const ofPortfolio = (word: string) => word === "and" || isCommonWord(word) || ORGANIZATION_HEADS.test(word);
      if (!word || (words > 0 && !ofPortfolio(word[1]!))) break;
      [end, at] = [at + word[1]!.length, at + word[0].length];
      if (word[2]) break;
    }
    NAME_AFTER_PORTFOLIO.lastIndex = at;
    const name = at > start ? NAME_AFTER_PORTFOLIO.exec(text)?.[1] : undefined;
    return { start, end, ...(name !== undefined && { name }) };
  });
}

/**
 * Whether `word` is a common word of English, as compromise reads it in small letters: its lexicon knows it as no
 * name's, or its tables of endings tag it (isActorInSmallLetters). Its lexicon knows few nouns (not `road`, `affair`,
 * `development`): a noun's ending and a plural's say the rest (`Development`, `Agriculture`, `Roads`, `Resources`); a
 * name's `-as`, `-is`, `-us` (`Abbas`, `Idris`, `Younis`) are none.
 */
function isCommonWord(word: string): boolean {
  const tags = smallLetterTags(word);
  if (tags.length > 0) return !tags.some((tag) => NAME_TAGS.has(tag));
  return COMMON_NOUN_ENDING.test(word.toLowerCase());
}

/**
 * The tags compromise gives `word` in small letters: those its lexicon knows it by, or, for a word its lexicon does
 * not know, the one its tables of endings give it (`international`, `development`: none), as its tagger does.
 */
function smallLetterTags(word: string): string[] {
  const lower = word.toLowerCase();
  const known = lexiconTags(lower);
  if (known.length > 0) return known;
  for (let length = Math.min(7, lower.length - 1); length > 1; length--) {
    const tag = SUFFIX_TAGS[length]?.[lower.slice(-length)];
    if (tag !== undefined) return [tag];
  }
  const ending = ENDING_TAGS[lower.at(-1)!]?.find(([pattern]) => pattern.test(lower))?.[1];
  return ending === undefined ? [] : [ending];
}

const COMMON_NOUN_ENDING =
  /\p{L}{2}(?:ment|tion|sion|ity|ure|ism|ics|ance|ence|ness|ship|ry|cy|ing|ies|ces|[^aeiouys'’]s)$/u;

/**
 * `Urban Development` of `Minister of Roads and Urban Development`, as compromise reads it: what a title is of, where
 * the text writes it only so, is no organisation's name (a ministry's is, where the text names it: `Ministry of …`,
 * and so is a body's its head word names: `Council`).
 */
function onlyInPortfolios(name: string, portfolios: { start: number; end: number }[], text: string): boolean {
  const mentions = mentionsOf(name, text);
  return (
    mentions.length > 0 &&
    // `Secretary of the Supreme National Security Council`: a body the title is of, named by its head word, is one.
    !ORGANIZATION_HEADS.test(name) &&
    mentions.every(({ index }) => portfolios.some(({ start, end }) => index >= start && index + name.length <= end))
  );
}

/**
 * Finds the people, places and organisations an article is about. compromise finds most of them; rules of our own
 * catch what it misses or cuts short (a name after a title or role, a name its role or "who" follows, a name the
 * story goes on to call by surname, an organisation spelled out before its acronym, a country's name, a town after
 * "in", a name the alias file lists); then every name is cleaned of titles and punctuation, surnames are folded into
 * the full name they stand for, spelling variants are merged through the alias table, and the names it says to
 * ignore are left out.
 */
export function extractEntities(fullText: string, aliases: Aliases, language: string): Entities {
  const read = fullText.slice(0, MOST_CHARACTERS_READ);
  const text = (language === "tr" ? read.replace(TURKISH_CASE_ENDING, "") : read).replace(COMMA_BEFORE_GENERATION, "");
  const doc = nlp(oneSentenceALine(text));
  const listed = aliases.writtenIn(text);
  const roles = rolesOpeningSentences(doc);
  const portfolios = titlesOfPortfolios(text);
  const found = [
    ...phrases(doc.people()).map((phrase) =>
      withoutNounAfterArticle(
        withAssimilatedSurname(
          withSurname(withGivenNameBefore(withoutRoles(phrase, text, roles), text, roles, language), text),
          text,
        ),
        text,
        language,
      ),
    ).flatMap((name) => withSuffix(name, text)),
    ...[...text.matchAll(TITLED_NAME)].map((m) => m[1]!),
    ...portfolios.flatMap(({ name }) => name ?? []),
    ...[...text.matchAll(CAPITALISED_ROLE_NAME)].flatMap((m) => fullNameIn(m[1]!, roles) ?? []),
    ...(language === "de" ? [...text.matchAll(GERMAN_ROLE_NAME)].map((m) => m[1]!) : []),
    ...(ROMANCE_LANGUAGES.has(language) ? [...text.matchAll(ROMANCE_ROLE_NAME)].map((m) => m[1]!) : []),
    ...(language === "tr" ? [...text.matchAll(TURKISH_ROLE_NAME)].map((m) => m[1]!) : []),
  ]
    // `Nouri al-Maliki's State of Law coalition`: a person's name ends at its possessive, and at a bracket, which
    // opens an aside (`Hiwa Osman (Erbil)`, which compromise read as `Hiwa Osman (Erbil`).
    .map((name) => cleanName(name.split(/['’]s\s|\s[([]/u)[0]!));
  // `of Armies Florence Parly`: a name these rules read that only puts words before one found otherwise is not one,
  // unless they are names' words too, and the text never writes it after "of" (`Mushtaq Jawad Kazim al-Jawari`,
  // where compromise read `Kazim al-Jawari`).
  const runs = [...text.matchAll(NAME_RUN)];
  // `Ras Baraka, the mayor of Newark`, `Tal Becker said`: names a role or what they say writes as people's.
  const described = [
    ...namesInApposition(text, roles, doc),
    ...namesThatSpeak(runs, text, roles),
    ...namesThatLead(runs, text, roles),
  ];
  const byUsage = [
    ...namesUsedBySurname(runs, text, roles),
    ...described,
    ...namesBesidePeople(runs, text, new Set(found), roles),
    ...namesThatAnswer(text, roles),
  ]
    // `den Kurden Abdul Latif Raschid … Raschid`: a run of capitals after an article in German opens on a noun.
    .map((name) => withoutNounAfterArticle(name, text, language))
    .filter(
      (name) => !found.some((other) => other.includes(" ") && endsWithName(name, other) && !extendsName(name, other, text)),
    );
  // `Asaib Ahl al-Haq`, `Harakat al-Nujaba`: a group's name is no person's, nor a part of it; nor is a part of an
  // organisation's (`el Tribunal Supremo de Justicia` gave compromise the person `Supremo de Justicia`).
  const groups = unique([...text.matchAll(GROUP_NAME)].map((m) => m[0]));
  const split = findOrganizations(text, language).map((name) => splitAtPerson(name, found));
  const headed = split.flatMap(({ organization }) => organization ?? []);
  // Each name tested once: compromise gives a name as often as the text writes it.
  // `Irak Meclisi Abdullatif Reşid`: a name that goes on from an organisation's is the person's after it.
  const afterOrganization = (name: string) => {
    const organization = headed.find((organization) => name.startsWith(`${organization} `));
    return organization ? name.slice(organization.length + 1) : name;
  };
  const proposed = [...found, ...byUsage, ...split.flatMap(({ person }) => person ?? [])]
    .map(afterOrganization)
    .map((name) => withoutOpeningWord(name, language))
    .map(withoutWhatItIsOf)
    .map((name) => (language === "tr" ? name.replace(TURKISH_ROLE_FIRST, "") : name));
  const readByRole = language === "ru" ? russianPeople(text) : [];
  const candidates = [...new Set(proposed)].filter(
    (name) =>
      isPersonName(name) &&
      // `de Mossoul`, `von Erbil`, `la Turquie`: a particle or an article in small letters opens no one's name; written
      // alone, a surname that has one opens on a capital (`De Vries`), and a name's first name goes before it.
      !/^\p{Ll}/u.test(name) &&
      !namesARoleOf(name, text) &&
      ![...groups, ...headed].some((group) => ` ${group} `.includes(` ${name} `)) &&
      !ofAPlace(name, text, language) &&
      !(NOUN_ARTICLE_BEFORE[language] && opensOnCommonWord(name, text)) &&
      // `Власти Ирака`, `Иракского Курдистана`: Russian inflects places, and a run of capitals is no name for that;
      // nor is one that runs from a body into the name its role reads (`Пентагона Пэт Райдер`).
      !(language === "ru" && isNoRussianName(name, readByRole)) &&
      // `El Gobierno de Bagdad`, as a sentence opens on it, heads a body's name as `Gobierno de Bagdad` does.
      !(ROMANCE_LANGUAGES.has(language) && ROMANCE_HEAD_WORDS.has(name.replace(ROMANCE_ARTICLE_FIRST, "").split(" ")[0]!)),
  );
  const names = [
    ...new Set([
      ...candidates,
      ...(language === "ar" ? arabicPeople(text) : []),
      ...readByRole,
      ...(language === "ckb" ? soraniPeople(text) : []),
      ...(language === "fa" ? persianPeople(text) : []),
      ...listed.people,
    ]),
  ];
  // `the Arvand Rud (Shatt al-Arab) waterway`: a name its kind of place follows is a place's, though compromise reads
  // it as a person's.
  const listedByKind = new Set([...placesListedByKind(text), ...placesBeforeTheirKind(text)]);
  const [placeLike, personLike] = partition(
    names,
    (name) =>
      !aliases.lists("people", name) &&
      (listedByKind.has(name) ||
        onlyAfter(PLACE_PREPOSITION, name, text) ||
        onlyAfterKindOf(name, text) ||
        isNamedAsPlace(name, text, described)),
  );
  // The archivist's alias file knows better than the rules: `the Dalai Lama` is a person's name; `Ahrar Hezbollah`,
  // named again as `Hezbollah`, is an organisation's.
  const [listedAsOther, unlisted] = partition(
    personLike,
    (name) => !aliases.lists("people", name) && (aliases.lists("organizations", name) || aliases.lists("places", name)),
  );
  const named = unlisted
    .filter((name) => aliases.lists("people", name) || !onlyAfter(THE, name, text))
    .map((name) => aliases.canonical("people", name))
    .filter((name) => !aliases.ignores(name));
  // `Dr. Tedros Adhanom Ghebreyesus`: compromise ends a name it does not know after its first words when a title goes
  // before it, and the title's rule reads it whole; the first words, written nowhere else, name no one of their own.
  const people = unique(
    mergePeople(named.filter((name) => !onlyOpensLongerName(name, named, text))).map((name) => aliases.canonical("people", name)),
  );
  // `ERBIL, Iraq, Nov 18 (Reuters) -`, opening a roundup's second story: a dateline's place in capitals is no
  // initialism, and a place the story was filed from.
  const datelined = text.split("\n").filter((line) => /^\p{Lu}{2}/u.test(line)).flatMap(datelinePlaces);
  // compromise reads `the U.S.` as an organisation's name; the alias file says it is a place's.
  const [listedPlaces, organizationNames] = partition(
    [
      ...groups,
      ...[
        ...headed,
        ...phrases(doc.organizations())
          .map(ownName)
          .map(cleanName)
          .filter((name) => !onlyInPortfolios(name, portfolios, text))
          // `Hand Over Raqqa Oil` of `… Agree on Timetable to Hand Over Raqqa Oil Fields`: a headline's capitalised
          // run names no organisation but by a body's head word (`Security Council`) or an initialism.
          .filter(
            (name) =>
              ORGANIZATION_HEADS.test(name) ||
              /^\p{Lu}{2,}$/u.test(name) ||
              !onlyInTitleCase(name, text, titleCaseLines(text)),
          ),
      ]
        // `the WHO director-general`: compromise keeps the article before an initialism.
        .map((name) => name.replace(/^(?:[Tt]he|[Aa]n?) (?=\p{Lu}{2,}(?!\p{L}))/u, ""))
        .filter(isOrganizationName)
        .filter((name) => !(ROMANCE_LANGUAGES.has(language) && isArticleAndHead(name))),
      ...initialismsAlone(text).filter((name) => !datelined.some((place) => place.toUpperCase() === name)),
      ...listedAsOther,
      ...listed.organizations,
    ],
    (name) => aliases.lists("places", name) && !aliases.lists("organizations", name),
  );
  const organizations = withoutInitialismsSpelledOut(
    withoutParts(
      unique(organizationNames.map((name) => aliases.canonical("organizations", name))).filter((org) => !aliases.ignores(org)),
    // `the Russian Federation` is a place, and so is `США` (the USA), an initialism of a country's name in its language.
    ).filter((org) => !people.includes(org) && !COUNTRY_NAMES.has(org) && !countryNamesIn(language).has(org.toLowerCase())),
    text,
  );
  const placeNames = [
    // `the State of Law coalition` names no place, nor its parts.
    ...phrases(doc.places())
      .filter((phrase) => !organizations.includes(cleanName(phrase)))
      .flatMap(cleanPlace)
      .map((place) => withWordGoingOn(place, text))
      .filter((place) => !isNamedAsProject(place, text))
      .filter(
        (place) => place.split(" ").some(isPlaceName) || !onlyInTitleCase(place, text, titleCaseLines(text)),
      ),
    ...placeLike,
    ...listedPlaces,
    ...countriesIn(text),
    ...countriesInLanguage(text, language),
    ...(language === "ru" ? russianPlaces(text) : []),
    ...(language === "fa" ? persianPlaces(text) : []),
    ...(language === "ckb" ? soraniPlaces(text) : []),
    ...datelined,
    ...listedByKind,
    ...unknownPlaces(text).filter((name) => !aliases.lists("people", name) && !aliases.lists("organizations", name)),
  ];
  // The alias file first: the archivist may list a country under another of its names. A country the article names
  // in its language (`Irán`, as compromise reads it) is listed under the English name, as countriesInLanguage lists it.
  const countryName = (name: string) => COUNTRY_NAMES.get(name) ?? countryNamesIn(language).get(name.toLowerCase());
  const placeName = (name: string) =>
    aliases.canonical("places", aliases.lists("places", name) ? name : (countryName(name) ?? name));
  const places = unique([...placeNames, ...listed.places].map(placeName)).filter(
    (place) =>
      !aliases.ignores(place) &&
      !NOT_A_PLACE.has(place) && // compromise's `Sunni region`
      !aliases.lists("organizations", place) &&
      !organizations.some((org) => org === place || (place.includes(" ") && org.startsWith(`${place} `))) &&
      !people.some((person) => person.includes(place) || runsInto(place, person)) &&
      !onlyBeforePerson(place, people, text),
  );
  return {
    people,
    // A country named in a longer place's name is in the story too: `Kuwait` of `Kuwait City` (cleanPlace).
    places: places.filter(
      (place) =>
        COUNTRY_NAMES.has(place) ||
        (!onlyOpensLongerName(place, places, text) &&
          !onlyInsideLongerName(place, [...places, ...organizations], text) &&
          !namesForcesOf(place, places, text)),
    ),
    organizations: unique(
      organizations
        // `Keystone Petroleum Ltd` of `Gulf Keystone Petroleum Ltd.`, as compromise gives it: a piece of a longer name.
        .filter((org) => !onlyOpensLongerName(org, places, text) && !onlyInsideLongerName(org, organizations, text))
        .flatMap((org) =>
          language !== "en" || aliases.lists("organizations", org) ? org : (wholeOrganizationName(org, text) ?? []),
        ),
    ),
  };
}

/**
 * `a Kurdish official told Asharq Al-Awsat`, `Sign up for Semafor Gulf`: the outlet the page is from (`outlets`, as
 * printed and as the alias file names it), named in its text, is an organisation, and so is a name that opens on it
 * (its newsletter, its channel); the rules read them as people's names. Not a writer's own blog, which the writer's
 * name may name.
 */
export function withOutletAsOrganization(
  entities: Entities,
  outlets: (string | undefined)[],
  author: string | undefined,
): Entities {
  const names = outlets.flatMap((outlet) =>
    outlet && outlet.toLowerCase() !== author?.toLowerCase() ? [outlet.toLowerCase()] : [],
  );
  const [outlet, people] = partition(entities.people, (person) =>
    names.some((name) => person.toLowerCase() === name || person.toLowerCase().startsWith(`${name} `)),
  );
  return outlet.length === 0 ? entities : { ...entities, people, organizations: unique([...entities.organizations, ...outlet]) };
}

/**
 * `Iraq's Foreign Ministry`, as compromise gives it: the name is what follows a place's possessive, as the capitalised
 * runs (findOrganizations) read it. `the United Nations University's Institute for Water`, `the Kurdistan Regional
 * Government's Council of Ministers`: an organisation's possessive ends its name, and what it owns, cut short, is
 * left to the capitalised runs. `People's Mobilization Forces` is a name whole.
 */
function ownName(phrase: string): string {
  const [owner, ...rest] = possessiveParts(phrase);
  if (rest.length === 1 && ORGANIZATION_HEADS.test(owner!)) return owner!;
  // `Region's Counter Terrorism Group`, cut from `the Kurdistan Region's …`: a kind of place in capitals ends a place's
  // name.
  const ownedByPlace = isPlaceName(owner!) || PLACE_KIND_IN_CAPITALS.test(owner!);
  return rest.length === 1 && ownedByPlace ? rest[0]! : phrase;
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
  `(?<=\\b(?:Ministry|${ORGANIZATION_HEAD_WORDS.join("|")}|${COMPANY_FORMS.join("|")})\\.?) and (?=\\p{Lu})`,
  "u",
);
/** `DNO ASA`, `Gulf Keystone Petroleum Ltd.`: a company's legal form ends its name, and says it is an organisation's. */
const ENDS_ON_COMPANY_FORM = new RegExp(` (?:${COMPANY_FORMS.join("|")})\\.?$`, "u");

const isPlaceName = (name: string) => COUNTRY_NAMES.has(name) || isKnownPlace(name);

/** compromise read `Secretary of State Antony Blinken` as the place `State Antony`: no place's name runs into a person's. */
function runsInto(place: string, person: string): boolean {
  const words = place.split(" ");
  return words.length > 1 && person.startsWith(`${words.at(-1)} `);
}

/**
 * `US Envoy Tom Barrack`, whose role withoutRoleAfterModifier cut from the name, and compromise read as a place: a
 * name of two words or more that the text writes only right before a person's is a role's, not a place's.
 */
function onlyBeforePerson(place: string, people: string[], text: string): boolean {
  const mentions = place.includes(" ") ? mentionsOf(place, text) : [];
  const atPerson = ({ index }: Mention) => people.some((person) => text.startsWith(` ${person}`, index + place.length));
  return mentions.length > 0 && mentions.every(atPerson);
}

/**
 * `Albu` of `the village of Albu Aitha`, as compromise gives it: a name the text writes only as the first words of
 * a longer one found is no name of its own: no place, nor an organisation (`Erbil International` of `Erbil
 * International Airport`), nor a person (`Tedros Adhanom` of `Tedros Adhanom Ghebreyesus`). `Mosul`, written alone
 * besides `the Mosul Dam`, is.
 */
function onlyOpensLongerName(name: string, names: string[], text: string): boolean {
  // `Khaled El` of `Khaled El-Enany`: compromise ends a name at a hyphen it does not know.
  const longer = names.filter((other) => other.startsWith(`${name} `) || other.startsWith(`${name}-`));
  if (longer.length === 0) return false;
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => longer.some((other) => text.startsWith(other, index)));
}

/**
 * `Erbil International` of `Erbil International Airport`, `Institute for Water` of `the Institute for Water, Environment
 * and Health`, `Syrian Observatory` of `the Syrian Observatory for Human Rights`, `FA` of `the Iraq FA Cup`, `SC` of
 * `Erbil SC`: a name read where the text writes it only as a piece of a longer one is cut, and names nothing. The name
 * as the text writes it where it stands whole; else the longer name, where the text goes on from it the same way at
 * each mention with what it is for (`for Human Rights`) or with the rest of a list of what it is of or for, words that
 * are no places' (`, Environment and Health`; not `the Ministry of Oil, Basra and Kirkuk`); else none where it is cut:
 * a name that ends on an adjective, as no body's name does, goes on in a capitalised word (not `the United Nations
 * Special Envoy`, `Kurdistan Regional Government Prime Minister`, which end on nouns), or, for an initialism, a
 * capitalised word of its name goes before it (`Erbil SC`; not `The BBC`, `Iraqi PMF`: isPartOfNameBefore). In
 * English: other languages capitalise other words (`ВМС Корпуса стражей`, the Guards Corps' navy).
 */
function wholeOrganizationName(org: string, text: string): string | undefined {
  const initialism = /^\p{Lu}{2,6}$/u.test(org);
  const endsOnAdjective = org.includes(" ") && smallLetterTags(org.split(" ").at(-1)!).includes("Adjective");
  const endsOfOrFor = OF_ONE_WORD.test(org);
  /** What the name goes on with at a mention: words, none (""), or cut (undefined). */
  const goingOn = (index: number): string | undefined => {
    const end = index + org.length;
    const after = text.slice(end, end + LONGEST_NAME_AFTER);
    const list = endsOfOrFor ? ITEMS_AFTER.exec(after)?.[0] : undefined;
    if (list !== undefined && !list.split(/,? and |, /u).some((item) => item && isPlaceName(item))) return list;
    const purpose = initialism || / (?:of|for) /u.test(org) ? undefined : FOR_AFTER.exec(after)?.[0];
    if (purpose !== undefined) return purpose;
    if (endsOnAdjective && CAPITALISED_WORD_AFTER.test(after)) return undefined;
    if (initialism && isPartOfNameBefore(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index))) return undefined;
    return "";
  };
  const rests = new Set(mentionsOf(org, text).map(({ index }) => goingOn(index)));
  if (rests.size === 0 || rests.has("")) return org;
  const [rest] = rests;
  return rests.size === 1 && rest !== undefined ? org + rest : undefined;
}

const CAPITALISED_WORD_AFTER = /^ (\p{Lu}[\p{L}'’-]*)/u;
/** `, Environment and Health`: words of a name, one a word, listed after a comma. */
const ITEMS_AFTER = /^(?:, \p{Lu}[\p{L}'’-]*)+,? and \p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}'’-]| \p{Lu})/u;
/** `for Human Rights`: what a body is for, in capitalised words. */
const FOR_AFTER = /^ for (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)*/u;
/** Far enough on to read the rest of a body's name. */
const LONGEST_NAME_AFTER = 120;
/** `Institute for Water`: a name that ends on what it is of or for, a word. */
const OF_ONE_WORD = / (?:of|for) \p{Lu}[\p{L}'’-]*$/u;

/**
 * `Erbil SC`, `Iraq FA`: a capitalised word right before an initialism that is a name's (a place's, a town's club),
 * not an article, a day's or month's name, a title or a people's (`The BBC`, `Iraqi PMF`).
 */
function isPartOfNameBefore(before: string): boolean {
  const word = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
  return (
    word !== undefined &&
    !NOT_A_NAME_WORD.has(word) &&
    !isDemonym(word) &&
    !TITLE_WORDS.has(word) &&
    !lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag))
  );
}

/**
 * `Deir` of `the eastern province of Deir Ezzor`, as compromise gives it: it ends a place's name it does not know
 * before a transliterated word it does not know either. A one-word place no list knows that the text goes on from, at
 * every mention, with the same capitalised word, one that is no common word (isCommonWord: not `International` of
 * `Erbil International Airport`), no title's and no kind of place (`Kurdistan Region`: cleanPlace), is read with it.
 */
function withWordGoingOn(place: string, text: string): string {
  if (place.includes(" ") || isPlaceName(place)) return place;
  const after = new Set(
    mentionsOf(place, text).map(({ index }) => CAPITALISED_WORD_AFTER.exec(text.slice(index + place.length))?.[1]),
  );
  const [word] = after;
  const goesOn =
    after.size === 1 &&
    word !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    lexiconTags(word).length === 0 &&
    !isCommonWord(word) &&
    !TITLE_WORDS.has(word) &&
    !KIND_AFTER_PLACE.test(` ${word}`);
  return goesOn ? `${place} ${word}` : place;
}

/**
 * `Camp Closures` of `Over 1 Million Still Displaced in Iraq as Camp Closures Continue`: every word of a headline in
 * title case is capitalised, and compromise reads a run of them as a place's name. A place no word of which a list
 * knows (as `Iraq` of `Northern Iraq`), written only in such lines (titleCaseLines), is none; unknownPlaces does not
 * read them either.
 */
function onlyInTitleCase(place: string, text: string, lines: [number, number][]): boolean {
  const mentions = mentionsOf(place, text);
  const inLine = (at: number) => lines.some(([start, end]) => at >= start && at < end);
  return mentions.length > 0 && mentions.every(({ index }) => inLine(index));
}

/**
 * `Kurdistan Region Asayish security forces`: compromise reads a place's name and the name of its forces after it as
 * one place. A name that ends on a word no place's is, that the text writes only before a word for forces in small
 * letters, and whose other words name a place found (`Kurdistan Region`), names the forces, not a place.
 */
function namesForcesOf(place: string, places: string[], text: string): boolean {
  const words = place.split(" ");
  const owner = words.slice(0, -1).join(" ");
  // `the Kurdistan Region`, found as `Kurdistan` without its kind (cleanPlace).
  const found = places.includes(owner) || places.includes(owner.replace(KIND_AFTER_PLACE, ""));
  if (words.length < 2 || !found || isPlaceName(words.at(-1)!)) return false;
  const mentions = mentionsOf(place, text);
  const beforeForces = ({ index }: Mention) =>
    FORCES_AFTER.test(text.slice(index + place.length, index + place.length + 40));
  return mentions.length > 0 && mentions.every(beforeForces);
}

const FORCES_AFTER = /^ (?:security |armed |police )?(?:forces|troops|fighters|units|police|militia|militiamen)(?!\p{L})/u;

/**
 * `the $17-billion Development Road project`: a name the text calls a project, and never writes after "in", "at" or
 * "near", is a project's, not a place's.
 */
function isNamedAsProject(place: string, text: string): boolean {
  const mentions = mentionsOf(place, text);
  const project = ({ index }: Mention) => PROJECT_AFTER.test(text.slice(index + place.length, index + place.length + 20));
  return mentions.some(project) && !wordsBefore(place, text).some((word) => PLACE_PREPOSITION.test(word));
}

const PROJECT_AFTER = /^ (?:project|projects|scheme|initiative)(?!\p{L})/u;

/** Where the text writes a name: the index of its first letter. */
interface Mention {
  index: number;
}

/**
 * Where the text writes `name` as a whole word, no letter or digit on either side. Found with indexOf, not a pattern
 * made for each name: the rules ask it of most names they test, and making and running those patterns was a tenth of
 * the time ingest took.
 */
function mentionsOf(name: string, text: string): Mention[] {
  const mentions: Mention[] = [];
  if (name === "") return mentions;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? "") && !LETTER_OR_DIGIT.test(text[end] ?? "")) mentions.push({ index: at });
  }
  return mentions;
}

/**
 * `Paulo` of `the University of São Paulo`, `Asia` of `Radio Free Asia`, as compromise gives them: a name the text
 * writes only inside a longer name found, after another capitalised word of it (`São Paulo`, `Free Asia`), is a piece
 * of that name, whether it ends it or more words follow (`the Radio Free Asia Uyghur Service`). One after a word in
 * small letters is a name of its own: `Baghdad` of `the University of Baghdad`, `Chile` of `Universidad de Chile`; and
 * so is one that opens the longer name (`Mosul` of `the Mosul Dam`: onlyOpensLongerName).
 */
function onlyInsideLongerName(name: string, names: string[], text: string): boolean {
  // Where in each longer name `name` stands after a capitalised word of it.
  const inside = names.flatMap((other) =>
    [...other.matchAll(new RegExp(`(?<=(?<!\\S)\\p{Lu}\\S* )${escapeRegExp(name)}(?= |$)`, "gu"))].map(({ index }) => ({ other, index })),
  );
  if (inside.length === 0) return false;
  const mentions = mentionsOf(name, text);
  const isInside = (at: number) => inside.some(({ other, index }) => at >= index && text.startsWith(other, at - index));
  return mentions.length > 0 && mentions.every(({ index }) => isInside(index));
}

/**
 * compromise knows few Arabic, Kurdish or French names: `Hoshyar Zebari told reporters`, `Florence Parly said` give
 * it no person. A news story names a person in full once and by surname after (`Zebari added`, `Mr. Anad`), and
 * names a place or an organisation in full each time. So a run of two to five name words is a person's name when
 * its last word also stands alone in the text, and no word of it is one compromise's lexicon knows as anything but
 * a name (`Human Rights Watch`, `White House`); words before the name that are not names (`Iraqi Foreign Minister`,
 * `Meanwhile`) are left out of it.
 */
function namesUsedBySurname(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
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
function namesInApposition(text: string, roles: ReadonlySet<string>, doc: ReturnType<typeof nlp>): string[] {
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
function namesThatSpeak(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
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
function namesThatLead(runs: RegExpExecArray[], text: string, roles: ReadonlySet<string>): string[] {
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
function namesThatAnswer(text: string, roles: ReadonlySet<string>): string[] {
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
function namesBesidePeople(
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
function fullNameIn(run: string, roles: ReadonlySet<string>): string | undefined {
  const name = nameIn(run, roles)?.join(" ");
  if (name === undefined || !name.includes(" ") || KIND_OF_PLACE_WORD.test(` ${name}`)) return undefined;
  return lexiconTags(name).every((tag) => NAME_TAGS.has(tag)) ? name : undefined;
}

const SPEECH_VERBS =
  "said|says|told|added|stated|warned|wrote|explained|noted|insisted|argued|replied|confirmed|denied|stressed|urged";
const SPEECH_AFTER = new RegExp(` (?:${SPEECH_VERBS})(?!\\p{L})`, "uy");
const SPEECH_AFTER_COMMA = new RegExp(`, (?:${SPEECH_VERBS})(?!\\p{L})`, "uy");

/**
 * `Banque du Liban governor Riad Salameh`, `Basra governor Asaad al-Eidani`: compromise reads the bank as a person,
 * but a name that a role and another name follow wherever the text writes it is the role's institution or place.
 */
function namesARoleOf(name: string, text: string): boolean {
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
function extendsName(name: string, shorter: string, text: string): boolean {
  const before = name.slice(0, name.length - shorter.length).trim().split(" ");
  return before.every((word) => mayBeNameWord(word) && !TITLE_WORDS.has(word)) && !text.includes(`of ${name}`);
}

/**
 * `Chief Justice John Roberts`: compromise reads a title's first word as an adjective and gives the name with the
 * title's last (`Justice John Roberts`). A name that opens on a title's last words where the text writes its first
 * words right before it opens after them.
 */
function withoutTitleEnd(phrase: string, text: string): string {
  const ends = TITLE_SPLITS.filter(({ last }) => phrase.startsWith(`${last} `));
  const at = ends.length > 0 ? text.indexOf(phrase) : -1;
  if (at <= 0) return phrase;
  const before = text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at);
  const title = ends.find(({ first }) => new RegExp(`(?<!\\p{L})${escapeRegExp(first)} +$`, "u").test(before));
  return title ? phrase.slice(title.last.length + 1) : phrase;
}

/** Each title of two words or more (PERSON_TITLES) cut in two at each of its spaces: `Chief` and `Justice`. */
const TITLE_SPLITS = PERSON_TITLES.flatMap((title) => {
  const words = title.split(" ");
  return words.slice(1).map((_, k) => ({ first: words.slice(0, k + 1).join(" "), last: words.slice(k + 1).join(" ") }));
});

/**
 * `Martin Luther King III`, `Robert F. Kennedy Jr.'s plan`: compromise reads a king's or heir's number as a number,
 * and a son's mark before a possessive as no part of the name, and ends the name before them. The name as the text
 * writes it at each of its mentions: with its mark, or without (`Martin Luther King Jr.` and `Martin Luther King III`,
 * two men, give `Martin Luther King` at the first too, which onlyOpensLongerName leaves out).
 */
function withSuffix(name: string, text: string): string[] {
  const written = new Set<string>();
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    SUFFIX_AFTER.lastIndex = at + name.length;
    written.add(name + (SUFFIX_AFTER.exec(text)?.[0] ?? ""));
  }
  return written.size > 0 ? [...written] : [name];
}

/**
 * `Abu Bakr as-Siddiq`, Turkish `Muhammed Şiya es-Sudani`: compromise ends a name before a word with Arabic's article
 * assimilated (ASSIMILATED_ARTICLES), which it does not know, and gives the name without its last word.
 */
function withAssimilatedSurname(phrase: string, text: string): string {
  const at = text.indexOf(phrase);
  if (at === -1) return phrase;
  ASSIMILATED_SURNAME.lastIndex = at + phrase.length;
  return phrase + (ASSIMILATED_SURNAME.exec(text)?.[0] ?? "");
}

const ASSIMILATED_SURNAME = new RegExp(` ${ASSIMILATED}-\\p{Lu}[\\p{Ll}'’]+(?![\\p{L}-])`, "uy");

/** A name compromise gives without the title, the role noun or the role after an adjective it read into it. */
const withoutRoles = (phrase: string, text: string, roles: ReadonlySet<string>) =>
  withoutRoleNoun(withoutRoleAfterModifier(withoutTitleEnd(phrase, text), text), roles);

/**
 * `Presidential Spokesman Mohamed El-Shennawy`, `US Envoy Tom Barrack`, `Senior Airman Kayla Brooks`: compromise reads
 * a role its lexicon does not know, capitalised before a name, as the name's first word, and the capitalised runs read
 * the adjective before it too. A word the lexicon does not know, after an adjective (`Presidential`, `Senior`), a
 * country's name or an initialism (`US`, `UN`, `KRG`) and before a first name it knows and at least one more word, is
 * a role (opensOnRoleAfterModifier): the name opens after it.
 */
function withoutRoleAfterModifier(phrase: string, text: string): string {
  const at = text.indexOf(phrase);
  const before = MODIFIER_BEFORE.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at))?.[1];
  if (at <= 0 || before === undefined || !opensOnRoleAfterModifier([before, ...phrase.split(" ")])) return phrase;
  return phrase.slice(phrase.indexOf(" ") + 1);
}

const MODIFIER_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{L}*) $/u;

/** Whether `words` open on an adjective, a country's name or an initialism, then an unknown word and a full name. */
function opensOnRoleAfterModifier([modifier, role, given, ...rest]: string[]): boolean {
  if (modifier === undefined || role === undefined || given === undefined || rest.length === 0) return false;
  const modifies =
    COUNTRY_NAMES.has(modifier) || /^\p{Lu}{2,5}$/u.test(modifier) || smallLetterTags(modifier).join() === "Adjective";
  return modifies && lexiconTags(role).length === 0 && lexiconTags(given).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/**
 * `Captain Mohanad Ali Kadhim scored`: compromise reads a role before a name as an honorific of it. A first word its
 * lexicon knows as a person's common noun (an `Actor`: `captain`, `veteran`, `economist`) and not as a name's is the
 * role's, not the name's; so is a role that opens a sentence (rolesOpeningSentences). A role it does not know
 * otherwise is a title (PERSON_TITLES) or a name's word.
 */
function withoutRoleNoun(phrase: string, roles: ReadonlySet<string>): string {
  const [first, ...rest] = phrase.split(" ");
  const tags = lexiconTags(first!);
  const role = (tags.includes("Actor") && !tags.some((tag) => NAME_TAGS.has(tag))) || roles.has(first!);
  return rest.length > 0 && role ? rest.join(" ") : phrase;
}

/**
 * `Subs: Halgurd Mulla Mohammed`: compromise opens a name on the first word its tagger takes for a person's, and gave
 * `Mulla Mohammed`. A name whose first word its lexicon does not know as a first name opens on a capitalised word
 * right before it that the lexicon does not know at all (`Halgurd`), and that no capitalised word goes before in turn
 * (a title's, a place's or a body's name before the person's); not a title, a role that opens a sentence
 * (`Spokesman`, `Striker`: rolesOpeningSentences, isActorInSmallLetters), a body's head word (`Parliament`, as in
 * `Parliament Speaker Mahmoud al-Mashhadani`) or a demonym (mayBeNameWord). In
 * English only: in other languages a word before a name is a role or a place's name capitalised as they write them
 * (`Irak Başbakanı Muhammed Şiya es-Sudani`).
 */
function withGivenNameBefore(phrase: string, text: string, roles: ReadonlySet<string>, language: string): string {
  const first = phrase.split(" ")[0]!;
  if (language !== "en" || first === phrase || lexiconTags(first).some((tag) => FIRST_NAME_TAGS.has(tag))) return phrase;
  const at = text.indexOf(phrase);
  const [, wordBefore, given] = WORD_BEFORE_GIVEN_NAME.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at)) ?? [];
  if (at <= 0 || given === undefined || (wordBefore !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(wordBefore))) return phrase;
  const isRole = roles.has(given) || isActorInSmallLetters(given) || TITLE_WORDS.has(given.toLowerCase());
  const isBody = ORGANIZATION_HEADS.test(given);
  return lexiconTags(given).length === 0 && !isRole && !isBody && mayBeNameWord(given) ? `${given} ${phrase}` : phrase;
}

const WORD_BEFORE_GIVEN_NAME = /(?:^|(\S+)\s+|\s)(\p{Lu}\p{Ll}+) $/u;

/**
 * `Novelist Orhan Pamuk said`, `Playwright Wole Soyinka`: a role news writes in small letters before a name is
 * capitalised where it opens a sentence, and was read as the name's first word. compromise tags a person's common noun
 * (`Actor`) by its ending as well as by its lexicon (`novelist`, `playwright`, which the lexicon does not know): such a
 * word that opens a sentence before a capitalised word, and that it reads as no first name, surname or title, is a
 * role, not a name's word. Not one before a word in small letters: a surname (`Lindqvist and the minister`), which
 * compromise may take for a common noun by its ending too.
 */
function rolesOpeningSentences(doc: ReturnType<typeof nlp>): Set<string> {
  const notAName = "(#FirstName|#MaleName|#FemaleName|#LastName|#Honorific)";
  const opening = doc.match("^[#Actor] @isTitleCase", 0).ifNo(notAName);
  // `"…," Novelist Hakan Gunday said`: a site may capitalise a role that opens the words after a quote too, which
  // compromise then reads as a proper noun. It is a role when compromise reads it as one in small letters.
  const afterQuote = phrases(doc.match("@hasQuote [@isTitleCase] @isTitleCase", 0).ifNo(notAName)).filter(isActorInSmallLetters);
  return new Set([...phrases(opening), ...afterQuote].map((word) => word.replace(/[^\p{L}'’-]/gu, "")));
}

/**
 * Whether compromise tags `word`, in small letters, as a person's common noun (`Actor`): by its lexicon (`lawmaker`),
 * or, for a word its lexicon does not know, by its ending (`novelist`, `musician`, `photographer`), as its tagger
 * does; read off its tables rather than by parsing the word, which took a millisecond a word.
 */
function isActorInSmallLetters(word: string): boolean {
  return smallLetterTags(word.replace(/[^\p{L}'’-]/gu, "")).includes("Actor");
}

/**
 * `since Michel Aoun's term ended`, `signed by Hamid Karzai`: compromise ends a person's name before a surname written
 * as a possessive, or one it does not know, and gives the first name alone, which names no one. A first name its
 * lexicon knows runs on over the surname: the possessive one, which compromise cut it from, where the text writes the
 * first name before others (`nor Michel Moawad … since Michel Aoun's term`), else the first.
 */
function withSurname(phrase: string, text: string): string {
  if (!lexiconTags(phrase).some((tag) => FIRST_NAME_TAGS.has(tag))) return phrase;
  let first: string | undefined;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    POSSESSIVE_SURNAME.lastIndex = SURNAME.lastIndex = at + phrase.length;
    const possessive = POSSESSIVE_SURNAME.exec(text)?.[1];
    if (possessive && mayBeNameWord(possessive)) return `${phrase} ${possessive}`;
    const words = SURNAME.exec(text)?.[1]?.split(" ");
    const name = [phrase, ...(words ?? [])];
    const isSurnameWord = (word: string, i: number) =>
      isInitialOrSuffix(name, i + 1) || (mayBeNameWord(word) && !TITLE_WORDS.has(word));
    if (words?.every(isSurnameWord)) first ??= name.join(" ");
  }
  return first ?? phrase;
}

const POSSESSIVE_SURNAME = new RegExp(` (${NAME_WORD})['’]s(?![\\p{L}\\p{N}])`, "uy");
/**
 * `Mariam bint Rashid Al Maktoum`: a particle between a surname's words (`bint`, "daughter of"; `Al`, "family of") is
 * no name of its own, and does not count among its three words; counted, the name ended at `Rashid Al`.
 */
const SURNAME_REST = `(?:(?: +${PARTICLE}(?= +\\p{Lu}))?${NAME_REST})`;
const SURNAME = new RegExp(
  ` ((?:${MIDDLE_INITIAL} )?(?!${GENERATION})${NAME_WORD}${SURNAME_REST}{0,2}(?: ${GENERATION})?)(?![\\p{L}\\p{N}'’-])`,
  "uy",
);

function mayBeNameWord(word: string): boolean {
  if (ONE_PARTICLE.test(word)) return true;
  if (NOT_A_NAME_WORD.has(word) || isDemonym(word) || IS_GERMAN_ROLE.test(word)) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || (tags.length === 1 && NAME_TAGS.has(tags[0]!));
}

/**
 * compromise's lexicon takes `Jordan` and `Chad` for first names and `Turkey` for a bird: `talks with Jordan` gives
 * it no place. A country's name (COUNTRY_NAMES) in a run of capitalised words is one when it is not part of a longer
 * name: the word before it is none or one that cannot be a name's (`In Jordan`), or joins names (`Iraq and Jordan`),
 * and so is the word after it. `Jordan Peterson`, `the Jordan River`, `Turkey Day` and `Iran-aligned` name none.
 */
function countriesIn(text: string): string[] {
  const found: string[] = [];
  // A full stop after a word ends a sentence, not a name: `talks with Jordan. The minister`; no country's has one.
  const runs = [...text.matchAll(COUNTRY_RUN)].flatMap(([run]) => run.split(/(?<=\p{Ll}{2}\.) /u));
  for (const run of runs) {
    const words = run.replace(/['’]s$|\.+$/u, "").split(" ");
    const startsName = (i: number) => i === 0 || JOINING_WORD.test(words[i - 1]!) || !mayBeNameWord(words[i - 1]!);
    const endsName = (j: number) => j === words.length - 1 || JOINING_WORD.test(words[j + 1]!);
    for (let i = 0; i < words.length; i++) {
      if (!startsName(i)) continue;
      for (let j = Math.min(words.length, i + LONGEST_COUNTRY_NAME) - 1; j >= i; j--) {
        const name = words.slice(i, j + 1).join(" ");
        if (!COUNTRY_NAMES.has(name) || !endsName(j)) continue;
        found.push(name);
        i = j;
        break;
      }
    }
  }
  return found;
}

/**
 * The countries an article in another language names in its words (`l’Irak`, `العراق`), under the names the archive
 * lists them by (countryNamesIn: `Iraq`). In a script with capitals the name begins with one, and is no part of a
 * longer name that a capitalised word goes on (`Maurice Papon`), but in German, which capitalises every noun.
 */
function countriesInLanguage(text: string, language: string): string[] {
  // `в Сирии`, `с Россией`: Russian declines a country's name, and names it in any case.
  const names = language === "ru" ? russianCountryForms() : countryNamesIn(language);
  if (names.size === 0) return [];
  const lower = withPersianLetters(text.toLowerCase(), language);
  // A few capitals lower to two letters (`İ`): then only the words are compared.
  const aligned = lower.length === text.length;
  const found = new Set<string>();
  for (const [name, listed] of names) {
    // `президент Турции Реджеп Тайип Эрдоган`: a country in an oblique case is what a role before a name is of, never
    // a longer name's head, as a nominative can be.
    const mayHeadName = language !== "de" && !(language === "ru" && !countryNamesIn(language).has(name));
    for (let at = lower.indexOf(name); at !== -1 && !found.has(listed); at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (LETTER_OR_DIGIT.test(lower[at - 1] ?? "") || LETTER_OR_DIGIT.test(lower[end] ?? "")) continue;
      if (aligned && (/^\p{Ll}/u.test(text[at]!) || (mayHeadName && /^ \p{Lu}/u.test(text.slice(end, end + 2))))) continue;
      found.add(listed);
    }
  }
  return [...found];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Capitalised words, and the small words inside a country's name (`Isle of Man`, `Bosnia and Herzegovina`). */
const COUNTRY_RUN =
  /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’.-]*(?: (?:(?:of|and|the|da|&) )*\p{Lu}[\p{L}'’.-]*)*(?![\p{L}\p{N}-])/gu;
const JOINING_WORD = /^(?:of|and|the|da|&)$/;
/** In words: `South Georgia and the South Sandwich Islands`. */
const LONGEST_COUNTRY_NAME = 7;

/**
 * compromise knows the world's big cities, not the towns news is filed from: `officials in Karbala`, `arrives in
 * Duhok` give it no place. A run of one to three capitalised words after "in", "at", "near", "outside", "inside", a
 * form of "visit", a kind of place and "of" (`the town of Hawija`), its residents and "of" (`residents of Tikrit`),
 * "from" after a move (`returned from Najaf`) or a person (`a truck driver from Irbid`, `artists come from Halabja`),
 * or in a list that begins there (`in Duhok, Zakho and Sulaymaniyah`, `from Halabja, from Mahabad`), is a place's name
 * when compromise's lexicon knows none of its words (`in Chief`, `in December`, `in Iraqi custody`) but a kind of
 * place that ends one (`near Eagle Pass`), none is a title or NOT_A_PLACE, it names no organisation (`at Baghdad
 * University`), and the text never writes it after a word that goes before no place, nor before what follows a
 * person's name: `trust in Zebari` names none where the text also writes `thanked Zebari`, `said Zebari` or `Zebari
 * said` (and a person named in full once, `Hoshyar Zebari`, is no place either: see extractEntities). Where it opens
 * what someone said (`said Erbil would resume`), the word before it says nothing of it. A town a city compromise
 * knows is paired with is one too (`talks between Baghdad and Erbil`; citiesPairedWith). Lines in title case,
 * headlines and captions, are not read: every word of them is capitalised.
 */
function unknownPlaces(text: string): string[] {
  const candidates = new Set<string>();
  for (const line of text.split("\n")) {
    if (inTitleCase(line)) continue;
    for (const run of citiesPairedWith(line)) candidates.add(run);
    for (const match of line.matchAll(AFTER_PLACE_PREPOSITION)) {
      // `published in Le Monde and Stern`, `wrote in Foreign Affairs`: what is published in is a paper, not a town.
      if (PUBLISHED_BEFORE.test(line.slice(Math.max(0, match.index - LONGEST_WORD_BEFORE), match.index))) continue;
      LIST_REST.lastIndex = match.index + match[0].length;
      const rest = LIST_REST.exec(line);
      // `In Baghdad, Kadhimi and Salih met`: a comma after a sentence's opening place ends the phrase, not a name.
      const isList = rest && !(/^\p{Lu}/u.test(match[0]) && rest[0].startsWith(","));
      const { run: first, person } = match.groups!;
      if (person !== undefined && !isPersonNoun(person)) continue;
      const listed = isList ? [...rest[1]!.split(", ").slice(1), rest[2]!].map((run) => run.replace(LIST_PREPOSITION, "")) : [];
      for (const run of [first!, ...listed]) {
        const words = run.split(" ");
        // `in der Nähe` (German's "near"): a word in small letters apart from the name opens no place's.
        const named = words.every(isUnknownPlaceWord) && !words.every((word) => ONE_PARTICLE.test(word)) && !/^\p{Ll}+ /u.test(run);
        if (named && !ORGANIZATION_HEADS.test(run)) candidates.add(run);
      }
    }
  }
  // Every candidate was seen where a place's name goes; one inside a list (`, Zakho and`) may have no word before it.
  return [...candidates].filter(
    (name) =>
      wordsBefore(name, text, opensReportedClause(text)).every((word) => BEFORE_A_PLACE.test(word)) &&
      !writtenAsPerson(name).test(text),
  );
}

const PUBLISHED_BEFORE =
  /(?<!\p{L})(?:published|publishes|publish|printed|wrote|writes|writing|written|column|op-ed|editorial|article) $/u;

/**
 * `said Erbil would resume`: a name after a verb of speech that a verb follows is the subject of what was said, and
 * the verb before it no word about what it names. `said Zebari.` is one.
 */
const opensReportedClause = (text: string) => (before: string, end: number) => {
  if (!SPEECH_VERB.test(before)) return false;
  AUXILIARY_AFTER.lastIndex = end;
  return AUXILIARY_AFTER.test(text);
};
const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`, "i");
const AUXILIARY_AFTER = / (?:would|will|could|should|must|might|may|can|had|has|have|was|is|were|did|does)(?!\p{L})/uy;

/**
 * `a truck driver from Irbid`, `a Kurdish woman from Saqqez`, `artists come from Halabja`: a person comes from a town.
 * A person is a noun compromise's lexicon knows as one (`driver`, `artists`) or a role (`spokesman`, `resident`).
 */
const isPersonNoun = (word: string) => lexiconTags(word).includes("Actor") || IS_ROLE.test(word);
const IS_ROLE = new RegExp(`^(?:${ROLES})s?$`, "u");

/**
 * `Zebari said`, `Zebari, who`: what a person's name is written before, and a town's is not, but for the people in
 * it: `Officials in Karbala said`, `Officials from Karbala said`.
 */
const writtenAsPerson = (name: string) =>
  new RegExp(
    `(?<!\\p{L})${escapeRegExp(name)}(?:, who(?:se)?\\b|(?<!(?:${[...PLACE_PREPOSITIONS, "from"].join("|")}) ${escapeRegExp(name)}) (?:said|says|told|added|stressed|stated|noted)\\b)`,
    "u",
  );

/** The kinds of place a town's name is written with: `the town of Hawija`, `the Karrada district`. */
const PLACE_KINDS = "city|town|village|port|district|province|governorate|region";
/**
 * `the town of Hawija`, `the provinces of Basra, Maysan and Dhi Qar`, `remote areas of Kirkuk, Diyala and Anbar`,
 * `launched from the area of Jurf al-Nasr`.
 */
const KINDS_OF_PLACE = `(?:${PLACE_KINDS}|provinces|districts|regions|area|areas|parts)`;
/**
 * `near Tarmiyah, Saladin Governorate`, `an army post in Wadi al-Shay`: a name that ends on a kind of place in
 * capitals, or of two or three words that opens on an Arabic word for a valley, a mountain, a hill, a cape, an inlet,
 * a well, a spring or a bridge (`Jabal Sinjar`, `Ras Tanura`, `Tell Abyad`), is a place's, though compromise reads
 * `Saladin` or `Wadi` as a given name. Some of those words are given names too (`Tal`, `Ras`): a name a title or a
 * role goes before (`negotiator Tal Becker`), or one `described` as a person's (`Ras Baraka, the mayor of Newark`,
 * `Tal Becker said`: namesInApposition, namesThatSpeak), is a person's.
 */
function isNamedAsPlace(name: string, text: string, described: readonly string[]): boolean {
  const words = name.split(" ");
  if (PLACE_KIND_IN_CAPITALS.test(words.at(-1)!) && words.length > 1) return true;
  if (!GEOGRAPHIC_FIRST_WORDS.has(words[0]!) || words.length < 2 || words.length > 3 || described.includes(name)) return false;
  const isPersonWord = (word: string) => TITLE_WORDS.has(word) || TITLE_WORDS.has(word.toLowerCase()) || isPersonNoun(word.toLowerCase());
  return !wordsBefore(name, text).some(isPersonWord);
}

/** `Saladin Governorate`, `Anbar Province`, `Sadr City`: a kind of place in capitals is part of the place's name. */
const PLACE_KIND_IN_CAPITALS = new RegExp(`^(?:${PLACE_KINDS.replace(/(?<!\p{L})\p{Ll}/gu, (letter) => letter.toUpperCase())})$`, "u");
/** Arabic words that open a place's name: a valley, a mountain, a hill, a cape, an inlet, a well, a spring, a bridge. */
const GEOGRAPHIC_FIRST_WORDS = new Set(["Wadi", "Jabal", "Jebel", "Jabel", "Tal", "Tall", "Tell", "Ras", "Khor", "Khawr", "Bir", "Ain", "Jisr"]);
/**
 * One comes back, flees or is driven from a town, and has a statement or a call from a person: "from" goes before a
 * town after these alone (`families displaced from Sinjar`, `returned from Najaf`; not `a statement from Zebari`,
 * nor `a letter came from Kadhimi`).
 */
const MOVES =
  "(?:fled|flee|fleeing|returned|returning|return|withdrew|withdrawn|withdrawing|arrived|travelled|traveled|flew|moved|driven|expelled|evacuated|displaced)";
/** A town is visited; a person is met (`visited Erbil, where he met Masrour Barzani`). */
const VISITS = ["visit", "visits", "visited", "visiting"];
/** One to three words of a place's name, not part of a longer name. */
const PLACE_RUN = `${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
const RUN_ENDS = `(?![\\p{L}\\p{N}'’-]| +\\p{Lu})`;
/** Those who live in a town: `residents of Tikrit`, `a resident of Eagle Pass`. */
const RESIDENTS = ["residents", "resident", "inhabitants", "natives", "native"].map((word) => eitherCaseFirst(word)).join("|");
/** A person, then "from" (isPersonNoun); the forms of "come" between: `artists come from Halabja`. */
const PERSON_FROM = "(?<person>\\p{Ll}+)(?: (?:come|comes|came|coming|hail|hails|hailed))? from";
/** A place's name after a preposition, not a possessive (`in Parly’s absence`) nor part of a longer name. */
const AFTER_PLACE_PREPOSITION = new RegExp(
  `(?<!\\p{L})(?:${[...PLACE_PREPOSITIONS, ...VISITS].map((word) => eitherCaseFirst(word)).join("|")}|${KINDS_OF_PLACE} of|(?:${RESIDENTS}) of|${MOVES} from|${PERSON_FROM}) (?<run>${PLACE_RUN})${RUN_ENDS}`,
  "gu",
);
/** A list may say its preposition again before each town: `from Halabja, from Mahabad and from Afrin`. */
const LIST_PREPOSITION = new RegExp(`^(?:${[...PLACE_PREPOSITIONS, "from"].join("|")}) `, "u");
const LIST_ITEM = `(?:(?:${[...PLACE_PREPOSITIONS, "from"].join("|")}) )?${PLACE_RUN}${RUN_ENDS}`;
/** The rest of a list the first place's name begins: `in Duhok, Zakho and Sulaymaniyah`. */
const LIST_REST = new RegExp(`((?:, ${LIST_ITEM})*),? (?:and|or) (${LIST_ITEM})`, "uy");

/**
 * `Baghdad and Erbil should stop`, `between Erbil and Baghdad`: of two names joined by "and" or "or", one a city's as
 * compromise's lexicon knows it, the other is a town's when none of its words is known (isUnknownPlaceWord). Cities,
 * not countries: a country is paired with groups and forces as often (`Turkey and the PKK`, `Iran and Hezbollah`).
 */
function citiesPairedWith(line: string): string[] {
  return [...line.matchAll(PAIRING_WORD)].flatMap(({ index, 0: joint }) => {
    // The names either side of "and", read back from it and on from it: a pattern tried at every letter of every line
    // for a pair was a fiftieth of ingest's time.
    const first = NAME_RUN_BEFORE.exec(line.slice(Math.max(0, index - LONGEST_RUN_BEFORE), index))?.[1];
    if (first === undefined) return [];
    NAME_RUN_AFTER.lastIndex = index + joint.length;
    const second = NAME_RUN_AFTER.exec(line)?.[1];
    if (second === undefined) return [];
    const isCity = (run: string) => lexiconTags(run).includes("City");
    const other = isCity(first) ? second : isCity(second) ? first : undefined;
    const named = other?.split(" ").every(isUnknownPlaceWord) && !ORGANIZATION_HEADS.test(other!);
    return named ? [other!] : [];
  });
}

const PAIRING_WORD = / (?:and|or) /gu;
/** The run before "and": not the end of a list (`In Baghdad, Kadhimi and Salih met`) nor of a longer name. */
const NAME_RUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<!, |\\p{Lu}[\\p{L}'’.-]* )(${PLACE_RUN})$`, "u");
const NAME_RUN_AFTER = new RegExp(`(${PLACE_RUN})${RUN_ENDS}`, "uy");
/** Far enough back to read a run of three name words and what stands before it. */
const LONGEST_RUN_BEFORE = 100;
/**
 * `in 11 governorates, including Nineveh, Anbar, Salah al-Din and Kirkuk`, `cities such as Mosul and Tikrit`: the names
 * a plural kind of place goes before in a list are places', though compromise reads one as a person's (`Salah al-Din`,
 * the province named for Saladin). Every word of each is a place's (isPlaceNameWord).
 */
function placesListedByKind(text: string): string[] {
  return [...text.matchAll(KIND_THEN_LIST)].flatMap(([, list]) =>
    list!.split(/, (?:and |or )?| (?:and|or) /).filter((run) => run.split(" ").every(isPlaceNameWord)),
  );
}

const KIND_THEN_LIST = new RegExp(
  `(?<!\\p{L})(?:cities|towns|villages|districts|provinces|governorates|regions),? (?:including|such as|like) ((?:${PLACE_RUN}, )*${PLACE_RUN},? (?:and|or) ${PLACE_RUN})${RUN_ENDS}`,
  "gu",
);

/**
 * The words a place's name is written after, besides PLACE_PREPOSITIONS; and the verbs of holding ground, which a
 * party or an army does to a town and no one to a person (`the party that dominates Erbil`).
 */
const BEFORE_A_PLACE = new RegExp(
  `^(?:${[...PLACE_PREPOSITIONS, "to", "from", "of", "and", "or", "via", "across", "around", "toward", "towards"].join("|")}|leave|leaves|left|leaving|reach|reached|enter|entered|visit|visits|visited|visiting|controls?|controlled|controlling|dominates?|dominated|dominating|governs?|governed|governing|shelled|shelling|besieged|besieging|occupies|occupied|occupying|annexed)$`,
  "i",
);

/**
 * A word of a place's name (isPlaceNameWord) that compromise's lexicon does not know at all, and no compound
 * adjective (`in China-brokered talks`).
 */
function isUnknownPlaceWord(word: string, i: number): boolean {
  if (i > 0 && PLACE_NAME_END.test(word)) return true;
  return ONE_PARTICLE.test(word) || (lexiconTags(word).length === 0 && isPlaceNameWord(word) && !/\p{L}-\p{Ll}/u.test(word));
}

/** `Eagle Pass`, `Sadr City`, `Colorado Springs`: the kind of place that ends a town's name after its first word. */
const PLACE_NAME_END = /^(?:City|Pass|Springs|Falls|Bay|Lake|Beach|Valley|Point|Heights|Creek|Harbor|Harbour|Hills)$/u;

/**
 * Four in five of a line's words of four letters or more are capitalised: a headline, a subhead, a caption in title
 * case. A sentence that names a few people and places (`Protesters gathered in Kufa on Friday. Kufa is a city south of
 * Baghdad`) has more words in small letters.
 */
function inTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.8;
}

/**
 * Every word of four letters or more capitalised, but words like `with` and `from`, three or more of them: a headline
 * in title case (`Iraq’s Parliament Approves New Cabinet`). Stricter than inTitleCase, which would take a sentence
 * dense with organisations' names (`The Iraqi Security Forces and the People's Mobilization Forces said`) for one.
 */
function inFullTitleCase(line: string): boolean {
  const words = line.match(/(?<![\p{L}'’])\p{L}{4,}/gu) ?? [];
  const small = words.filter((word) => /^\p{Ll}/u.test(word));
  const capitalised = words.length - small.length;
  return capitalised >= 3 && small.every((word) => FUNCTION_WORDS.has(word)) && words.some((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

/**
 * `the Karrada district`, `southern Iraq's Basra region`, `the Zanjili and Maydan neighbourhoods`, `Baghdad's Tahrir
 * Square`: a name that a kind of place in small letters follows (or a square, street or bridge, which is part of the
 * name) is a place's, whatever compromise's lexicon makes of it. Not `the Sunni province of Anbar`, where the words
 * before the kind say what the place is; lines in title case are not read.
 */
function placesBeforeTheirKind(text: string): string[] {
  const places: string[] = [];
  for (const line of text.split("\n")) {
    // Only a line with a kind of place in it is read through: the whole pattern tried at every capital cost 2-4% of ingest.
    if (!KIND_OF_PLACE_WORD.test(line) || inTitleCase(line)) continue;
    for (const [, list, landmark] of line.matchAll(BEFORE_A_KIND_OF_PLACE)) {
      const runs = list!.split(/, (?:and |or )?| (?:and|or) | \((?=.*\)$)|\)$/).filter(Boolean);
      for (const run of runs) {
        // `Iraq's Basra region`: the name is what follows its owner's possessive. `the Green Zone district` names none.
        const name = run.replace(/^.*['’]s /u, "").split(" ");
        const isNameWord = (word: string, i: number) => (i === 0 && IS_SAINT_OR_MOUNT.test(word)) || isPlaceNameWord(word);
        if (name.every(isNameWord)) places.push([...name, ...(landmark ? [landmark] : [])].join(" "));
      }
    }
  }
  return places;
}

// A river by its name (`the Tigris and Euphrates rivers`), or by the name it is known by (`the Jordan River`).
// A camp by its name, for refugees or not (`the Makhmour refugee camp`, `the Azraq and Zaatari camps`).
// A waterway by its name, and by another it is known by in brackets (`the Arvand Rud (Shatt al-Arab) waterway`).
const KIND_AFTER_A_NAME = `(?:(?:${PLACE_KINDS}|neighbou?rhood|river|waterway|canal|(?:refugee )?camp)s?|(Square|Street|Bridge|River))`;
/** `the St. Johns River`: the abbreviation is the name's. */
const SAINT_OR_MOUNT = "(?:St|Mt)\\.?";
const IS_SAINT_OR_MOUNT = new RegExp(`^${SAINT_OR_MOUNT}$`);
const KIND_OF_PLACE_WORD = new RegExp(` ${KIND_AFTER_A_NAME}(?!\\p{L})`, "u");
const BEFORE_A_KIND_OF_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])((?:${SAINT_OR_MOUNT} )?${PLACE_RUN}(?:, ${PLACE_RUN})*(?:,? (?:and|or) ${PLACE_RUN})?(?: \\(${PLACE_RUN}\\))?) ${KIND_AFTER_A_NAME}(?![\\p{L}\\p{N}'’-]| of\\b)`,
  "gu",
);

/** A word of a place's name: one compromise's lexicon does not know or knows as a place's, no title, faith or month. */
function isPlaceNameWord(word: string): boolean {
  if (ONE_PARTICLE.test(word)) return true;
  const tags = lexiconTags(word);
  return (
    (tags.length === 0 || tags.every((tag) => PLACE_TAGS.has(tag))) &&
    !/['’]s$/u.test(word) &&
    !NOT_A_NAME_WORD.has(word) &&
    !isDemonym(word) &&
    !NOT_A_PLACE.has(word) &&
    !TITLE_WORDS.has(word)
  );
}

/**
 * compromise reads `Al Qa’im` as a person; a name only ever seen after "in", "at" or "near" is a place. It reads
 * `Shatt al-Arab` as one too: a name only ever seen after "the" is a river's, a region's or a body's, not a
 * person's. A mention is the name after a word and spaces. The name is looked for first and the word before it
 * read back: a pattern that starts with the word would try every letter of the text for every name, a sixth of a
 * whole ingest.
 */
function onlyAfter(word: RegExp, name: string, text: string): boolean {
  const before = wordsBefore(name, text);
  return before.length > 0 && before.every((one) => word.test(one));
}

/** `launched from the area of Jurf al-Nasr`, `the town of Hawija`: a name only ever seen after its kind of place. */
function onlyAfterKindOf(name: string, text: string): boolean {
  const mentions = mentionsOf(name, text);
  const afterKind = ({ index }: Mention) =>
    KIND_OF_BEFORE.test(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index));
  return mentions.length > 0 && mentions.every(afterKind);
}

const KIND_OF_BEFORE = new RegExp(`(?<!\\p{L})${KINDS_OF_PLACE} of +$`, "u");

/**
 * The word before each mention of `name` that follows a word and spaces (not one after a comma, say), but those
 * `ignore` (the word, where the mention ends) says tell nothing.
 */
function wordsBefore(name: string, text: string, ignore?: (word: string, end: number) => boolean): string[] {
  const wholeName = new RegExp(`${escapeRegExp(name)}\\b`, "uy");
  const words: string[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    wholeName.lastIndex = at;
    if (!wholeName.test(text)) continue;
    const before = WORD_THEN_SPACES.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at));
    if (before && !ignore?.(before[1]!, at + name.length)) words.push(before[1]!);
  }
  return words;
}

const WORD_THEN_SPACES = /(?<!\p{L})(\p{L}+) +$/u;
const PLACE_PREPOSITION = new RegExp(`^(?:${PLACE_PREPOSITIONS.join("|")})$`, "i");
const THE = /^the$/i;
/** Far enough back to see a whole word before a name: no preposition is longer, and a longer word is not one. */
const LONGEST_WORD_BEFORE = 80;

/** Runs `test` once per item: the place test scans the whole text for each name. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const [passed, failed]: [T[], T[]] = [[], []];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

/**
 * compromise cuts `Iraqi Ministry of Defense` short to `Iraqi Ministry`, or takes `Water Resources` out of `Ministry
 * of Water Resources`; the longer name is the organisation. It reads a capitalised `The` into a name where a sentence
 * ran into another (`remote The French Army's`): `The French Army` is the `French Army` found elsewhere.
 */
function withoutParts(names: string[]): string[] {
  const isPartOf = (name: string, other: string) =>
    (other.startsWith(name) && /^['’]? /u.test(other.slice(name.length))) || // `Kurdistan Workers' Party`
    other.endsWith(` of ${name}`) ||
    other.endsWith(` of the ${name}`);
  const found = new Set(names);
  const withoutThe = (name: string) => name.startsWith("The ") && found.has(name.slice(4));
  return names.filter((name) => !names.some((other) => isPartOf(name, other)) && !withoutThe(name));
}

/** `U.S.`, `D.C.`: the full stop after the last initial is the name's, as the alias file spells it. */
const ENDS_IN_INITIALS = /(?:^|[\s,])(?:\p{Lu}\.)+\p{Lu}\.$/u;
/** `Adnan Dirjal Jr.`: so is the full stop of a son's or father's mark. */
const ENDS_IN_GENERATION = new RegExp(`\\s${GENERATION}$`, "u");

/**
 * An article in small letters before a name, as compromise keeps it in other languages (`le Kurde Abdul Latif
 * Rachid`, `el presidente`), with the capitalised noun after it when a name of two words or more follows.
 */
const ARTICLES = "le|la|les|el|los|las|der|die|das|den|dem|il|lo|gli|het";
const ARTICLE_AND_NOUN = new RegExp(`^(?:${ARTICLES}) +(?:\\p{Lu}\\p{Ll}+ +(?=\\p{Lu}\\S* +\\p{Lu}))?(?=\\p{Lu})`, "u");
const ENDS_IN_ARTICLE = new RegExp(`(?:^|\\s)(?:${ARTICLES}) $`, "u");

/**
 * compromise's name of three words or more that an article in another language than English writes after an
 * article (`le Kurde Abdul Latif Rachid`): its first word is a noun (`the Kurd`), not the name's; in German and Dutch,
 * of two words too (NOUN_ARTICLE_BEFORE).
 */
function withoutNounAfterArticle(name: string, text: string, language: string): string {
  const at = text.indexOf(name);
  const words = name.split(" ").length;
  if (language === "en" || at <= 0 || words < 2) return name;
  // The longest article, its space and the boundary before it.
  const nounArticle = NOUN_ARTICLE_BEFORE[language];
  const afterArticle = nounArticle
    ? nounArticle.test(text.slice(Math.max(0, at - 7), at))
    : words >= 3 && ENDS_IN_ARTICLE.test(text.slice(Math.max(0, at - 5), at));
  return afterArticle ? name.slice(name.indexOf(" ") + 1) : name;
}

/**
 * German and Dutch write no article before a person's name, though German capitalises the noun after one: a run of
 * capitalised words after an article, or a preposition with one in it (`zur`, `im`), opens on a noun, two words long
 * too (`Die Anlage Fordo`, `zur Anreicherungsanlage Fordo`, `het Bureau voor de Redding van Ontvoerde Yezidi's`).
 * Other languages' articles open surnames (`Le Drian`, `La Russa`): there only a name of three words or more opens on
 * a noun after one (ARTICLES).
 */
const NOUN_ARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  de: /(?<!\p{L})(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|zum|zur|im|am|vom|beim|ins) $/iu,
  nl: /(?<!\p{L})(?:de|het|een) $/iu,
};

function cleanName(raw: string): string {
  let name = raw
    .replace(/[“”"‘()[\]]/g, "")
    .replace(/['’]s$/u, "")
    .replace(/[\s.,;:!?'’—–-]+$/u, (_, at: number, text: string) =>
      ENDS_IN_INITIALS.test(text.slice(0, at + 1)) || ENDS_IN_GENERATION.test(text.slice(0, at + 1)) ? "." : "",
    )
    .replace(/^[\s,;:'’-]+/u, "")
    .trim();
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const title of PERSON_TITLES) {
      if (name.startsWith(`${title} `)) {
        name = name.slice(title.length + 1).trim();
        stripped = true;
      }
    }
    const [first, ...rest] = name.split(" ");
    if (rest.length > 1 && IS_GERMAN_ROLE.test(first!)) {
      name = rest.join(" ");
      stripped = true;
    }
  }
  return name;
}

function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  if (words.some((word) => NOT_A_NAME_WORD.has(word) || ABSTRACT_NOUN.test(word))) return false;
  // `Al-Quwa Al-Jawiya` (the Air Force club), `Al-Zawraa`: Arabic's article opens no given name, and a name it opens
  // every word of is a body's or a place's.
  if (words.every((word) => ARTICLE_OPENED.test(word))) return false;
  // `in January`, `on Sunday`, which compromise may read as a person's name: a month's or a day's name is none.
  if (words.every((word) => lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag)))) return false;
  return words.every((word, i) => ONE_NAME_WORD.test(word) || ONE_PARTICLE.test(word) || isInitialOrSuffix(words, i));
}

const ARTICLE_OPENED = new RegExp(`^(?:[Aa]l|[Ee]l|${ASSIMILATED})-`, "u");

/**
 * A word of an abstract noun's ending, in the languages compromise reads capitalised words of as names: a body's
 * name has one (`Marco de Coordinación`, `Cadre de Concertation`, `Bundesregierung`), a person's none.
 */
const ABSTRACT_NOUN = /\p{L}{2,}(?:ción|sión|miento|ismo|tion|ité|ção|ierung|heit|keit|schaft)$/u;

/**
 * Prepositions and conjunctions that open a sentence in an article in another language than English, capitalised
 * there, which compromise reads as a name's first word (`En Irak`, `Selon Mizan`, `Aus Erbil`), and in Russian the
 * adverbs news opens on (`Ранее Мария Захарова`, earlier Maria Zakharova). Not the articles, which open surnames too
 * (`Le Drian`, `La Russa`), nor the particles of names (NAME_PARTICLES).
 */
const OPENING_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: "à au aux en selon pour dans sur sous avec après avant depuis pendant par chez contre sans vers et mais ainsi alors",
    de: "aus in im von vom mit nach bei beim für über unter vor seit auf an am zum zur gegen ohne und aber auch doch",
    es: "en según para por con desde tras sin sobre hacia ante entre y pero",
    pt: "em no na nos nas segundo para por com desde após sem sobre entre e mas",
    it: "in nel nella secondo per con dopo senza su tra fra e ma",
    nl: "in volgens voor na bij op uit met tegen en maar",
    ru: "в во на по с со к из от для при после до без у о об и но а также однако ранее позже затем между кроме",
  }).map(([language, words]) => [language, new Set(words.split(" "))]),
);

/** A name without a word that opens sentences in the article's language before it (OPENING_WORDS). */
function withoutOpeningWord(name: string, language: string): string {
  const [first, ...rest] = name.split(" ");
  return rest.length > 0 && OPENING_WORDS[language]?.has(first!.toLowerCase()) ? rest.join(" ") : name;
}

/**
 * German and Dutch capitalise a sentence's first word, German every noun: a run of capitals there says little. One
 * whose first word the text writes in small letters elsewhere (`Zerstörte Häuser im Stadtteil …`, `zerstörte Häuser`;
 * `Olie De pijpleiding`, `de olie`), or that ends as an adjective or a participle does (`Protestierende Lehrer`,
 * `Kurdische Kämpfer`), opens on a common word, and names no one; not on a first name compromise's lexicon knows
 * (`Ernst`, `Mark`), nor on a particle, which Dutch capitalises opening a surname written alone (`Van Weel`).
 */
function opensOnCommonWord(name: string, text: string): boolean {
  const first = name.split(" ")[0]!;
  if (ONE_PARTICLE.test(first) || lexiconTags(first).some((tag) => FIRST_NAME_TAGS.has(tag))) return false;
  const small = first.toLowerCase();
  return (
    ADJECTIVE_ENDING.test(first) ||
    (small !== first && new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(small)}(?![\\p{L}\\p{N}-])`, "u").test(text))
  );
}

/** `-ende`, `-ierte`, `-ische` and their declined forms: a participle's or an adjective's ending in German and Dutch. */
const ADJECTIVE_ENDING = /\p{L}{3}(?:end|iert|isch)e[nrsm]?$/u;

/**
 * `Van Weel`, `De Vries`, `Von der Leyen`: a surname written without its first name opens on its particles, capitalised,
 * and ends on the word after them; a particle after that word says what its bearer is of (`Minister Van Weel van
 * Buitenlandse Zaken`, the minister of foreign affairs), no part of the name. Not Arabic's particles, which open a
 * full name (`Abu Bakr al Baghdadi`).
 */
function withoutWhatItIsOf(name: string): string {
  const words = name.split(" ");
  let surname = 0;
  while (EUROPEAN_PARTICLE.test(words[surname] ?? "")) surname++;
  const of = words[surname + 1];
  return surname > 0 && of !== undefined && ONE_PARTICLE.test(of) ? words.slice(0, surname + 1).join(" ") : name;
}

const ARABIC_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu"]);
const EUROPEAN_PARTICLE = new RegExp(
  `^(?:${NAME_PARTICLES.filter((particle) => !ARABIC_PARTICLES.has(particle))
    .map((particle) => eitherCaseFirst(particle))
    .join("|")})$`,
  "u",
);

/** `Gobierno de Pedro Sánchez`: a name that a word heading organisations' names opens is no person's. */
const ROMANCE_HEAD_WORDS = new Set(ROMANCE_ORGANIZATION_HEAD_WORDS);

/**
 * `Gobierno de Irak`, `Regierung von Irak`: a name whose particle a country's name follows is a body's or a title's
 * (compromise reads capitalised words in another language as names), not a person's; so is one whose particle a
 * town's name follows (IN_A_PLACE).
 */
function ofAPlace(name: string, text: string, language: string): boolean {
  const place = /\s(?:de|del|du|des|da|do|di|von|van|of)\s(.+)$/u.exec(name)?.[1];
  if (place === undefined) return false;
  if (COUNTRY_NAMES.has(place) || countryNamesIn(language).has(place.toLowerCase())) return true;
  const inPlace = IN_A_PLACE[language];
  return inPlace !== undefined && wordsBefore(place, text).some((word) => inPlace.test(word));
}

/**
 * The words for "in" before a town's name in the languages compromise reads capitalised words of as names: a name
 * the text writes after one is a place's (`en Estambul`), and a name that is of it a body's or a building's (`la
 * discoteca Reina de Estambul`), not a person's.
 */
const IN_A_PLACE: Readonly<Record<string, RegExp>> = {
  es: /^en$/i,
  fr: /^(?:à|en|dans)$/i,
  it: /^in$/i,
  pt: /^em$/i,
  de: /^in$/i,
  nl: /^in$/i,
};

/**
 * A surname alone (`Rasul`, `Al-Kazemi`) stands for the full name it ends; a fragment that ends no full name and
 * is a single word is dropped, since it cannot be told from a place or a common noun.
 */
function mergePeople(names: string[]): string[] {
  const full = unique(names.filter((name) => name.includes(" ")));
  const fullNames = full.filter((name) => !full.some((other) => other !== name && endsWithName(other, name)));
  const result = new Set<string>();
  for (const name of names) {
    const owner = fullNames.find((candidate) => candidate === name || endsWithName(candidate, name));
    if (owner) result.add(owner);
  }
  return [...result].sort((a, b) => a.localeCompare(b));
}

function endsWithName(full: string, part: string): boolean {
  const lower = full.toLowerCase();
  const tail = part.toLowerCase();
  return lower !== tail && lower.endsWith(` ${tail}`);
}

/**
 * `Basra province`, `the Kurdistan Region`: the kind of place after a name is no part of it. A capitalised `City` is:
 * `Sadr City`, `Kuwait City` (stripped, it left the place `Sadr`).
 */
const KIND_AFTER_PLACE = /\s+(?:[Pp]rovince|[Rr]egion|city|[Gg]overnorate|[Tt]erritory)$/u;
/**
 * `the 2027 Gulf Cup final`, `the Asian Games`: compromise reads a contest named for a place as one; a name that ends
 * in a contest's word names the contest.
 */
const CONTEST = /\s(?:Cup|Games|Championships?|Olympics|Tournament|Trophy|Derby|Rally|Marathon)$/u;

const TITLE_AFTER_PLACE = new RegExp(`(?<=\\S) (?=(?:${TITLES})(?: |$))`, "u");

function cleanPlace(raw: string): string[] {
  // `DOHA —`, a dateline: a word of four capitals or more is written as the place's name is elsewhere.
  const name = cleanName(raw.replace(/['’]s\b.*$/u, "")).replace(
    /(?<!\p{L})(\p{Lu})(\p{Lu}{3,})(?!\p{L})/gu,
    (_, first: string, rest: string) => first + rest.toLowerCase(),
  );
  if (COUNTRY_NAMES.has(name)) return [name];
  const parts = name
    // compromise reads a list of places as one: `Iran, Japan`; `Washington, D.C.` is one place.
    .split(/\s+of\s+|,(?!\s*\p{Lu}\.)\s*/u)
    // `China-brokered`, `Iraq-Turkey pipeline`, `the Iran–Iraq border` (an en dash, as Wikipedia joins two places): a
    // word after a hyphen is no part of a place's name, nor one before another place's. Words after hyphens with a
    // capital among them are: `Port-au-Prince`.
    .flatMap((part) =>
      !COUNTRY_NAMES.has(part) && COUNTRY_NAMES.has(part.split(/[-–]/u)[0]!)
        ? part.split(/[-–]/u)
        : [part.replace(/-\p{Ll}[\p{Ll}-]*$/u, "")],
    )
    // `Kurdistan Region Minister of Finance …`: a person's title after a place's name is no part of it.
    .map((part) => part.split(TITLE_AFTER_PLACE)[0]!)
    .map((part) => part.replace(/^(\p{Ll}+\s+)+/u, "").replace(KIND_AFTER_PLACE, ""))
    // `Kuwait City`, `Mexico City`: a capital named for its country names the country too.
    .flatMap((part) => {
      const country = /^(.+) City$/u.exec(part)?.[1];
      return country !== undefined && COUNTRY_NAMES.has(country) ? [part, country] : [part];
    })
    // A place's name ends on a capitalised word: `the Iraqi state news agency` names none.
    // `St` (of `St James' Park`), `Mt`: an abbreviation alone names no place; `UK`, in capitals, does. Nor does a
    // person's title, which compromise may read as one before a name (`pits Gov. Greg Abbott`).
    .filter((part) => /^\p{Lu}/u.test(part) && !/\s\p{Ll}+$/u.test(part) && !isDemonym(part) && /^\p{Lu}+$|\p{L}{3}/u.test(part))
    .filter((part) => !TITLE_WORDS.has(part) && !TITLE_WORDS.has(`${part}.`) && !CONTEST.test(part))
    // `the city's Arab, Kurdish and Turkmen districts`: compromise's lexicon knows `Arab` as an adjective.
    .filter((part) => part.includes(" ") || lexiconTags(part).join() !== "Adjective");
  // `State of Law`, a coalition, is no `State` and no `Law`: a part is a place's name or a word that may be a name's.
  return parts.length > 1 ? parts.filter((part) => part.includes(" ") || isPlaceName(part) || mayBeNameWord(part)) : parts;
}

function findOrganizations(text: string, language: string): string[] {
  const romance = ROMANCE_LANGUAGES.has(language);
  const found: string[] = [];
  for (const match of text.replace(/["“”]/g, "").matchAll(ACRONYM_EXPANSION)) {
    const expansion = trimToInitials(match[1]!, match[2]!);
    if (expansion) found.push(expansion);
  }
  // `Banque du Liban Governor Riad Salameh`: a title and a name after the body's name are no part of it.
  if (!romance) for (const [body] of text.matchAll(ROMANCE_BODY)) found.push(cleanName(body.split(TITLE_BEFORE_NAME)[0]!));
  const titleCased = titleCaseLines(text);
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
      const named = romance ? part.replace(ROMANCE_ARTICLE_FIRST, "") : part;
      const run = stripPeopleOf(named.replace(/^(The|A|An|This|That)\s+/, "").replace(ROLE_OF, "")).split(TITLE_BEFORE_NAME)[0]!;
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

/**
 * Where the lines of `text` in title case are (`Iraq’s Parliament Approves New Cabinet`, a headline or a subhead), as
 * [start, end) offsets: their capitalised runs (`Parliament Approves New Cabinet`) name nothing.
 */
function titleCaseLines(text: string): [number, number][] {
  if (titleCasedOf?.text === text) return titleCasedOf.lines;
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (inFullTitleCase(line)) lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  titleCasedOf = { text, lines };
  return lines;
}

/** The last text's lines in title case: findOrganizations and extractEntities both ask for an article's. */
let titleCasedOf: { text: string; lines: [number, number][] } | undefined;

/**
 * `KPMG`, `the KRG`, `DNO`: an initialism written alone, in a line not in capitals, names an organisation, unless
 * compromise's lexicon knows it as something else (`UK`, `CEO`, `TV`, `IT`) or it is one of the measures, times and
 * things news abbreviates (NOT_AN_ORGANIZATION_INITIALISM) or a Roman numeral. Not a plural (`NGOs`), nor a part of a
 * hyphened word (`US-led`, `ISIS-K`), nor a word of a name in capitals (`Photo by SAFIN HAMED`).
 */
function initialismsAlone(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(INITIALISM)) {
    const word = match[0];
    if (NOT_AN_ORGANIZATION_INITIALISM.has(word) || ROMAN_NUMERAL.test(word)) continue;
    const tags = lexiconTags(word);
    if (tags.some((tag) => tag !== "Organization") || inLineOfCapitals(text, match.index)) continue;
    if (besideWordInCapitals(text, match.index, match.index + word.length)) continue;
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
function withoutInitialismsSpelledOut(organizations: string[], text: string): string[] {
  const spelledOut = (org: string) =>
    /^\p{Lu}{2,6}$/u.test(org) && organizations.some((other) => other !== org && text.includes(`${other} (${org})`));
  return organizations.filter((org) => !spelledOut(org));
}

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
function isOrganizationName(name: string): boolean {
  if (name.length < 2 || name.includes(",") || isDemonym(name)) return false;
  // `the U.S.-backed militia`: a compound adjective, no name.
  if (/-\p{Ll}+$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.every((word) => lexiconTags(word).some((tag) => CALENDAR_TAGS.has(tag)))) return false;
  return words.every(
    (word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(of|the|and|for|al-\p{L}+)$/u.test(word) || ROMANCE_JOINING_WORD.test(word),
  );
}

const CALENDAR_TAGS = new Set(["WeekDay", "Month"]);
/** `de`, `la`, `l’Intérieur`, `d’Algérie`: the words between an organisation's capitalised words in a Romance language. */
const ROMANCE_JOINING_WORD = new RegExp(`^(?:de|la|los|las|${ROMANCE_JOINS}|[dl]['’]\\p{Lu}.*)$`, "u");

function unique(values: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, value);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
