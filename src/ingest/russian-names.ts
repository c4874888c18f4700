import { countryFormsIn } from "./countries.ts";

/**
 * People named in an article in Russian. Russian inflects names, places and the adjectives of places, so a run of
 * capitalised words is often no one's name: `Власти Ирака` (Iraq's authorities), `Иракского Курдистана` (of Iraqi
 * Kurdistan), and a name after a role runs on from the place the role is of: `министр иностранных дел Ирака Фуад
 * Хусейн` (Iraq's foreign minister Fuad Hussein). A reader tells the name by the role before it, as in Arabic
 * (arabic-names.ts): the role in the nominative (`министр`, `глава`, `командующий`), what it is of (words in small
 * letters, acronyms, `Корпуса`, a country in the genitive), then the name, in the nominative like the role, before
 * the sentence goes on.
 */
export function russianPeople(text: string): string[] {
  const words: string[] = text.match(WORD_OR_MARK) ?? [];
  const names: string[] = [];
  words.forEach((word, i) => {
    if (!ROLE_HEADS.has(word.toLowerCase()) || !/^\p{L}/u.test(word)) return;
    let at = i + 1;
    for (let described = 0; at < words.length && described < MOST_ROLE_WORDS; described++) {
      const next = words[at]!;
      if (CLAUSE_WORDS.has(next)) return;
      if (isAcronym(next) || /^\p{Ll}/u.test(next)) at++;
      // `Корпуса стражей исламской революции (КСИР)`: an acronym spelled out goes after its words.
      else if (next === "(" && isAcronym(words[at + 1] ?? "") && words[at + 2] === ")") at += 3;
      // `глава «Роснефти»`, `лидер партии «Новые люди»`: a company's or party's name in quotation marks.
      else if (next === "«" && closingQuote(words, at) !== undefined) at = closingQuote(words, at)! + 1;
      else if (isNameWord(next)) {
        const run = capitalisedRunAt(words, at);
        const name = nameInRun(run);
        if (name) {
          names.push(name.join(" "));
          return;
        }
        at += run.length;
      } else return;
    }
  });
  return [...names, ...namesInObliqueCases(words, text)];
}

/**
 * People a Russian text names in an oblique case (`с Хаканом Фиданом`, `позвонил Владимиру Путину`, `с Марией
 * Захаровой`, `по словам Сергея Лаврова`), in the nominative: a run of two or three capitalised words each of which
 * ends as a name in one case and gender does. The instrumental and dative of a man's name and the oblique cases of a
 * woman's end as no nominative does, and are read wherever every word declines as a Russian name's (`Лавровым`,
 * `Петрову`, `Захаровой`). A man's genitive (`Сергея Лаврова`) ends as a woman's nominative can (`Анна Петрова`), so it
 * is read only where the text writes the whole name in the nominative too; a foreign surname's dative (`Хакану
 * Фидану`) ends as an indeclinable surname can (`Сергею Шойгу`), so it is read only where the text writes the surname
 * in the nominative (`Фидан заявил`). A role or a country's name before the name is no part of it.
 */
function namesInObliqueCases(words: string[], text: string): string[] {
  const written = new Set(words);
  const names: string[] = [];
  for (let at = 0; at < words.length; at++) {
    if (!isNameWord(words[at]!) || isNameWord(words[at - 1] ?? "")) continue;
    const run = capitalisedRunAt(words, at);
    at += run.length - 1;
    while (run.length > 0 && (isCountryForm(run[0]!) || isObliqueAdjective(run[0]!))) run.shift();
    for (const form of DECLENSIONS) {
      const nominative = inNominative(run, form);
      while (nominative && nominative.length > 0 && ROLE_HEADS.has(nominative[0]!.toLowerCase())) nominative.shift();
      const parts = nominative?.filter((word) => !NAME_PARTICLES.has(word)).length ?? 0;
      if (!nominative || parts < FEWEST_NAME_PARTS || parts > MOST_NAME_PARTS) continue;
      const name = nominative.join(" ");
      const confirmed = form.confirmedBy === "surname" ? written.has(nominative.at(-1)!) : text.includes(name);
      if (form.certain(run.at(-1)!) || confirmed) names.push(name);
      break;
    }
  }
  return names;
}

/** `run` in the nominative, its last word a surname's, if every word ends as `form` declines it; particles as they are. */
function inNominative(run: string[], form: Declension): string[] | undefined {
  const nominative = run.map((word, i) =>
    NAME_PARTICLES.has(word) ? word : i === run.length - 1 ? undeclined(word, form.surname) : undeclined(word, form.given),
  );
  return nominative.every((word) => word !== undefined) ? (nominative as string[]) : undefined;
}

/** The word with the first of `endings` it ends in replaced by its nominative's. */
function undeclined(word: string, endings: readonly Ending[]): string | undefined {
  for (const [ending, nominative] of endings) {
    if (ending.test(word)) return word.replace(ending, nominative);
  }
  return undefined;
}

/**
 * A name's endings in one case and gender, each to its nominative's; whether a surname's form tells the case; else
 * what else the text must write for the name to be read: its surname in the nominative, or the whole name.
 */
interface Declension {
  given: readonly Ending[];
  surname: readonly Ending[];
  certain: (surname: string) => boolean;
  confirmedBy: "surname" | "name";
}

type Ending = readonly [RegExp, string];

/** An ending, after a stem of two letters or more, and what the nominative ends in instead. */
const ending = (oblique: string, nominative: string): Ending => [new RegExp(`(?<=\\p{L}{2})(?:${oblique})$`, "u"), nominative];
/** A man's patronymic's ending in the case, to its nominative's: `Викторовичем`. */
const patronymic = (oblique: string): Ending => ending(`(?<=ович|евич|ич)${oblique}`, "");
/** A woman's: `Андреевной`. */
const womansPatronymic = (oblique: string): Ending => ending(`(?<=овн|евн|ичн)(?:${oblique})`, "а");

/** Letters a stem ends in before a hard ending: not a vowel, nor the soft sign. */
const CONSONANT = "[^аеёиоуыэюяь]";

const DECLENSIONS: readonly Declension[] = [
  // A man's instrumental: `Хаканом Фиданом`, `Сергеем Лавровым`, `Игорем Сечиным`, `Фёдором Достоевским`.
  {
    given: [
      patronymic("ем"),
      ending(`(?<=[еи])ем`, "й"),
      ending(`(?<=[жшчщц])ем`, ""),
      ending(`(?<=${CONSONANT})ем`, "ь"),
      ending(`(?<=${CONSONANT})ом`, ""),
    ],
    surname: [ending(`(?<=ов|ев|ёв|ин|ын)ым`, ""), ending(`(?<=[сц]к)им`, "ий"), ending(`(?<=${CONSONANT})ом`, ""), ending(`(?<=[еи])ем`, "й")],
    certain: () => true,
    confirmedBy: "name",
  },
  // A man's dative: `Владимиру Путину`, `Сергею Лаврову`; `Хакану Фидану` when `Фидан` is written too.
  {
    given: [patronymic("у"), ending(`(?<=[еи])ю`, "й"), ending(`(?<=${CONSONANT})ю`, "ь"), ending(`(?<=${CONSONANT})у`, "")],
    surname: [ending(`(?<=[сц]к)ому`, "ий"), ending(`(?<=${CONSONANT})у`, "")],
    certain: (surname) => /(?:ов|ев|ёв|ин|ын)у$|[сц]кому$/u.test(surname),
    confirmedBy: "surname",
  },
  // A woman's genitive, dative, instrumental or prepositional: `Марией Захаровой`, `Анны Петровой`, `Ольге Лебедевой`.
  {
    given: [
      womansPatronymic("ой|ы|е"),
      ending(`и(?:ей|и|е)`, "ия"),
      ending(`(?:ой|е)`, "а"),
      ending(`(?<=[^гкхжшчщ])ы`, "а"),
      ending(`(?<=[гкхжшчщ])и`, "а"),
    ],
    surname: [ending(`(?<=ов|ев|ёв|ин|ын)ой`, "а"), ending(`(?<=[сц]к)ой`, "ая")],
    certain: () => true,
    confirmedBy: "name",
  },
  // A man's genitive: `Сергея Лаврова`, which a woman's nominative can be (`Анна Петрова`): unless `-ского`, read only
  // where the text writes the nominative name too.
  {
    given: [patronymic("а"), ending(`(?<=[еи])я`, "й"), ending(`(?<=${CONSONANT})я`, "ь"), ending(`(?<=${CONSONANT})а`, "")],
    surname: [ending(`(?<=[сц]к)ого`, "ий"), ending(`(?<=${CONSONANT})а`, "")],
    certain: (surname) => /[сц]кого$/u.test(surname),
    confirmedBy: "name",
  },
];

/**
 * Places a Russian text names after a preposition of place, in the case it takes (`в Багдаде`, `из Анкары`, `до
 * Эрбиля`), in the nominative. The ending does not tell the nominative (`в Багдаде` is of `Багдад`, `в Анкаре` of
 * `Анкара`, `в Кремле` of `Кремль`), so a place is read only where the text writes the name in the nominative too
 * (`Багдад неоднократно выражал протест`, the dateline's `БАГДАД`), and not where a role is of it, as of a body (`в
 * Госдуме`, `спикер Госдумы`); a company's name is in quotation marks (`в «Роснефти»`) and read as none. Countries are
 * read by their names in every case (russianCountryForms).
 */
export function russianPlaces(text: string): string[] {
  const words: string[] = text.match(WORD_OR_MARK) ?? [];
  const written = new Set(words.map((word) => word.toLowerCase()));
  // `спикер Госдумы`, `пресс-секретарь Кремля`: what a role other than a town's or a region's is of is a body.
  const bodies = new Set(
    words.flatMap((word, i) =>
      ROLE_HEADS.has(word.toLowerCase()) && !ROLES_OF_PLACES.has(word.toLowerCase()) && isNameWord(words[i + 1] ?? "")
        ? placeInNominative(words[i + 1]!)
        : [],
    ),
  );
  const places: string[] = [];
  words.forEach((word, i) => {
    const place = words[i + 1] ?? "";
    if (!PLACE_PREPOSITIONS.has(word.toLowerCase()) || !isNameWord(place) || isObliqueAdjective(place)) return;
    const nominative = placeInNominative(place).find((name) => written.has(name.toLowerCase()));
    if (nominative && !isCountryForm(nominative) && !bodies.has(nominative)) places.push(nominative);
  });
  return places;
}

/** Roles of a town or a region, which name a place after them: `мэр Москвы`, `губернатор Курска`. */
const ROLES_OF_PLACES = new Set(["мэр", "губернатор"]);

/** The nominatives a place's name in an oblique case may be of: `Анкаре` of `Анкар`, `Анкара`, `Анкарь` or `Анкаря`. */
function placeInNominative(word: string): string[] {
  const [, stem, ending] = /^(\p{L}[\p{L}-]{2,}?)(е|и|ы|а|я|у|ю)$/u.exec(word) ?? [];
  if (stem === undefined) return [];
  const nominatives: Record<string, string[]> = {
    е: ["", "а", "ь", "я", "й"],
    и: ["я", "а", "ь"],
    ы: ["а"],
    а: [""],
    я: ["ь", "й", "е"],
    у: ["", "а"],
    ю: ["ь", "й", "я"],
  };
  return nominatives[ending!]!.map((nominative) => stem + nominative);
}

/** Prepositions before a place: in, from, near, under, as far as. */
const PLACE_PREPOSITIONS = new Set(["в", "во", "из", "под", "около", "близ", "возле", "вблизи", "до"]);

/**
 * A run of capitalised words that is no person's name in Russian: one a role opens, as a sentence capitalises it
 * (`Министр Лавров`: the person is read by the fuller name the text gives, if any); one with a country's name in it,
 * in any case (`Власти Ирака`, `Ирака Фуад Хусейн`), or an adjective in an oblique case (`Иракского Курдистана`), or a
 * word in an oblique case (`Хаканом Фиданом`, `Марией Захаровой`: namesInObliqueCases reads them in the nominative),
 * which a name in the nominative does not have; or one that runs into
 * a name read after its role from the body before it (`Пентагона Пэт Райдер`, `Еврокомиссии Урсула`), given
 * `readByRole`, russianPeople's names.
 */
export function isNoRussianName(name: string, readByRole: readonly string[] = []): boolean {
  const words = name.split(" ");
  return (
    ROLE_HEADS.has(words[0]!.toLowerCase()) ||
    words.some((word, i) => isCountryForm(word) || isObliqueForm(word) || (i < words.length - 1 && isObliqueAdjective(word))) ||
    readByRole.some((person) => runsInto(words, person.split(" ")))
  );
}

/** `Пентагона Пэт Райдер` into `Пэт Райдер`: words, then the opening words of `name`, and no more of them. */
function runsInto(words: string[], name: string[]): boolean {
  for (let overlap = Math.min(words.length - 1, name.length); overlap >= 1; overlap--) {
    if (words.slice(-overlap).join(" ") === name.slice(0, overlap).join(" ")) return true;
  }
  return false;
}

/** The capitalised words from `start` on, with the particles inside a name (`ас-Судани`, `бин Салман`). */
function capitalisedRunAt(words: string[], start: number): string[] {
  const run: string[] = [];
  for (let at = start; at < words.length; at++) {
    const word = words[at]!;
    if (isNameWord(word)) run.push(word);
    else if (run.length > 0 && particlesBeforeName(words, at)) run.push(word);
    else break;
  }
  return run;
}

/** Where the quotation opening at `at` closes, if it holds a name of a few words. */
function closingQuote(words: string[], at: number): number | undefined {
  const close = words.indexOf("»", at);
  return close > at && close <= at + MOST_QUOTED_WORDS + 1 ? close : undefined;
}

/** `фон дер Ляйен`: particles from `at` on, then a name's word. */
function particlesBeforeName(words: string[], at: number): boolean {
  let next = at;
  while (NAME_PARTICLES.has(words[next] ?? "")) next++;
  return next > at && isNameWord(words[next] ?? "");
}

/**
 * The name a run after a role ends in: the run without the place or body the role is of before the name (`Ирака`,
 * `Иракского Курдистана`, an adjective taking the noun after it), two or three words in the nominative.
 */
function nameInRun(run: string[]): string[] | undefined {
  const name = [...run];
  const parts = () => name.filter((word) => !NAME_PARTICLES.has(word)).length;
  while (name.length > 0) {
    if (isCountryForm(name[0]!)) name.shift();
    else if (isObliqueAdjective(name[0]!) && name.length > 1) name.splice(0, 2);
    // `Пентагона Пэт Райдер`, `Совбеза России Сергей Шойгу`: a body's name in the genitive before a name of two parts
    // or more, but a first name before a patronymic (`Анна Андреевна Ахматова`).
    else if (parts() > FEWEST_NAME_PARTS && GENITIVE_ENDING.test(name[0]!) && !PATRONYMIC.test(name[1]!)) name.shift();
    else break;
  }
  const fits = parts() >= FEWEST_NAME_PARTS && parts() <= MOST_NAME_PARTS;
  return fits && !isNoRussianName(name.join(" ")) ? name : undefined;
}

/** The genitive singular's endings (`Пентагона`, `Кремля`, `Еврокомиссии`, `Хезболлы`). */
const GENITIVE_ENDING = /[аяиы]$/u;
const PATRONYMIC = /(?:вич|вна|ична|ич)$/u;

const isNameWord = (word: string) => /^(?:\p{Lu}\p{Ll}|\p{Ll}{1,3}-\p{Lu})/u.test(word);
const isAcronym = (word: string) => /^\p{Lu}{2,}$/u.test(word);

/** `Иракского`, `Саудовской`, `Соединённых`: an adjective in an oblique case, long enough to be no name (`Диего`). */
const isObliqueAdjective = (word: string) => word.length >= 6 && /(?:[ое]го|[ое]му|[сц]кой|ых)$/u.test(word);
/**
 * `Хаканом`, `Фиданом`, `Лаврову`, `Сергею`: the instrumental's and the dative's endings; `Марией`, `Захаровой`: a
 * woman's oblique cases' (a man's surname in `-ой` is no Russian surname's in `-овой`: `Толстой`).
 */
const isObliqueForm = (word: string) => /\p{L}{3}(?:ом|ым|ому|ему|ову|еву|ину|ею|ию|ией|(?:ов|ев|ёв|ин|ын)ой)$/u.test(word);

/**
 * A country's name in any of Russian's cases: `Ирака`, `Турции`, `Китае`, `Израилем` (countryNamesIn lists the
 * nominative: `ирак`, `турция`, `китай`, `израиль`).
 */
const isCountryForm = (word: string) => !word.includes(" ") && russianCountryForms().has(word.toLowerCase());

let forms: ReadonlyMap<string, string> | undefined;
/**
 * Every country name countryNamesIn lists for Russian, and a one-word name's oblique cases as its ending declines it
 * (countryFormsIn): `ирак` `ирака` `ираку` `ираком` `ираке` to `Iraq`; `турция` `турции` `турцию` `турцией`; `гана`
 * `ганы` (never `гани`, which is a name's: `Хайян Абдель Гани`).
 */
export function russianCountryForms(): ReadonlyMap<string, string> {
  forms ??= countryFormsIn("ru", declined);
  return forms;
}

/** A country's name in Russian's cases, as its ending declines it. */
function declined(name: string): string[] {
  const stem = name.slice(0, -1);
  if (name.endsWith("ия")) return [name, `${stem}и`, `${stem}ю`, `${stem}ей`];
  if (/[йь]$/u.test(name)) return [name, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  if (name.endsWith("а")) return [name, `${stem}${/[гкхжшчщ]$/u.test(stem) ? "и" : "ы"}`, `${stem}е`, `${stem}у`, `${stem}ой`];
  if (name.endsWith("я")) return [name, `${stem}и`, `${stem}ю`, `${stem}ей`, `${stem}е`];
  return /[бвгджзклмнпрстфхцчшщ]$/u.test(name) ? [name, `${name}а`, `${name}у`, `${name}ом`, `${name}е`] : [name];
}

const WORD_OR_MARK = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
const FEWEST_NAME_PARTS = 2;
/** `Реджеп Тайип Эрдоган`, `Сергей Викторович Лавров`. */
const MOST_NAME_PARTS = 3;
/** What a role may be of before the name: `иностранных дел Ирака`, `ВМС Корпуса стражей исламской революции (КСИР)`. */
const MOST_ROLE_WORDS = 8;

/** The words of a body's name in quotation marks within a role: `«Корпус стражей исламской революции»`. */
const MOST_QUOTED_WORDS = 5;

/** Words that join another clause or subject, which no role's description goes on past: `президент и его советники`. */
const CLAUSE_WORDS = new Set(["и", "а", "но", "или", "что", "чтобы", "который", "которая", "которые", "когда", "где", "как"]);

/** Roles and titles in the nominative, written before a name. */
const ROLE_HEADS = new Set(
  (
    "министр замминистра глава президент вице-президент премьер-министр премьер председатель зампред представитель " +
    "пресс-секретарь спикер генсек секретарь госсекретарь посол постпред лидер командующий командир губернатор мэр " +
    "депутат сенатор советник помощник заместитель директор руководитель начальник канцлер король принц эмир шейх " +
    "аятолла генерал полковник эксперт аналитик политолог журналист корреспондент"
  ).split(" "),
);

/** Particles inside a name, in small letters: `Мохаммед бин Салман`, `Урсула фон дер Ляйен`. */
const NAME_PARTICLES = new Set(["бин", "ибн", "бен", "аль", "де", "ди", "да", "дель", "ван", "фон", "дер"]);
