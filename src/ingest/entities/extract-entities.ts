import type { Aliases } from "../aliases.ts";
import { arabicOrganizations, arabicPeople, arabicPlaces } from "../arabic-names.ts";
import { COUNTRY_NAMES, countryNamesIn } from "../countries.ts";
import { lowerCased } from "../normalize.ts";
import { NOT_A_PLACE, ORGANIZATION_HEADS, ROMANCE_LANGUAGES } from "../patterns.ts";
import { hebrewPeople } from "../hebrew-names.ts";
import { kurmanjiPeople, kurmanjiPlaces, opensOnKurmanjiNoun } from "../kurmanji-names.ts";
import { persianOrganizations, persianPeople, persianPlaces } from "../persian-names.ts";
import { isNoPolishName, polishPeople, polishPlaces } from "../polish-names.ts";
import { isNoRussianName, russianPeople, russianPlaces } from "../russian-names.ts";
import { soraniPeople, soraniPlaces } from "../sorani-names.ts";
import { datelinePlaces } from "../source.ts";
import { urduPeople, urduPlaces } from "../urdu-names.ts";
import { nlp, oneSentenceALine, phrases } from "./compromise.ts";
import { initialismsAlone, namesBeforeTheirInitials, withoutInitialismsSpelledOut } from "./initialisms.ts";
import {
  type Mention,
  mentionsOf,
  onlyAfter,
  onlyInsideLongerName,
  onlyOpensLongerName,
  onlyWithinLongerNames,
  PLACE_PREPOSITION,
  THE,
} from "./mentions.ts";
import { cleanName, isDemonym, isPlaceName, partition, unique } from "./name-words.ts";
import {
  findOrganizations,
  GROUP_NAME,
  isArticleAndHead,
  isOrganizationName,
  ownName,
  ownsCutName,
  withoutCutOwner,
  ROMANCE_ARTICLE_FIRST,
  ROMANCE_HEAD_WORDS,
  splitAtPerson,
  withElidedWordBefore,
  withoutParts,
} from "./organizations.ts";
import {
  extendsName,
  fullNameIn,
  NAME_RUN,
  namesAPost,
  namesARoleOf,
  namesBesidePeople,
  namesInApposition,
  namesThatAnswer,
  namesThatLead,
  namesThatSpeak,
  namesUsedBySurname,
  romanceNamesInApposition,
} from "./people-by-usage.ts";
import {
  NOUN_ARTICLE_BEFORE,
  rolesOpeningSentences,
  withAssimilatedSurname,
  withGivenNameBefore,
  withoutNounAfterArticle,
  withoutRoles,
  withSuffix,
  withSurname,
} from "./person-names.ts";
import {
  endsWithName,
  isOpeningWord,
  isPersonName,
  mergePeople,
  ofAPlace,
  opensOnCommonWord,
  withoutOpeningWord,
  withoutWhatItIsOf,
} from "./people-filters.ts";
import {
  cleanPlace,
  isNamedAsProject,
  namedOnlyInBodies,
  namesForcesOf,
  onlyBeforePerson,
  runsInto,
  withoutOpeningThe,
  withWordGoingOn,
} from "./place-names.ts";
import {
  countriesIn,
  countriesInLanguage,
  gazetteerCities,
  isNamedAsPlace,
  knownPlacesByCue,
  listedAmongPlaces,
  onlyAfterKindOf,
  onlyAfterRomancePlacePreposition,
  placesAfterTheirKind,
  placesBeforeTheirKind,
  placesListedByKind,
  turkishPlaces,
  withoutTurkishPlaceAfter,
  unknownPlaces,
  writtenBeforeItsKind,
} from "./places.ts";
import {
  companiesListed,
  isCompanyName,
  organizationsByKind,
  romanceOrganizationsByKind,
} from "./organizations-by-kind.ts";
import { onlyInTitleCase, titleCaseLines } from "./title-case.ts";
import {
  CAPITALISED_ROLE_NAME,
  GERMAN_ROLE_NAME,
  onlyBeforeMinister,
  onlyInPortfolios,
  ROMANCE_ROLE_NAME,
  TITLED_NAME,
  titlesOfPortfolios,
  TURKISH_ROLE_FIRST,
  TURKISH_ROLE_NAME,
} from "./titled-people.ts";
import { wholeOrganizationName } from "./whole-organization-name.ts";

// The people, places and organisations an article names: the finders in this folder, put together and checked
// against each other and the alias file.

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
/** `al-Mutanabbi Street`: Arabic's article before a place's name, joined by a hyphen. */
const ARABIC_ARTICLE_FIRST = /^(?:[Aa]l|[Ee]l)-(?=\p{Lu})/u;

/**
 * `Marsh Arabs`, `Iraqi Kurds`: a name that ends on a people's name in the plural (a demonym and an `s`, or one of the
 * region's peoples compromise's lexicon does not tag as one) names the people, not where they live; no country's
 * name (COUNTRY_NAMES) is one.
 */
function namesAPeople(place: string): boolean {
  const last = place.slice(place.lastIndexOf(" ") + 1);
  if (!last.endsWith("s") || COUNTRY_NAMES.has(place)) return false;
  return PEOPLES.test(last) || isDemonym(last.slice(0, -1));
}
const PEOPLES = /^(?:Arabs|Kurds|Turks|Turkmens|Yazidis|Shabaks|Bedouins|Persians|Assyrians|Chaldeans|Armenians)$/;
/** `Reşid'i`, `Irak'ın`, `ABD'nin`: Turkish writes a name's case ending after an apostrophe; the name goes before it. */
const TURKISH_CASE_ENDING = /(?<=\p{Lu}[\p{L}-]*)['’]\p{Ll}+(?!\p{L})/gu;
/**
 * `Chief Justice John G. Roberts, Jr.`: some styles set a son's or father's mark off with a comma, which compromise and
 * the rules read as the name's end (`Roberts` and `Jr.` apart). The text is read without the comma, and the name listed
 * as news writes it most: `John G. Roberts Jr.`.
 */
const COMMA_BEFORE_GENERATION = /(?<=\p{L}),(?= +(?:Jr|Sr)\.?(?![\p{L}\p{N}'’-]))/gu;

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
  const titleCased = titleCaseLines(text);
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
    ...(ROMANCE_LANGUAGES.has(language) ? romanceNamesInApposition(text, roles) : []),
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
    .map((name) => (language === "tr" ? withoutTurkishPlaceAfter(name.replace(TURKISH_ROLE_FIRST, ""), read) : name));
  const readByRole = language === "ru" ? russianPeople(text) : [];
  const readInPolish = language === "pl" ? polishPeople(text) : [];
  const candidates = [...new Set(proposed)].filter(
    (name) =>
      isPersonName(name) &&
      // `de Mossoul`, `von Erbil`, `la Turquie`: a particle or an article in small letters opens no one's name; written
      // alone, a surname that has one opens on a capital (`De Vries`), and a name's first name goes before it.
      !/^\p{Ll}/u.test(name) &&
      !namesARoleOf(name, text) &&
      !namesAPost(name, text) &&
      ![...groups, ...headed].some((group) => ` ${group} `.includes(` ${name} `)) &&
      !ofAPlace(name, text, language) &&
      !(NOUN_ARTICLE_BEFORE[language] && opensOnCommonWord(name, text)) &&
      // `Власти Ирака`, `Иракского Курдистана`: Russian inflects places, and a run of capitals is no name for that;
      // nor is one that runs from a body into the name its role reads (`Пентагона Пэт Райдер`).
      !(language === "ru" && isNoRussianName(name, readByRole)) &&
      // `Republice Iraku`, `Stabilność Iraku`: so does Polish.
      !(language === "pl" && isNoPolishName(name, readInPolish)) &&
      !(language === "ku" && opensOnKurmanjiNoun(name)) &&
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
      ...(language === "ku" ? kurmanjiPeople(text) : []),
      ...(language === "he" ? hebrewPeople(text) : []),
      ...(language === "ur" ? urduPeople(text) : []),
      ...readInPolish.map(({ name }) => name),
      ...listed.people,
    ]),
  ];
  // `the Arvand Rud (Shatt al-Arab) waterway`: a name its kind of place follows is a place's, though compromise reads
  // it as a person's.
  const listedByKind = new Set([
    ...placesListedByKind(text),
    ...placesBeforeTheirKind(text),
    ...(ROMANCE_LANGUAGES.has(language) ? placesAfterTheirKind(text) : []),
  ]);
  // `in Nineveh, Anbar and Salah al-Din`: places, unless a role or what it says describes the name as a person's.
  const amongPlaces = new Set(listedAmongPlaces(text, language, names).filter((name) => !described.includes(name)));
  const [placeLike, personLike] = partition(
    names,
    (name) =>
      !aliases.lists("people", name) &&
      (listedByKind.has(name) ||
        amongPlaces.has(name) ||
        onlyAfter(PLACE_PREPOSITION, name, text) ||
        onlyAfterKindOf(name, text) ||
        (ROMANCE_LANGUAGES.has(language) && onlyAfterRomancePlacePreposition(name, text)) ||
        isNamedAsPlace(name, text, described)),
  );
  // The archivist's alias file knows better than the rules: `the Dalai Lama` is a person's name; `Ahrar Hezbollah`,
  // named again as `Hezbollah`, is an organisation's. So is a company's name read as a person's (`Dana Gas`), and an
  // outlet's after its kind (`la cadena Al Arabiya`).
  const byKind = ROMANCE_LANGUAGES.has(language) ? romanceOrganizationsByKind(text) : [];
  const [listedAsOther, unlisted] = partition(
    personLike,
    (name) =>
      !aliases.lists("people", name) &&
      (aliases.lists("organizations", name) || aliases.lists("places", name) || isCompanyName(name) || byKind.includes(name)),
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
          .filter((name) => !ownsCutName(name, text))
          .map((name) => withoutCutOwner(name, text))
          .map(cleanName)
          .map((name) => (ROMANCE_LANGUAGES.has(language) ? withElidedWordBefore(name, text) : name))
          .filter((name) => !onlyInPortfolios(name, portfolios, text) && !onlyBeforeMinister(name, text))
          // `Hand Over Raqqa Oil` of `… Agree on Timetable to Hand Over Raqqa Oil Fields`: a headline's capitalised
          // run names no organisation but by a body's head word (`Security Council`) or an initialism.
          .filter(
            (name) =>
              ORGANIZATION_HEADS.test(name) ||
              /^\p{Lu}{2,}$/u.test(name) ||
              !onlyInTitleCase(name, text, titleCased),
          ),
      ]
        // `the WHO director-general`: compromise keeps the article before an initialism.
        .map((name) => name.replace(/^(?:[Tt]he|[Aa]n?) (?=\p{Lu}{2,}(?!\p{L}))/u, ""))
        .filter(isOrganizationName)
        .filter((name) => !(ROMANCE_LANGUAGES.has(language) && isArticleAndHead(name))),
      ...initialismsAlone(text, language).filter((name) => !datelined.some((place) => lowerCased(place) === lowerCased(name))),
      ...(language === "en" ? [...organizationsByKind(text), ...companiesListed(text)] : []),
      ...byKind,
      // `Parti démocratique du Kurdistan (PDK)`: a name in small letters but its first word, no run of capitals.
      ...(ROMANCE_LANGUAGES.has(language) || language === "de" ? namesBeforeTheirInitials(text) : []),
      ...(language === "ar" ? arabicOrganizations(text) : []),
      ...(language === "fa" ? persianOrganizations(text) : []),
      ...listedAsOther,
      ...listed.organizations,
    ],
    (name) => aliases.lists("places", name) && !aliases.lists("organizations", name),
  );
  const organizations = withoutInitialismsSpelledOut(
    withoutParts(
      unique(organizationNames.map((name) => aliases.canonical("organizations", name))).filter((org) => !aliases.ignores(org)),
    // `the Russian Federation` is a place, and so is `США` (the USA), an initialism of a country's name in its language.
    )
      .filter((org) => !people.includes(org) && !COUNTRY_NAMES.has(org) && !countryNamesIn(language).has(org.toLowerCase()))
      .filter((org) => !isOpeningWord(org, language))
      // `HADDAD: But the groups…`, a transcript's speaker label: a word in capitals that the text writes only opening
      // a line before a colon, and that is a word of a person's name found (`Rania Haddad`), is the person's.
      .filter((org) => !(onlyALabel(org, text) && people.some((person) => person.toUpperCase().split(" ").includes(org)))),
    text,
  );
  const placeNames = [
    // `the State of Law coalition` names no place, nor its parts.
    ...phrases(doc.places())
      .filter((phrase) => !organizations.includes(cleanName(phrase)))
      .flatMap(cleanPlace)
      .map((place) => withWordGoingOn(place, text))
      .flatMap((place) => withoutOpeningThe(place, text))
      .filter((place) => !isNamedAsProject(place, text))
      .filter((place) => place.split(" ").some(isPlaceName) || !onlyInTitleCase(place, text, titleCased)),
    ...placeLike,
    ...listedPlaces,
    ...countriesIn(text),
    ...countriesInLanguage(text, language),
    ...gazetteerCities(text, language),
    ...(language === "ru" ? russianPlaces(text) : []),
    ...(language === "pl" ? polishPlaces(text) : []),
    ...(language === "ar" ? arabicPlaces(text) : []),
    // Read before the case endings are taken off: they say which names are places'.
    ...(language === "tr" ? turkishPlaces(read) : []),
    ...(language === "fa" ? persianPlaces(text) : []),
    ...(language === "ku" ? kurmanjiPlaces(text) : []),
    ...(language === "ckb" ? soraniPlaces(text) : []),
    ...(language === "ur" ? urduPlaces(text) : []),
    ...datelined,
    ...listedByKind,
    ...unknownPlaces(text, language).filter((name) => !aliases.lists("people", name) && !aliases.lists("organizations", name)),
    ...knownPlacesByCue(text),
  ];
  // The alias file first: the archivist may list a country under another of its names. A country the article names
  // in its language (`Irán`, as compromise reads it) is listed under the English name, as countriesInLanguage lists it.
  const countryName = (name: string) => COUNTRY_NAMES.get(name) ?? countryNamesIn(language).get(name.toLowerCase());
  const placeName = (name: string) =>
    aliases.canonical("places", aliases.lists("places", name) ? name : (countryName(name) ?? name));
  const places = unique([...placeNames, ...listed.places].map(placeName)).filter(
    (place) =>
      !aliases.ignores(place) &&
      !isOpeningWord(place, language) &&
      // `in den Kandil-Bergen` (the Qandil mountains): German writes a compound's words joined by a hyphen, each
      // capitalised; a word the text writes only after one is a part of a word, no place (`Bergen`).
      !(language === "de" && onlyAfterHyphen(place, text)) &&
      !NOT_A_PLACE.has(place) && // compromise's `Sunni region`
      !namesAPeople(place) &&
      !(COUNTRY_NAMES.has(place) && namedOnlyInBodies(place, read, language)) &&
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
        // `al-Mutanabbi Street` and `Mutanabbi Street`: one place, named with Arabic's article and without; listed once,
        // without it, as the archive lists such places (`Anbar`).
        !(ARABIC_ARTICLE_FIRST.test(place) && places.includes(place.replace(ARABIC_ARTICLE_FIRST, ""))) &&
        (COUNTRY_NAMES.has(place) ||
        (!onlyOpensLongerName(place, places, text) &&
          !onlyInsideLongerName(place, [...places, ...organizations], text) &&
          // A place no list knows (nor the alias file), written only inside organisations' names, is a word of theirs
          // (`Law` of `the State of Law Coalition`); `Baghdad` of `the University of Baghdad` is a place, and so is
          // one the text writes before its kind (`the Kurdistan Region Mine Action Agency`).
          !(
            !isPlaceName(place) &&
            !aliases.lists("places", place) &&
            onlyWithinLongerNames(place, organizations, text) &&
            !writtenBeforeItsKind(place, text)
          ) &&
          !namesForcesOf(place, places, text))),
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

/** Whether the text writes `name` only right after a hyphen, as a compound's last word: `Kandil-Bergen`. */
function onlyAfterHyphen(name: string, text: string): boolean {
  const mentions = mentionsOf(name, text);
  return mentions.length > 0 && mentions.every(({ index }) => text[index - 1] === "-");
}

/**
 * Whether the text writes `name` only in a label in capitals that opens a line, before a colon: `HADDAD: Are you
 * worried?`, `RANIA HADDAD: Minister, thank you`.
 */
function onlyALabel(name: string, text: string): boolean {
  const mentions = mentionsOf(name, text);
  const lineStart = (index: number) => text.lastIndexOf("\n", index - 1) + 1;
  const label = ({ index }: Mention) =>
    text[index + name.length] === ":" && /^(?:\p{Lu}+ )*$/u.test(text.slice(lineStart(index), index));
  return mentions.length > 0 && mentions.every(label);
}

/**
 * `Disease Outbreak News`, the series a WHO page files its report under, named again where the page says how to cite
 * it: a section named as a desk of the site's news (`Iraq News`, `World News`) is the site's rubric, which compromise
 * reads as a news outlet's name (`Shafaq News`); the outlet is the page's source, and the rubric no organisation the
 * story names. A section named otherwise may be a body's (`Office of the Spokesperson`, the State Department's).
 */
export function withoutSectionAsOrganization(entities: Entities, section: string | undefined): Entities {
  if (section === undefined || !NEWS_RUBRIC.test(section)) return entities;
  const organizations = entities.organizations.filter((org) => org.toLowerCase() !== section.toLowerCase());
  return { ...entities, organizations };
}
const NEWS_RUBRIC = / News$/u;

/**
 * `a Kurdish official told Asharq Al-Awsat`, `Sign up for Semafor Gulf`: the outlet the page is from (`outlets`, as
 * printed and as the alias file names it), named in its text, is an organisation, and so is a name that opens on it
 * (its newsletter, its channel), and so is one the outlet's name opens on (`told Al Mayadeen`, from `Al Mayadeen
 * English`, its edition); the rules read them as people's names. Not a writer's own blog, which the writer's name may
 * name.
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
    names.some((name) => {
      const lower = person.toLowerCase();
      return lower === name || lower.startsWith(`${name} `) || name.startsWith(`${lower} `);
    }),
  );
  return outlet.length === 0 ? entities : { ...entities, people, organizations: unique([...entities.organizations, ...outlet]) };
}
