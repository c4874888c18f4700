import { citySpellings } from "./city-names.ts";
import { countryFormsIn, countryNamesIn } from "./countries.ts";
import { FIRST_NAME_TAGS, lexiconTags } from "./lexicon.ts";

/**
 * Countries a Polish text names in any case, each under the English name the archive lists it under: Polish declines
 * a country's name (`w Iraku`, `z Iranem`, `w Kuwejcie`, `do Syrii`, `Turcję`, `premier Wielkiej Brytanii`), where
 * countryNamesIn lists the nominative only (`irak`, `iran`, `kuwejt`, `syria`, `turcja`, `wielka brytania`), which
 * countriesInLanguage reads; and towns after `w` (townsAfterIn).
 */
export function polishPlaces(text: string): string[] {
  const forms = polishCountryForms();
  const places: string[] = [];
  for (const [word] of text.matchAll(CAPITALISED_WORD)) {
    const listed = forms.get(word.toLowerCase());
    if (listed) places.push(listed);
  }
  for (const [, pair] of text.matchAll(CAPITALISED_PAIR)) {
    const listed = forms.get(pair!.toLowerCase());
    if (listed) places.push(listed);
  }
  return [...places, ...townsAfterIn(text)];
}
/** Two capitalised words, as a country's name whose words decline together: `Wielkiej Brytanii`, `Stanach Zjednoczonych`. */
const CAPITALISED_PAIR = /(?<![\p{L}\p{N}-])(?=(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?![\p{L}\p{N}-]))/gu;

/**
 * Towns a Polish text names after `w` or `we` (in), in the locative (`w Erbilu`, `w Bagdadzie`, `w Mosulu i Kirkuku`),
 * in the nominative. The ending does not tell the nominative (`Bagdadzie` is of `Bagdad`, `Warszawie` of `Warszawa`), so a
 * town is read only where its nominative declines to the word written (declined): a name the text writes in the
 * nominative too (`Erbil wypełnił warunki`), or a city the gazetteer knows (city-names.ts: `Mosul`, `Bagdad`). A
 * name of more words (`w Regionie Kurdystanu`, `w Pałacu Prezydenckim`) is a region's or a building's, and a body is
 * no town: one Polish names in a capitalised word (`w Sejmie`; POLISH_BODIES), or one a role other than a town's is of
 * (`marszałek Sejmu`, `rzecznik Pentagonu`). Bodies in small letters (`w parlamencie`, `w ministerstwie`) are read as
 * none, as every word in them is. Countries are read by their names in every case (polishCountryForms).
 */
function townsAfterIn(text: string): string[] {
  const written = [...text.matchAll(TOWNS_AFTER_IN)].flatMap((m) => m[1]!.match(CAPITALISED_WORD) ?? []);
  if (written.length === 0) return [];
  const nominatives = new Map<string, string>();
  const capitalised = new Set([...text.matchAll(CAPITALISED_WORD)].map(([word]) => word));
  for (const name of [...capitalised, ...citySpellings().flat()]) {
    if (name.includes(" ") || POLISH_BODIES.has(name)) continue;
    for (const form of declined(name)) if (form !== name && !nominatives.has(form)) nominatives.set(form, name);
  }
  // `marszałek Sejmu`, `rzecznik Pentagonu`: what a role other than a town's is of is a body.
  const bodies = new Set(
    [...text.matchAll(ROLE_AND_WORD)].flatMap(([, role, word]) =>
      ROLE_HEADS.has(role!.toLowerCase()) && !ROLES_OF_TOWNS.has(role!.toLowerCase()) ? (nominatives.get(word!) ?? []) : [],
    ),
  );
  const countries = polishCountryForms();
  return written.flatMap((word) => {
    const town = nominatives.get(word);
    return town && !countries.has(town.toLowerCase()) && !bodies.has(town) ? [town] : [];
  });
}

/**
 * `w Erbilu`, `We Francji`, `w Mosulu i Kirkuku`: capitalised words after `w`, one or a list of them, each a name of one
 * word, with no capitalised word after it; group 1 the words.
 */
const TOWNS_AFTER_IN = /(?<![\p{L}\p{N}])[Ww]e? (\p{Lu}\p{Ll}+(?:(?:, | i | oraz )\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}'’-]| \p{Lu})/gu;
/** A word and the capitalised word after it, which may be a role's next: group 1 the word, group 2 the one after. */
const ROLE_AND_WORD = /(?<![\p{L}\p{N}])(\p{L}+) (?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]))/gu;

/**
 * Bodies of state Polish names in one capitalised word, which a town's name may decline as (`w Sejmie`, `w Senacie`,
 * `w Kongresie`, `w Pentagonie`).
 */
const POLISH_BODIES = new Set(["Sejm", "Senat", "Kongres", "Parlament", "Rząd", "Pentagon", "Kneset", "Madżlis"]);

/** Roles of a town, which name a town after them: `burmistrz Mosulu`, `gubernator Basry`, `prezydent Warszawy`. */
const ROLES_OF_TOWNS = new Set(["burmistrz", "gubernator", "wojewoda", "prezydent"]);

/** A person a Polish text names after a role: the name in the nominative, and as the text writes it (`Hakanem Fidanem`). */
export interface PolishPerson {
  name: string;
  written: string;
}

/**
 * People named after their role in a Polish text: `premier Mohammed Szia al-Sudani`, `minister spraw zagranicznych
 * Fuad Hussein`, `rzecznik rządu Regionu Kurdystanu Peszewa Hawramani`, `Ambasador Iraku w Polsce Hassan al-Obaidi`.
 * The role (ROLE_HEADS), what it is of (words in small letters, acronyms, `ds.`, a body's or a country's name in the
 * genitive), then the name, in the case of the role, before the sentence goes on. A verb in the past tense (`polecił`,
 * `spotkał się`) ends the role's words: what follows is what the person did. A role in an oblique case says the
 * name's (`z szefem MSZ Turcji Hakanem Fidanem`, `wizyta premiera Iraku Mohammeda Szii al-Sudaniego`), which is read
 * in the nominative where every word of it declines regularly (OBLIQUE_CASES).
 */
export function polishPeople(text: string): PolishPerson[] {
  const words: string[] = text.match(WORD_OR_MARK) ?? [];
  const written = new Set(words);
  const people = new Map<string, PolishPerson>();
  // `rzecznik prezydenta Rafał Leśkiewicz`: a role within another's words (`prezydenta`) is what that one is of.
  let readTo = 0;
  words.forEach((word, i) => {
    if (i < readTo) return;
    const role = word.toLowerCase();
    const cases = ROLE_HEADS.has(role) ? [undefined] : OBLIQUE_CASES.filter((form) => isRoleIn(role, form));
    for (const form of cases) {
      const read = nameAfterRole(words, i + 1, (run) => (form ? nameInCase(run, form, written) : nameEndingRun(run)));
      if (read) {
        if (!people.has(read.person.name)) people.set(read.person.name, read.person);
        readTo = read.end;
        return;
      }
    }
  });
  return [...people.values()];
}

/**
 * The name the words of a role that open at `start` end on, if they end on one, and where it ends: `nameIn` reads it
 * in a run of capitalised words.
 */
function nameAfterRole(
  words: string[],
  start: number,
  nameIn: (run: string[]) => PolishPerson | undefined,
): { person: PolishPerson; end: number } | undefined {
  let at = start;
  for (let described = 0; at < words.length && described < MOST_ROLE_WORDS; described++) {
    const word = words[at]!;
    if (CLAUSE_WORDS.has(word) || PAST_TENSE.test(word)) return undefined;
    // `ekspert ds. Bliskiego Wschodu`, `gen. broni`: an abbreviation's full stop ends no sentence.
    if (ABBREVIATIONS.has(word) && words[at + 1] === ".") at += 2;
    else if (/^\p{Ll}/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) at++;
    else if (isNameWord(word)) {
      const run = capitalisedRunAt(words, at);
      const person = nameIn(run);
      if (person) return { person, end: at + run.length };
      at += run.length;
    } else return undefined;
  }
  return undefined;
}

/** The capitalised words from `start` on, with the particles inside a name (`bin Salman`). */
function capitalisedRunAt(words: string[], start: number): string[] {
  let end = start;
  while (isNameWord(words[end] ?? "") || (NAME_PARTICLES.has(words[end] ?? "") && isNameWord(words[end + 1] ?? ""))) end++;
  return words.slice(start, end);
}

/**
 * The name a run after a role in the nominative ends on: the run without the body or country the role is of before
 * the name (`Regionu Kurdystanu`, `Ośrodka Studiów Wschodnich`, `Iraku`, `Polski`), two or three words in the
 * nominative. A word in the genitive is taken off only while more than two of the name's words are left, and never a
 * first name the lexicon knows (`Ali Akbar Velayati`).
 */
function nameEndingRun(run: string[]): PolishPerson | undefined {
  const name = [...run];
  const parts = () => name.filter((word) => !NAME_PARTICLES.has(word)).length;
  while (name.length > 0) {
    const first = name[0]!;
    const genitive = parts() > FEWEST_NAME_PARTS && GENITIVE_ENDING.test(first);
    const country = countryWordsOpening(name);
    if (country > 0) name.splice(0, country);
    else if (isObliqueAdjective(first)) name.shift();
    else if (genitive && !isFirstName(first)) name.shift();
    else break;
  }
  const fits = parts() >= FEWEST_NAME_PARTS && parts() <= MOST_NAME_PARTS;
  return fits && !isInObliqueCase(name) ? { name: name.join(" "), written: name.join(" ") } : undefined;
}

/**
 * The name a run after a role in an oblique case ends on, in the nominative: the run without the country or body the
 * role is of (`Iraku`, `Ośrodka Studiów Wschodnich`), two or three words each of which declines in the case as a
 * name does. A third word before two is the name's only where the lexicon knows it as a first name (`Mohammeda Szii
 * al-Sudaniego`; not `Obrony` of `ministra Obrony Jana Kowalskiego`). `written` holds the words of the text.
 */
function nameInCase(run: string[], form: ObliqueCase, written: ReadonlySet<string>): PolishPerson | undefined {
  const name = [...run];
  const parts = () => name.filter((word) => !NAME_PARTICLES.has(word)).length;
  const nominative = (word: string) => (NAME_PARTICLES.has(word) ? word : inNominative(word, form.name, written));
  while (name.length > 0) {
    const first = name[0]!;
    const firstName = () => {
      const undeclined = nominative(first);
      return undeclined !== undefined && isFirstName(undeclined);
    };
    const country = countryWordsOpening(name);
    if (country > 0) name.splice(0, country);
    else if (parts() > FEWEST_NAME_PARTS && (parts() > MOST_NAME_PARTS || !firstName())) name.shift();
    else break;
  }
  const undeclined = name.map(nominative);
  const fits = parts() >= FEWEST_NAME_PARTS && parts() <= MOST_NAME_PARTS && undeclined.every((word) => word !== undefined);
  const confirmed = () => form.certain(name.filter((word) => !NAME_PARTICLES.has(word))) || written.has(undeclined.at(-1)!);
  return fits && confirmed() ? { name: undeclined.join(" "), written: name.join(" ") } : undefined;
}

/**
 * How many of a run's first words are a country's name, in any case (`Iraku`; `Wielkiej Brytanii`, of `premiera
 * Wielkiej Brytanii Keira Starmera`): none, 0, where a name opens the run.
 */
function countryWordsOpening(run: readonly string[]): number {
  const countries = polishCountryForms();
  for (let words = Math.min(run.length, LONGEST_COUNTRY_NAME); words > 0; words--) {
    if (countries.has(run.slice(0, words).join(" ").toLowerCase())) return words;
  }
  return 0;
}
/** `Zjednoczone Emiraty Arabskie`: the most words of a country's name a role is of, in any case. */
const LONGEST_COUNTRY_NAME = 3;

const isFirstName = (word: string) => lexiconTags(word).some((tag) => FIRST_NAME_TAGS.has(tag));

/**
 * A word of a name in the nominative, given its endings in a case: each capitalised part of a hyphened word
 * (`Kosiniakiem-Kamyszem`, `al-Sudaniego`) with the first ending it has replaced by the nominative's. Where the ending
 * leaves a stem on a consonant and `k`, `c` or `ł`, the nominative may have an `e` before that letter, which the other
 * cases drop (`Markiem` of `Marek`, `Pawła` of `Paweł`, but `Tuskiem` of `Tusk`): the one the text writes (`written`)
 * is read, or none.
 */
function inNominative(word: string, endings: readonly Ending[], written: ReadonlySet<string>): string | undefined {
  const parts = word.split("-").map((part) => {
    if (!/^\p{Lu}/u.test(part)) return part;
    const [ending, nominative] = endings.find(([ending]) => ending.test(part)) ?? [];
    if (ending === undefined) return undefined;
    const stem = part.replace(ending, nominative!);
    if (nominative !== "" || !MOBILE_E_STEM.test(stem)) return stem;
    return [stem, `${stem.slice(0, -1)}e${stem.slice(-1)}`].find((form) => written.has(form));
  });
  return parts.every((part) => part !== undefined) ? parts.join("-") : undefined;
}
/** A stem whose nominative may have an `e` before its last letter: `Mark` (`Marek`), `Pawł` (`Paweł`), `Tusk`. */
const MOBILE_E_STEM = /[^aeiouyąęó][kcł]$/u;

/** Whether `word`, in small letters, is a role (ROLE_HEADS) in the case: `ministrem`, `premiera`, `doradcą`. */
function isRoleIn(word: string, form: ObliqueCase): boolean {
  const [ending, nominative] = form.role.find(([ending]) => ending.test(word)) ?? [];
  if (ending === undefined) return false;
  const stem = word.replace(ending, nominative!);
  // `ministrem`, `posła`: a role's nominative may have an `e` its other cases drop (`minister`, `poseł`).
  return ROLE_HEADS.has(stem) || ROLE_HEADS.has(`${stem.slice(0, -1)}e${stem.slice(-1)}`);
}

/**
 * A case's endings: a man's role's (`ministrem`, `przewodniczącym`), and a man's name's, each to the nominative's;
 * whether a name's words, as written, tell the case, or the text must write its surname in the nominative too.
 */
interface ObliqueCase {
  role: readonly Ending[];
  name: readonly Ending[];
  certain: (name: readonly string[]) => boolean;
}

type Ending = readonly [RegExp, string];

/** An ending, after a stem of two letters or more, and what the nominative ends in instead. */
const ending = (oblique: string, nominative: string): Ending => [new RegExp(`(?<=\\p{L}{2})(?:${oblique})$`, "u"), nominative];

/** A man's instrumental: `Hakanem`, `Kosiniakiem`, `al-Sudanim`, `Kowalskim`, and a name's in `-a` (`Szią`, `doradcą`). */
const INSTRUMENTAL = [ending("(?<=[kg])iem", ""), ending("(?<=[^i])em", ""), ending("ą", "a"), ending("(?<=[iy])m", "")];

/**
 * The oblique cases a role before a name is read in, which say the name's: the instrumental (`z ministrem spraw
 * zagranicznych Iraku Fuadem Husajnem`); the genitive, a man's accusative too (`wizyta premiera Iraku Mohammeda Szii
 * al-Sudaniego`, `spotkał ministra Hakana Fidana`); the dative (`premierowi Mohammedowi Szii al-Sudaniemu`). Not the
 * locative, whose endings soften the stem's last consonant (`o Hakanie`, `o Tusku`). A role in `-ca` is `-cy` in the
 * genitive and the dative alike (`doradcy`): the name's endings tell which.
 */
const OBLIQUE_CASES: readonly ObliqueCase[] = [
  { role: INSTRUMENTAL, name: INSTRUMENTAL, certain: () => true },
  {
    role: [ending("(?<=[^i])a", ""), ending("(?<=c)y", "a"), ending("(?<=[^i])ego", "y")],
    name: [
      // `Tony'ego`: a foreign name's ending goes after an apostrophe.
      ending("['’]ego", ""),
      ending("iego", "i"),
      ending("(?<=[^i])ego", "y"),
      ending("ii", "ia"),
      ending("(?<=[kg])i", "a"),
      ending("(?<=[^i])y", "a"),
      ending("(?<=[^i])a", ""),
    ],
    // `Hakana Fidana` ends as a woman's name does in the nominative (`Izabela Leszczyna`, after `ministra`, as some
    // write a woman minister): read where the text writes `Fidan` too, or a word of the name ends otherwise.
    certain: (name) => name.some((word) => !word.endsWith("a")),
  },
  {
    role: [ending("owi", ""), ending("(?<=c)y", "a"), ending("(?<=[^i])emu", "y")],
    name: [ending("['’]emu", ""), ending("iemu", "i"), ending("(?<=[^i])emu", "y"), ending("(?<=[^i])owi", ""), ending("ii", "ia")],
    certain: () => true,
  },
];

/**
 * Whether a name's words are in an oblique case: one ends as no nominative does, a man's dative or genitive
 * (`Fidanowi`, `Barzaniemu`, `al-Sudaniego`; not `Diego`) or an instrumental in `-ą` (`Szią`, `Anną`); or two end as a
 * man's instrumental, one of them in `-em` (`Hakanem Fidanem`, `Masrurem Barzanim`), as a name's words in the
 * nominative may one by one (`Kazem Gharibabadi`, `Ibrahim Karim`).
 */
function isInObliqueCase(name: readonly string[]): boolean {
  const instrumental = name.filter((word) => /\p{L}{2}(?:em|[iy]m)$/u.test(word));
  return name.some((word) => OBLIQUE_ONLY_ENDING.test(word)) || (instrumental.length >= 2 && instrumental.some((word) => word.endsWith("em")));
}
const OBLIQUE_ONLY_ENDING = /\p{L}{3}(?:owi|emu|ego)$|\p{L}{2}ą$/u;

const WORD_OR_MARK = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
const isNameWord = (word: string) => /^(?:\p{Lu}\p{Ll}|\p{Ll}{1,3}-\p{Lu})/u.test(word);
/** `Wschodnich`, `Narodowego`, `Polskiego`: an adjective in an oblique case, long enough to be no name. */
const isObliqueAdjective = (word: string) => word.length >= 6 && /(?:ego|emu|[cs]kiej|nej|[cnw]ych|[ckn]ich|[nw]ym|[cks]im)$/u.test(word);
/** The genitive singular's and plural's endings: `Regionu`, `Ośrodka`, `Rady`, `Komisji`, `Studiów`. */
const GENITIVE_ENDING = /(?:[uayi]|ów)$/u;
/** `polecił`, `spotkała`, `powiedzieli`: a verb in the past tense, and `się`, after which a clause goes on. */
const PAST_TENSE = /^(?:\p{Ll}{2,}(?:ł|ła|ło|li|ły)|się)$/u;
const FEWEST_NAME_PARTS = 2;
/** `Mohammed Szia al-Sudani`, `Abdul Latif Raszid`. */
const MOST_NAME_PARTS = 3;
/** What a role may be of before the name: `rzecznik rządu Regionu Kurdystanu`, `Ambasador Iraku w Polsce`. */
const MOST_ROLE_WORDS = 8;

/** Words that join another clause or subject, which no role's description goes on past: `premier i jego doradcy`. */
const CLAUSE_WORDS = new Set(["i", "a", "ale", "lub", "albo", "oraz", "że", "który", "która", "które", "którzy", "gdy", "kiedy", "gdzie", "jak", "czy"]);

/** Abbreviations within a role's words, before their full stop: `ds.` (for), `gen.`, `płk.`, `prof.`, `dr.`. */
const ABBREVIATIONS = new Set(["ds", "gen", "płk", "mjr", "kpt", "prof", "dr", "hab", "ks", "abp", "bp", "inż", "mgr"]);

/** Particles inside a name, in small letters: `Mohammed bin Salman`, `Ursula von der Leyen`. */
const NAME_PARTICLES = new Set(["bin", "ibn", "de", "van", "von", "der"]);

/** Roles and titles in the nominative, written before a name. */
const ROLE_HEADS = new Set(
  (
    "minister wiceminister premier wicepremier prezydent wiceprezydent rzecznik rzeczniczka szef szefowa wiceszef " +
    "przewodniczący przewodnicząca marszałek ambasador gubernator burmistrz wojewoda dowódca generał lider przywódca " +
    "sekretarz doradca dyrektor prezes kanclerz król książę emir szejk ajatollah poseł posłanka senator ekspert " +
    "ekspertka analityk analityczka politolog dziennikarz korespondent komendant zastępca przedstawiciel wysłannik " +
    "prokurator sędzia profesor dr prof"
  ).split(" "),
);

/**
 * A run of capitalised words that is no person's name in Polish: one with a country's name in an oblique case in it
 * (`Republice Iraku`, of the Republic of Iraq; `Stabilność Iraku`, Iraq's stability, as a sentence opens on it), or a
 * word of one whose words decline together (`Brytanii Keira Starmera`, cut from `premiera Wielkiej Brytanii Keira
 * Starmera`; `Zjednoczonych Marco Rubio`: wordsOfCountriesInCase); or a name in an oblique case (isInObliqueCase:
 * `Szią al-Sudanim`), which a name in the nominative does not have; or a piece of a name `readByRole` (polishPeople's)
 * read in an oblique case, as written (`Hakana Fidana` of `ministra Turcji Hakana Fidana`, Hakan Fidan).
 */
export function isNoPolishName(name: string, readByRole: readonly PolishPerson[] = []): boolean {
  const nominatives = countryNamesIn("pl");
  const words = name.split(" ");
  const countryInCase = words.some((word) => {
    const lower = word.toLowerCase();
    return (polishCountryForms().has(lower) && !nominatives.has(lower)) || wordsOfCountriesInCase().has(lower);
  });
  const inCase = ({ name: nominative, written }: PolishPerson) => written !== nominative && ` ${written} `.includes(` ${name} `);
  return countryInCase || isInObliqueCase(words) || readByRole.some(inCase);
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/gu;

let forms: ReadonlyMap<string, string> | undefined;
/**
 * Every country name countryNamesIn lists for Polish, and a one-word name's oblique cases as its ending declines it
 * (countryFormsIn): `irak` `iraku` `irakowi` `irakiem` to `Iraq`; `syria` `syrii` `syrię` `syrią`; `kuwejt` `kuwejtu`
 * `kuwejcie`; and those of a name whose words decline together (declinedTogether): `wielkiej brytanii` to `United
 * Kingdom`, `stanów zjednoczonych` to `United States`.
 */
export function polishCountryForms(): ReadonlyMap<string, string> {
  forms ??= new Map([
    ...countryFormsIn("pl", declined),
    ...[...countryNamesIn("pl")].flatMap(([name, listed]) => declinedTogether(name).map((form) => [form, listed] as const)),
  ]);
  return forms;
}

let wordsInCase: ReadonlySet<string> | undefined;
/**
 * The words of countries' names in oblique cases (declinedTogether) but those of their nominatives, in small letters:
 * `wielkiej`, `brytanii`, `stanów`, `zjednoczonych`, `saudyjskiej`; not `stany`, the accusative's as the nominative's.
 */
function wordsOfCountriesInCase(): ReadonlySet<string> {
  wordsInCase ??= new Set(
    [...countryNamesIn("pl").keys()].flatMap((name) => {
      const nominative = name.split(" ");
      return declinedTogether(name).flatMap((form) => form.split(" ").filter((word) => !nominative.includes(word)));
    }),
  );
  return wordsInCase;
}

/**
 * A country's name of words that decline together, a noun and an adjective agreeing with it (`wielka brytania`,
 * `arabia saudyjska`, `korea południowa`, `stany zjednoczone`), in its oblique cases, every word in the same one:
 * `wielkiej brytanii`, `arabię saudyjską`, `stanów zjednoczonych`, `stanami zjednoczonymi`. None for a name of one
 * word (declined) or with a word that declines otherwise, or not at all (`bośnia i hercegowina`, `sri lanka`).
 */
function declinedTogether(name: string): string[] {
  const words = name.split(" ");
  const declensions = words.map((word) => DECLENSIONS.find(([ending]) => ending.test(word)));
  if (words.length < 2 || declensions.some((declension) => declension === undefined)) return [];
  return CASES.map((_, at) => words.map((word, i) => word.replace(declensions[i]![0], declensions[i]![1][at]!)).join(" "));
}
/** The oblique cases, in the order DECLENSIONS writes their endings. */
const CASES = ["genitive", "dative", "accusative", "instrumental", "locative"] as const;
/** A nominative's ending, and the endings that replace it in each of CASES. */
const DECLENSIONS: readonly (readonly [RegExp, readonly string[]])[] = [
  // A feminine noun: `brytania` `brytanii` `brytanię` `brytanią`, `korea` `korei`.
  [/(?<=[ije])a$/u, ["i", "i", "ę", "ą", "i"]],
  // A feminine adjective: `wielka` `wielkiej` `wielką`, `saudyjska`, `południowa` `południowej`, `północna`.
  [/(?<=[cs]k|lk)a$/u, ["iej", "iej", "ą", "ą", "iej"]],
  [/(?<=ow|[^aeiouy]n)a$/u, ["ej", "ej", "ą", "ą", "ej"]],
  // A plural noun: `stany` `stanów` `stanom` `stanami` `stanach`, `emiraty`.
  [/(?<=[nt])y$/u, ["ów", "om", "y", "ami", "ach"]],
  // A plural adjective: `zjednoczone` `zjednoczonych`, `arabskie` `arabskich`.
  [/(?<=n)e$/u, ["ych", "ym", "e", "ymi", "ych"]],
  [/(?<=k)ie$/u, ["ich", "im", "ie", "imi", "ich"]],
];

/**
 * A country's name in Polish's singular cases, as its ending declines it. Names in other vowels (`Chile`, `Peru`)
 * and plural ones (`Niemcy`, `Chiny`) as they are. The genitive of `Polska`, `Polski`, is left out: it is also the
 * adjective (`Polski Kontyngent`), as any `-ski` or `-cki` is.
 */
function declined(name: string): string[] {
  const stem = name.slice(0, -1);
  // `Syria`, `Turcja`, `Jordania`: `Syrii`, `Syrię`, `Syrią`.
  if (/[ij]a$/u.test(name)) return [name, `${stem}i`, `${stem}ę`, `${stem}ą`];
  if (name.endsWith("a")) {
    const genitive = `${stem}${/[kg]$/u.test(stem) ? "i" : "y"}`;
    return [name, ...(/[sc]ki$/u.test(genitive) ? [] : [genitive]), locative(stem) ?? `${stem}i`, `${stem}ę`, `${stem}ą`];
  }
  if (!/[bcćdfghjklłmnńprsśtwzźż]$/u.test(name)) return [name];
  // `Irak`, `Kuwejt`, `Izrael`: `Iraku`, `Izraela`, `Irakowi`, `Irakiem`, `Kuwejcie`; a masculine name in `-k`, `-g`
  // or `-ch`, or in a soft consonant, takes `-u` in the locative as in the genitive (`w Iraku`, `w Izraelu`).
  const soft = /(?:k|g|ch)$/u.test(name) ? undefined : locative(name);
  return [name, `${name}u`, `${name}a`, `${name}owi`, `${name}${/[kg]$/u.test(name) ? "iem" : "em"}`, ...(soft ? [soft] : [])];
}

/**
 * The locative (and a feminine name's dative) of a stem, its last consonant softened: `Kuwejcie`, `Katarze`, `Polsce`,
 * `Iranie`; none for a soft consonant's (`Izrael`).
 */
function locative(stem: string): string | undefined {
  for (const [hard, soft] of SOFTENED) {
    if (stem.endsWith(hard)) return `${stem.slice(0, -hard.length)}${soft}`;
  }
  return /[bfmnpswz]$/u.test(stem) ? `${stem}ie` : undefined;
}

/** A stem's last consonant and what it softens to before the locative's `-e`: `Katar` `Katarze`, `Czad` `Czadzie`. */
const SOFTENED: readonly (readonly [string, string])[] = [
  ["st", "ście"],
  ["sł", "śle"],
  ["ch", "sze"],
  ["k", "ce"],
  ["g", "dze"],
  ["r", "rze"],
  ["t", "cie"],
  ["d", "dzie"],
  ["ł", "le"],
];
