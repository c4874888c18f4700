import { COUNTRY_NAMES, countryNamesIn, withPersianLetters } from "../countries.ts";
import { isOtherMonthName, isOtherWeekdayName } from "../dates.ts";
import { isKnownPlace, isVerbForm, lexiconTags, PLACE_TAGS } from "../lexicon.ts";
import { ASSIMILATED_ARTICLES, eitherCaseFirst, NOT_A_PLACE, ORGANIZATION_HEADS, ROMANCE_ORGANIZATION_HEAD_WORDS } from "../patterns.ts";
import { russianCountryForms } from "../russian-names.ts";
import { LETTER_OR_DIGIT, LONGEST_WORD_BEFORE, type Mention, mentionsOf, runsOnFromName, wordsBefore } from "./mentions.ts";
import {
  escapeRegExp,
  isDemonym,
  isPersonNoun,
  mayBeNameWord,
  NAME_WORD,
  NOT_A_NAME_WORD,
  ONE_PARTICLE,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./name-words.ts";
import { inTitleCase } from "./title-case.ts";
import { isCityName, mayOpenCityName } from "../city-names.ts";

// Places compromise misses: countries' names, towns after a preposition or a kind of place, and names their kind of
// place follows.

/**
 * compromise's lexicon takes `Jordan` and `Chad` for first names and `Turkey` for a bird: `talks with Jordan` gives
 * it no place. A country's name (COUNTRY_NAMES) in a run of capitalised words is one when it is not part of a longer
 * name: the word before it is none or one that cannot be a name's (`In Jordan`), or joins names (`Iraq and Jordan`),
 * and so is the word after it. `Jordan Peterson`, `the Jordan River`, `Turkey Day` and `Iran-aligned` name none.
 */
export function countriesIn(text: string): string[] {
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
 * longer name that a capitalised word goes on (`Maurice Papon`), but in German, which capitalises every noun. In
 * Hebrew the name may have its prepositions and conjunctions written onto it (HEBREW_PREFIXES).
 */
export function countriesInLanguage(text: string, language: string): string[] {
  // Kurmanji declines a country's name (`Iraqê`), and a body's name may end on a country's word (`Wezareta Malî`, the
  // Ministry of Finance): kurmanjiPlaces reads its countries.
  if (language === "ku") return [];
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
      const gluedOn = language === "he" && HEBREW_PREFIXES.test(lower.slice(Math.max(0, at - HEBREW_PREFIXES_LENGTH - 1), at));
      if ((LETTER_OR_DIGIT.test(lower[at - 1] ?? "") && !gluedOn) || LETTER_OR_DIGIT.test(lower[end] ?? "")) continue;
      if (aligned && (/^\p{Ll}/u.test(text[at]!) || (mayHeadName && /^ \p{Lu}/u.test(text.slice(end, end + 2))))) continue;
      found.add(listed);
    }
  }
  return [...found];
}

/**
 * The letters Hebrew writes onto a word before it, one to three of them, opening the word: `ו` (and), `ה` (the), `ב`
 * (in), `כ` (as), `ל` (to), `מ` (from), `ש` (that): `בישראל` (in Israel), `ובלבנון` (and in Lebanon), `מאיראן`.
 */
const HEBREW_PREFIXES = /(?:^|[^\p{L}\p{N}])[והבכלמש]{1,3}$/u;
const HEBREW_PREFIXES_LENGTH = 3;

/**
 * `sous la pression de Bagdad`, `Réunis à Damas`, `près de Kirkouk`: a city the gazetteer knows (city-names.ts) is a
 * place wherever an article in another language than English writes one of its names as a name of its own:
 * capitalised (not in capitals, as a dateline is: datelinePlaces), a whole word or words, and run into no name before
 * or after it (`Riad Salamé`, `Riad al-Malki`, `Léon-Gontran Damas`). A capitalised word that opens a sentence
 * goes before a city as well as a small one does (`À Bagdad`). compromise's lexicon, which is English, knows none of
 * those spellings. German capitalises its nouns (`die Hauptstadt Bagdad`), and, as countriesInLanguage reads it, its
 * cities are told by their first letter alone. An English text is left to compromise and unknownPlaces: there the
 * gazetteer's other spellings are given names or words (`Riad`, `Rom`). Listed as the article writes them; a city's
 * browse page gathers them under its English name.
 */
export function gazetteerCities(text: string, language: string): string[] {
  if (language === "en") return [];
  const found = new Set<string>();
  for (const { index: start } of text.matchAll(CAPITAL_OPENING_WORD)) {
    SPELLING_WORDS.lastIndex = start;
    const words = SPELLING_WORDS.exec(text)?.[0].split(/(?<=[ -])|(?=[ -])/u) ?? [];
    // `au Caire`: French's `au` is `à le`, and the article it holds is the one the city's name opens on (`Le Caire`).
    const article = contractedArticleBefore(text, start, language);
    const city = (article !== undefined ? cityNameIn([article, " ", ...words]) : undefined) ?? cityNameIn(words);
    if (city === undefined) continue;
    const written = article !== undefined && city.startsWith(`${article} `) ? city.slice(article.length + 1) : city;
    if (language === "de" || (!runsOnFromName(text, start) && !NAME_GOES_ON.test(text.slice(start + written.length)))) found.add(city);
  }
  return [...found];
}

/**
 * The longest name the gazetteer knows that `words` (and the joints between them) open on, ending on a capitalised
 * word: `Deir ez-Zor`, `Monaco di Baviera`, `Abu Dhabi`. None in capitals, as a dateline writes it.
 */
function cityNameIn(words: readonly string[]): string | undefined {
  if (words.length === 0 || !mayOpenCityName(words[0]!)) return undefined;
  for (let end = words.length; end > 0; end -= 2) {
    const name = words.slice(0, end).join("");
    if (!/^\p{Lu}/u.test(words[end - 1]!) || !isCityName(name)) continue;
    return /^\p{Lu}{2,}(?![\p{Ll}])/u.test(name) ? undefined : name;
  }
  return undefined;
}

/**
 * The article a preposition before `at` holds, as a city's name opens on it: French `au` and `du` (`à le`, `de le`)
 * hold `Le`, `aux` and `des` hold `Les`; Spanish `al` and `del` (`a el`, `de el`) hold `El` (`al Cairo`, `El Cairo`).
 */
function contractedArticleBefore(text: string, at: number, language: string): string | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - LONGEST_WORD_BEFORE), at))?.[1]!.toLowerCase();
  return word === undefined ? undefined : CONTRACTED_ARTICLES[language]?.[word];
}

const CONTRACTED_ARTICLES: Record<string, Record<string, string>> = {
  fr: { au: "Le", du: "Le", aux: "Les", des: "Les" },
  es: { al: "El", del: "El" },
};
const WORD_BEFORE = /(?<!\p{L})(\p{L}+) $/u;

/** A capital that opens a word, not one after a hyphen (`Al-Hasakah` is read from `Al`). */
const CAPITAL_OPENING_WORD = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}/gu;
/** Up to four words joined by spaces or hyphens, as the gazetteer's longest names have. */
const SPELLING_WORDS = /[\p{L}\p{M}'’]+(?:[ -][\p{L}\p{M}'’]+){0,3}/uy;
/** A capitalised word or a name's particle and one after the name: it is part of a longer one. */
const NAME_GOES_ON = new RegExp(`^ (?:\\p{Lu}|(?:al|el|bin|ben|ibn|bint|abu|${ASSIMILATED_ARTICLES.join("|")})[ -]\\p{Lu})`, "u");

/**
 * Capitalised words, and the small words inside a country's name (`Isle of Man`, `Bosnia and Herzegovina`). Not before
 * a currency's sign: `US$1.4 billion` names a currency, the dollar, no country.
 */
const COUNTRY_RUN =
  /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’.-]*(?: (?:(?:of|and|the|da|&) )*\p{Lu}[\p{L}'’.-]*)*(?![\p{L}\p{N}\p{Sc}-])/gu;
export const JOINING_WORD = /^(?:of|and|the|da|&)$/;
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
 * headlines and captions, are not read: every word of them is capitalised. German capitalises every noun, and writes
 * some after `in` with no article (`in Gefahr`, in danger; `in Haft`, in custody): there a word compromise does not
 * know is a place's only where the text writes it so more than once, it is a city the site's gazetteer knows (`in
 * Erbil`), or it has a letter no German word has (`in Zahlé`). Of the languages ingest reads, German alone
 * capitalises its nouns. French writes a town after its own prepositions (FRENCH_PLACE_LISTS), and after French
 * words wherever the text names it; English's tests of what follows a person's name read English only.
 */
export function unknownPlaces(text: string, language: string): string[] {
  const french = language === "fr";
  const candidates = new Set<string>();
  for (const line of text.split("\n")) {
    if (inTitleCase(line)) continue;
    if (!french) for (const run of citiesPairedWith(line)) candidates.add(run);
    for (const { first, listed } of placeLists(line, french ? FRENCH_PLACE_LISTS : ENGLISH_PLACE_LISTS)) {
      for (const run of [first, ...listed]) {
        const words = run.split(" ");
        // `in der Nähe` (German's "near"): a word in small letters apart from the name opens no place's.
        const named = words.every(isUnknownPlaceWord) && !words.every((word) => ONE_PARTICLE.test(word)) && !/^\p{Ll}+ /u.test(run);
        if (named && !ORGANIZATION_HEADS.test(run) && !(french && ROMANCE_HEADS.has(words[0]!))) candidates.add(run);
      }
    }
  }
  // Every candidate was seen where a place's name goes; one inside a list (`, Zakho and`) may have no word before it.
  return [...candidates].filter((name) =>
    french
      ? wordsBefore(name, text).every((word) => FRENCH_BEFORE_A_PLACE.test(word))
      : wordsBefore(name, text, opensReportedClause(text)).every((word) => BEFORE_A_PLACE.test(word)) &&
        !writtenAsPerson(name).test(text) &&
        (language !== "de" || isGermanPlace(name, text)),
  );
}

/**
 * The runs of capitalised words a line writes where places' names go, as unknownPlaces reads them: the one after a
 * preposition, and the rest of a list it opens (`in Duhok, Zakho and Sulaymaniyah`), each without the preposition a
 * list may say again (`from Halabja, from Mahabad`). Not after a word that says the name is no town's (`published in
 * Le Monde`, `a déclaré à Rudaw`), nor after a person who comes from somewhere unless a person's noun says so; and
 * `entre Bagdad et Erbil` (French's "between") only where the list opens on a city or a country known: it is said of
 * people as often (`entre Erdogan et Poutine`).
 */
function placeLists(line: string, lists: PlaceLists): { first: string; listed: string[] }[] {
  return [...line.matchAll(lists.after)].flatMap((match) => {
    if (lists.notAfter.test(line.slice(Math.max(0, match.index - LONGEST_WORD_BEFORE), match.index))) return [];
    const { run: first, person, between } = match.groups!;
    if (person !== undefined && !isPersonNoun(person)) return [];
    if (between !== undefined && !isCityOrCountry(first!)) return [];
    lists.rest.lastIndex = match.index + match[0].length;
    const rest = lists.rest.exec(line);
    const listed = rest ? [...rest[1]!.split(", ").slice(1), rest[2]!].map((run) => run.replace(lists.preposition, "")) : [];
    // `In Baghdad, Kadhimi and Salih met`: a comma after a sentence's opening place ends the phrase, not a name.
    const opensSentence = /^\p{Lu}/u.test(match[0]);
    const subject =
      rest !== null && inOpeningPhrase(line.slice(0, match.index)) && namesSubject(listed, line, rest.index + rest[0].length);
    const isList = rest && !(rest[0].startsWith(",") && (opensSentence || subject));
    return [{ first: first!, listed: isList ? listed : [] }];
  });
}

/**
 * `At a meeting in Erbil,`: whether the sentence that `before` ends in opens on a preposition, and no comma has yet
 * ended that opening phrase. Its subject comes after the comma that ends it; `Rescue crews in Tampa, Sarasota and Fort
 * Myers worked` has one before.
 */
function inOpeningPhrase(before: string): boolean {
  // A mark run into the next word (`Who?Nobody`, a scrape's glued sentences) leaves no sentence's start to read.
  const sentence = SENTENCE_SO_FAR.exec(before)?.[1];
  if (sentence === undefined) return false;
  const first = /^\p{Lu}\p{Ll}*/u.exec(sentence)?.[0];
  return first !== undefined && lexiconTags(first).includes("Preposition") && !/[,;:]/u.test(sentence);
}

/** What a line has of its last sentence. */
const SENTENCE_SO_FAR = /(?:^|[.!?]["”’)]*\s+)([^.!?]*)$/u;

/**
 * `At a meeting in Erbil, Masrour Barzani and Qubad Talabani agreed`: names after a sentence's opening phrase and its
 * comma that a verb follows (`end`, where the last of them ends) are the subject of the verb, no places of the
 * phrase's; unless one of them is a place known (`in Erbil, Duhok and Kirkuk are`), which says the list is of places.
 * An adverb may stand between (`also agreed`).
 */
function namesSubject(names: readonly string[], line: string, end: number): boolean {
  const [, first, second] = WORDS_AFTER.exec(line.slice(end)) ?? [];
  const verbAfter = first !== undefined && (isVerbForm(first) || (lexiconTags(first).includes("Adverb") && isVerbForm(second ?? "")));
  return verbAfter && !names.some(isPlaceKnown);
}

/** A city the gazetteer knows, a country, or a place compromise's lexicon knows (`Baghdad`). */
const isPlaceKnown = (name: string) => isCityOrCountry(name) || isKnownPlace(name);

/** The first word after a run, and the one after it, in small letters. */
const WORDS_AFTER = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u;

interface PlaceLists {
  /** A preposition, or a verb, then the first place's run (`run`); `person` a person's noun before "from". */
  after: RegExp;
  /** What the text before the preposition ends on where what follows is no town. */
  notAfter: RegExp;
  /** The rest of the list, from the first place's end: the runs after commas (1), and the last one (2). */
  rest: RegExp;
  /** A preposition said again before a place of the list. */
  preposition: RegExp;
}

/** A city the gazetteer knows (city-names.ts), or a country as French or English writes it. */
const isCityOrCountry = (name: string) =>
  isCityName(name) || COUNTRY_NAMES.has(name) || countryNamesIn("fr").has(name.toLowerCase());

const isGermanPlace = (name: string, text: string) =>
  NOT_GERMAN_LETTER.test(name) || isCityName(name) || mentionsOf(name, text).length > 1;
const NOT_GERMAN_LETTER = /[^\p{Lu}a-zäöüß '’-]/u;

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
export function isNamedAsPlace(name: string, text: string, described: readonly string[]): boolean {
  const words = name.split(" ");
  if (PLACE_KIND_IN_CAPITALS.test(words.at(-1)!) && words.length > 1) return true;
  if (!GEOGRAPHIC_FIRST_WORDS.has(words[0]!) || words.length < 2 || words.length > 3 || described.includes(name)) return false;
  const isPersonWord = (word: string) => TITLE_WORDS.has(word) || TITLE_WORDS.has(word.toLowerCase()) || isPersonNoun(word.toLowerCase());
  return !wordsBefore(name, text).some(isPersonWord);
}

/** `Saladin Governorate`, `Anbar Province`, `Sadr City`: a kind of place in capitals is part of the place's name. */
export const PLACE_KIND_IN_CAPITALS = new RegExp(`^(?:${PLACE_KINDS.replace(/(?<!\p{L})\p{Ll}/gu, (letter) => letter.toUpperCase())})$`, "u");
/** Arabic words that open a place's name: a valley, a mountain, a hill, a cape, an inlet, a well, a spring, a bridge. */
const GEOGRAPHIC_FIRST_WORDS = new Set(["Wadi", "Jabal", "Jebel", "Jabel", "Tal", "Tall", "Tell", "Ras", "Khor", "Khawr", "Bir", "Ain", "Jisr"]);
/**
 * One comes back, flees or is driven from a town, and has a statement or a call from a person: "from" goes before a
 * town after these alone (`families displaced from Sinjar`, `returned from Najaf`; not `a statement from Zebari`,
 * nor `a letter came from Kadhimi`).
 */
const MOVES =
  "(?:fled|flee|fleeing|returned|returning|return|withdrew|withdrawn|withdrawing|arrived|travelled|traveled|flew|moved|driven|expelled|evacuated|displaced)";
/**
 * Where people go is a town (`They go to Erbil, then to Lebanon`, `families who fled to Duhok`), as where they come
 * from is; what they talk to is a person.
 */
const GOES =
  "(?:go|goes|going|went|gone|fled|flee|fleeing|moved|moving|travelled|traveled|flew|returned|returning|headed|deported|relocated|emigrated)";
/** A town is visited; a person is met (`visited Erbil, where he met Masrour Barzani`). */
const VISITS = ["visit", "visits", "visited", "visiting"];
/** One to three words of a place's name, not part of a longer name. */
const PLACE_RUN = `${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
/**
 * A place's run ends the name: no letter, nor a capitalised word, nor an Italian or a German name's joining word and a
 * capitalised one go on it (`at Ricerche Industriali ed Energetiche`, an institute's name).
 */
const RUN_ENDS = `(?![\\p{L}\\p{N}'’-]| +\\p{Lu}| (?:ed|di|del|della|dei|degli|delle|per|für) \\p{Lu})`;
/** Those who live in a town: `residents of Tikrit`, `a resident of Eagle Pass`. */
const RESIDENTS = ["residents", "resident", "inhabitants", "natives", "native"].map((word) => eitherCaseFirst(word)).join("|");
/** A person, then "from" (isPersonNoun); the forms of "come" between: `artists come from Halabja`. */
const PERSON_FROM = "(?<person>\\p{Ll}+)(?: (?:come|comes|came|coming|hail|hails|hailed))? from";
/** A place's name after a preposition, not a possessive (`in Parly’s absence`) nor part of a longer name. */
const AFTER_PLACE_PREPOSITION = new RegExp(
  `(?<!\\p{L})(?:${[...PLACE_PREPOSITIONS, ...VISITS].map((word) => eitherCaseFirst(word)).join("|")}|${KINDS_OF_PLACE} of|(?:${RESIDENTS}) of|${MOVES} from|${GOES} to|${PERSON_FROM}) (?<run>${PLACE_RUN})${RUN_ENDS}`,
  "gu",
);
/** A list may say its preposition again before each town: `from Halabja, from Mahabad and from Afrin`. */
const LIST_PREPOSITION = new RegExp(`^(?:${[...PLACE_PREPOSITIONS, "from"].join("|")}) `, "u");
const LIST_ITEM = `(?:(?:${[...PLACE_PREPOSITIONS, "from"].join("|")}) )?${PLACE_RUN}${RUN_ENDS}`;
/** The rest of a list the first place's name begins: `in Duhok, Zakho and Sulaymaniyah`. */
const LIST_REST = new RegExp(`((?:, ${LIST_ITEM})*),? (?:and|or) (${LIST_ITEM})`, "uy");
const ENGLISH_PLACE_LISTS: PlaceLists = {
  after: AFTER_PLACE_PREPOSITION,
  notAfter: PUBLISHED_BEFORE,
  rest: LIST_REST,
  preposition: LIST_PREPOSITION,
};

/**
 * French writes a town after `à` (in, at, to) and `près de` (near), and a list between `entre` and `et` (`entre
 * Kirkouk, Salaheddine et Diyala`). `à` is "to" as well, where a person goes after it (`a déclaré à Rudaw`, `a
 * succédé à Kadhimi`): not after a verb of saying, answering, giving or following, nor `grâce` (thanks to) or
 * `hommage` (tribute to), nor before `que`, which opens what was said to the name (`a dit mardi à Rudaw que`). `au`,
 * `aux` and `en` go before a country's or a region's name, and a body's as often (`au Parlement`, `lié au
 * Hezbollah`): a country's the country lists read (countriesInLanguage), a town's the gazetteer (gazetteerCities).
 */
const FRENCH_PLACE_LISTS: PlaceLists = {
  after: new RegExp(
    `(?<!\\p{L})(?:(?:[àÀ]|[Pp]rès de|(?<between>[Ee]ntre)) |[Pp]rès d['’])(?<run>${PLACE_RUN})${RUN_ENDS}(?! qu(?:e |['’]))`,
    "gu",
  ),
  notAfter:
    /(?<!\p{L})(?:déclaré|dit|indiqué|confié|expliqué|affirmé|assuré|répondu|demandé|écrit|annoncé|précisé|raconté|souligné|ajouté|accordé|adressé|proposé|reproché|succédé|téléphoné|rapporté|parlé|grâce|hommage)e?s? $/u,
  rest: new RegExp(`((?:, (?:à )?${PLACE_RUN}${RUN_ENDS})*),? (?:et|ou) ((?:à )?${PLACE_RUN}${RUN_ENDS})`, "uy"),
  preposition: /^à /u,
};
/** `à Parlement`: a body's head word opens no town's name. */
const ROMANCE_HEADS: ReadonlySet<string> = new Set(ROMANCE_ORGANIZATION_HEAD_WORDS);
/** The words a place's name is written after in French: in, at, to, of, near, towards, since, between, and, or. */
const FRENCH_BEFORE_A_PLACE = /^(?:à|au|aux|en|de|du|des|près|vers|depuis|dans|entre|et|ou)$/iu;

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
/**
 * The run before "and": not the end of a list (`In Baghdad, Kadhimi and Salih met`) nor of a longer name. A figure in
 * brackets may follow it, as a count of cases does each place's (`followed by Baghdad (97) and Missan (64)`).
 */
const NAME_RUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<!, |\\p{Lu}[\\p{L}'’.-]* )(${PLACE_RUN})(?: \\([\\d.,%]+\\))?$`, "u");
const NAME_RUN_AFTER = new RegExp(`(${PLACE_RUN})${RUN_ENDS}`, "uy");
/** Far enough back to read a run of three name words and what stands before it. */
const LONGEST_RUN_BEFORE = 100;

/**
 * `I went back to Basra`, `they came from Duhok and Sulaimani`, `the victims were from Duhok`: where one goes back to
 * and where people come from is a place; but a matter comes back to a person, and a call is from one (`it came back to
 * Kadhimi`, `the call was from Zebari`). After these a name, and the rest of a list it opens, is a place's where it is
 * a place known (isPlaceKnown). So is each of two places known joined by "and" before a verb, which are a
 * sentence's subject (`In October 2020, Baghdad and Erbil signed`, `why Erbil and Baghdad still can't agree`), whatever
 * word goes before them: unknownPlaces reads a name only after the words a place's goes after. Lines in title case are
 * not read.
 */
export function knownPlacesByCue(text: string): string[] {
  const places = new Set<string>();
  for (const line of text.split("\n")) {
    if (inTitleCase(line)) continue;
    for (const { first, listed } of placeLists(line, KNOWN_PLACE_CUES)) {
      for (const run of [first, ...listed]) if (isPlaceKnown(run)) places.add(run);
    }
    for (const pair of knownPlacesAsSubject(line)) for (const place of pair) places.add(place);
  }
  return [...places];
}

const KNOWN_PLACE_CUES: PlaceLists = {
  after: new RegExp(`(?<!\\p{L})(?:back to|(?:come|comes|came|coming|is|are|was|were) from) (?<run>${PLACE_RUN})${RUN_ENDS}`, "gu"),
  notAfter: PUBLISHED_BEFORE,
  rest: LIST_REST,
  preposition: LIST_PREPOSITION,
};

/**
 * The pairs of places known a line joins by "and" before a verb, or a word and a verb (`still can't`). The run before
 * "and" may open on a word of the sentence's (`When Baghdad`): the place is the longest of its tails known.
 */
function knownPlacesAsSubject(line: string): [string, string][] {
  return [...line.matchAll(AND_WORD)].flatMap(({ index, 0: joint }) => {
    const run = NAME_RUN_ENDING.exec(line.slice(Math.max(0, index - LONGEST_RUN_BEFORE), index))?.[1];
    const first = run === undefined ? undefined : knownTail(run);
    if (first === undefined) return [];
    NAME_RUN_AFTER.lastIndex = index + joint.length;
    const second = NAME_RUN_AFTER.exec(line)?.[1];
    if (second === undefined || !isPlaceKnown(second)) return [];
    const [, next, then] = WORDS_AFTER.exec(line.slice(NAME_RUN_AFTER.lastIndex)) ?? [];
    return next !== undefined && (isVerbForm(next) || isVerbForm(then ?? "")) ? [[first, second]] : [];
  });
}

const AND_WORD = / and /gu;
const NAME_RUN_ENDING = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${PLACE_RUN})$`, "u");

/** The longest tail of a run's words that is a place known: `Baghdad` of `When Baghdad`. */
function knownTail(run: string): string | undefined {
  const words = run.split(" ");
  return words.map((_, i) => words.slice(i).join(" ")).find(isPlaceKnown);
}
/**
 * `in 11 governorates, including Nineveh, Anbar, Salah al-Din and Kirkuk`, `cities such as Mosul and Tikrit`: the names
 * a plural kind of place goes before in a list are places', though compromise reads one as a person's (`Salah al-Din`,
 * the province named for Saladin). Every word of each is a place's (isPlaceNameWord).
 */
export function placesListedByKind(text: string): string[] {
  return [...text.matchAll(KIND_THEN_LIST)].flatMap(([, list]) =>
    list!.split(/, (?:and |or )?| (?:and|or) /).filter((run) => run.split(" ").every(isPlaceNameWord)),
  );
}

/**
 * `mass graves in Nineveh, Anbar and Salah al-Din`: a name in a list of three or more that a place's preposition opens
 * (placeLists) is a place's where no other name of the list is a person's (`people`), though compromise reads it as a
 * person's (`Salah al-Din`, the province named for Saladin). `talks in Baghdad, Kadhimi and Salih agreed` lists people
 * after a place. Lines in title case are not read.
 */
export function listedAmongPlaces(text: string, language: string, people: readonly string[]): string[] {
  const lists = language === "fr" ? FRENCH_PLACE_LISTS : ENGLISH_PLACE_LISTS;
  return text
    .split("\n")
    .filter((line) => !inTitleCase(line))
    .flatMap((line) => placeLists(line, lists))
    .map(({ first, listed }) => [first, ...listed])
    .filter((names) => names.length >= FEWEST_LISTED)
    .flatMap((names) => names.filter((name) => names.every((other) => other === name || !people.includes(other))));
}

const FEWEST_LISTED = 3;

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
 * `the Karrada district`, `southern Iraq's Basra region`, `the Zanjili and Maydan neighbourhoods`, `Baghdad's Tahrir
 * Square`: a name that a kind of place in small letters follows (or a square, street or bridge, which is part of the
 * name) is a place's, whatever compromise's lexicon makes of it. Not `the Sunni province of Anbar`, where the words
 * before the kind say what the place is; lines in title case are not read.
 */
export function placesBeforeTheirKind(text: string): string[] {
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

/**
 * `della piazza Hosh al-Bieaa`, `la ville de Qaraqosh`, `la provincia de Nínive`, `le quartier d'Al-Maydan`: French,
 * Italian, Spanish and Portuguese write a kind of place in small letters before its name, joined by `de` or `di` (`d'`
 * before a vowel) or not; the name after it is a place's, though compromise reads it as a person's. Squares, cities,
 * villages, provinces and governorates, districts, regions and quarters; not `via` nor `rue`, words of other uses too
 * (`via Twitter`).
 */
export function placesAfterTheirKind(text: string): string[] {
  return [...text.matchAll(ROMANCE_KIND_THEN_NAME)].flatMap(({ 1: name }) => (name!.split(" ").every(isPlaceNameWord) ? [name!] : []));
}

const ROMANCE_KINDS = [
  ...["piazza", "città", "villaggio", "provincia", "governatorato", "distretto", "regione", "quartiere"],
  ...["place", "ville", "village", "province", "gouvernorat", "district", "région", "quartier"],
  ...["plaza", "ciudad", "pueblo", "aldea", "gobernación", "distrito", "región", "barrio"],
  ...["praça", "cidade", "aldeia", "província", "região", "bairro"],
];
const ROMANCE_KIND_THEN_NAME = new RegExp(
  `(?<!\\p{L})(?:${ROMANCE_KINDS.join("|")})(?: (?:di|de|da|do) | d['’]| )(${PLACE_RUN})${RUN_ENDS}`,
  "gu",
);

// A river by its name (`the Tigris and Euphrates rivers`), or by the name it is known by (`the Jordan River`); a
// mountain or a range (`the Qandil mountains`), a plain (`the Nineveh plains`).
// A camp by its name, for refugees or not (`the Makhmour refugee camp`, `the Azraq and Zaatari camps`).
// A waterway by its name, and by another it is known by in brackets (`the Arvand Rud (Shatt al-Arab) waterway`).
const KIND_AFTER_A_NAME = `(?:(?:${PLACE_KINDS}|neighbou?rhood|river|waterway|canal|mountain|plain|(?:refugee )?camp)s?|(Square|Street|Bridge|River))`;
/** `the St. Johns River`: the abbreviation is the name's. */
const SAINT_OR_MOUNT = "(?:St|Mt)\\.?";
const IS_SAINT_OR_MOUNT = new RegExp(`^${SAINT_OR_MOUNT}$`);
export const KIND_OF_PLACE_WORD = new RegExp(` ${KIND_AFTER_A_NAME}(?!\\p{L})`, "u");
const KIND_OF_PLACE_NEXT = new RegExp(`^ ${KIND_AFTER_A_NAME}(?!\\p{L})`, "iu");

/** `Kurdistan` of `the Kurdistan Region Mine Action Agency`: a name the text writes before its kind of place somewhere. */
export function writtenBeforeItsKind(place: string, text: string): boolean {
  return mentionsOf(place, text).some(({ index }) => KIND_OF_PLACE_NEXT.test(text.slice(index + place.length, index + place.length + 40)));
}
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
 * `un mercato a Maarat al-Numan, nel nord-ovest della Siria`, `un mercado en Maarat al-Numan`: a name with Arabic's
 * article inside, which an article in Spanish, French, Italian or Portuguese writes only after a preposition of place,
 * is a town's, though compromise reads it as a person's. `en` and `em` say where (Italian's `in` is English's:
 * PLACE_PREPOSITION); `a`, `à` and `ad` say to whom too (`ha telefonato a Nouri al-Maliki`), and say where only before
 * where the name lies: a point of the compass or a kind of place, after a comma (`, dans la province d'Idlib`).
 */
export function onlyAfterRomancePlacePreposition(name: string, text: string): boolean {
  if (!ARABIC_ARTICLE_INSIDE.test(name)) return false;
  const mentions = mentionsOf(name, text);
  const saysWhere = ({ index }: Mention) => {
    const before = ROMANCE_PLACE_PREPOSITION_BEFORE.exec(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index));
    if (before === null) return false;
    const end = index + name.length;
    return before[1] === undefined || LOCATED_AFTER.test(text.slice(end, end + LONGEST_WORD_BEFORE));
  };
  return mentions.length > 0 && mentions.every(saysWhere);
}
/** The points of the compass in French, Italian, Spanish and Portuguese: `nord-ouest`, `nord-ovest`, `noroeste`. */
const COMPASS_POINTS =
  "(?:nord|sud|norte|sur)(?:-?(?:est|ovest|ouest|este|oeste))?|noroeste|nordeste|noreste|sudoeste|suroeste|sureste|sudeste|ovest|ouest|oeste";
/** `Maarat al-Numan`, `Deir ez-Zor`: Arabic's article, or one assimilated to the word, glued to a later word. */
const ARABIC_ARTICLE_INSIDE = new RegExp(` (?:al|el|${ASSIMILATED_ARTICLES.join("|")})-\\p{Lu}`, "u");
/** `en `, `em `; group 1 `a `, `à `, `ad `, which may say to whom. */
const ROMANCE_PLACE_PREPOSITION_BEFORE = /(?<![\p{L}'’])(?:[Ee]n|[Ee]m|([AaÀà]|[Aa]d)) +$/u;
/** `, nel nord-ovest`, `, dans la province`, `, en el sur`, `, no noroeste`: where a town lies, after a comma. */
const LOCATED_AFTER = new RegExp(
  "^, (?:(?:nel|nella|a|al|alla|dans le|dans la|au|en el|en la|no|na|ao|à|del|della|de la|du|di|de|da|do) |nell['’]|dans l['’]|à l['’])" +
    `(?:${COMPASS_POINTS}|${ROMANCE_KINDS.join("|")})(?!\\p{L})`,
  "u",
);

/** `launched from the area of Jurf al-Nasr`, `the town of Hawija`: a name only ever seen after its kind of place. */
export function onlyAfterKindOf(name: string, text: string): boolean {
  const mentions = mentionsOf(name, text);
  const afterKind = ({ index }: Mention) =>
    KIND_OF_BEFORE.test(text.slice(Math.max(0, index - LONGEST_WORD_BEFORE), index));
  return mentions.length > 0 && mentions.every(afterKind);
}

const KIND_OF_BEFORE = new RegExp(`(?<!\\p{L})${KINDS_OF_PLACE} of +$`, "u");

/**
 * Places a Turkish text names, which compromise (English) reads few of: Turkish writes a name's case ending after an
 * apostrophe, and the locative and ablative (`Erbil'de`, in Erbil; `Musul'dan`, from Mosul; `Kerkük'teki`, the one in
 * Kirkuk) say a place, as no person's name takes them; so does the genitive before a point of the compass
 * (`Kerkük'ün güneybatısı`, south-west of Kirkuk), and a name before its kind of place (`Vadi eş-Şay bölgesinde`, in
 * the Wadi al-Shay area; `Sincar ilçesi`). A name set beside one of those "between" is a place too (`Kerkük ve
 * Selahaddin arasındaki bölge`, the area between Kirkuk and Salahuddin). Not a month (`Kasım'da`, in November), nor a
 * body news names by its one word (`Meclis'te`, in parliament), nor an initialism (`NATO'da`).
 */
export function turkishPlaces(text: string): string[] {
  const places = new Set<string>();
  for (const pattern of [TURKISH_PLACE_CASE, TURKISH_PLACE_BEFORE_COMPASS, TURKISH_NAME_BEFORE_KIND]) {
    for (const [, name] of text.matchAll(pattern)) if (isTurkishPlaceName(name!)) places.add(name!);
  }
  for (const [, one, other] of text.matchAll(TURKISH_PLACES_BETWEEN)) {
    if (places.has(one!) && isTurkishPlaceName(other!)) places.add(other!);
    if (places.has(other!) && isTurkishPlaceName(one!)) places.add(one!);
  }
  return [...places];
}

/**
 * `Muhammed Şiya es-Sudani Bağdat` of `Muhammed Şiya es-Sudani Bağdat'ta görüştü` (met in Baghdad): with the case
 * endings taken off, a name runs on into the place after it. A name whose last word the text writes, every time, with
 * the locative or the ablative (which say a place, turkishPlaces) ends before that word; `name` unchanged otherwise.
 */
export function withoutTurkishPlaceAfter(name: string, text: string): string {
  const cut = name.lastIndexOf(" ");
  if (cut < 0) return name;
  const mentions = mentionsOf(name, text);
  const inPlaceCase = ({ index }: Mention) => {
    TURKISH_PLACE_CASE_ENDING.lastIndex = index + name.length;
    return TURKISH_PLACE_CASE_ENDING.test(text);
  };
  return mentions.length > 0 && mentions.every(inPlaceCase) ? name.slice(0, cut) : name;
}

/** One capitalised Turkish word, `Selahaddin`, `Ayn-El Arab`'s parts. */
const TURKISH_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const TURKISH_CASE = "['’]n?";
/** The locative and the ablative, and the locative's `-ki` (the one in). */
const TURKISH_PLACE_ENDING = `${TURKISH_CASE}(?:da|de|ta|te|dan|den|tan|ten)(?:ki)?(?!\\p{L})`;
const TURKISH_PLACE_CASE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${TURKISH_WORD})${TURKISH_PLACE_ENDING}`, "gu");
const TURKISH_PLACE_CASE_ENDING = new RegExp(TURKISH_PLACE_ENDING, "uy");
const TURKISH_PLACE_BEFORE_COMPASS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${TURKISH_WORD})${TURKISH_CASE}(?:ın|in|un|ün) (?:kuzey|güney|doğu|batı)`,
  "gu",
);
/** A name, two words at most (`Vadi eş-Şay`), before its kind of place with the possessive: area, city, province, district, village. */
const TURKISH_NAME_BEFORE_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${TURKISH_WORD}(?: (?:\\p{Ll}{1,3}-)?\\p{Lu}\\p{Ll}+)?) (?:bölgesi|kenti|şehri|ili|ilçesi|köyü|kasabası|beldesi)(?:n\\p{Ll}*)?(?!\\p{L})`,
  "gu",
);
const TURKISH_PLACES_BETWEEN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${TURKISH_WORD}) (?:ve|ile) (${TURKISH_WORD}) arasında`,
  "gu",
);
/** Bodies Turkish news names by one word: parliament, congress, senate, ministry, palace, council, commission. */
const TURKISH_BODIES = new Set(["Meclis", "Kongre", "Senato", "Bakanlık", "Parlamento", "Saray", "Konsey", "Komisyon"]);
const isTurkishPlaceName = (name: string) => !isOtherMonthName(name) && !isOtherWeekdayName(name) && !TURKISH_BODIES.has(name);
