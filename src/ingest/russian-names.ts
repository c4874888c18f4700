import { countryNamesIn } from "./countries.ts";

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
  const names = new Set<string>();
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
          names.add(name.join(" "));
          return;
        }
        at += run.length;
      } else return;
    }
  });
  return [...names];
}

/**
 * A run of capitalised words that is no person's name in Russian: one with a country's name in it, in any case
 * (`Власти Ирака`, `Ирака Фуад Хусейн`), or an adjective in an oblique case (`Иракского Курдистана`), or a word in
 * the instrumental or dative (`Хаканом Фиданом`), which a name in the nominative does not have; or one that runs into
 * a name read after its role from the body before it (`Пентагона Пэт Райдер`, `Еврокомиссии Урсула`), given
 * `readByRole`, russianPeople's names.
 */
export function isNoRussianName(name: string, readByRole: readonly string[] = []): boolean {
  const words = name.split(" ");
  return (
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
/** `Хаканом`, `Фиданом`, `Лаврову`: the instrumental's and the dative's endings. */
const isObliqueForm = (word: string) => /\p{L}{3}(?:ом|ым|ому|ему|ову|еву|ину)$/u.test(word);

/**
 * A country's name in any of Russian's cases: `Ирака`, `Турции`, `Китае`, `Израилем` (countryNamesIn lists the
 * nominative: `ирак`, `турция`, `китай`, `израиль`).
 */
const isCountryForm = (word: string) => countryForms().has(word.toLowerCase());

let forms: ReadonlySet<string> | undefined;
/**
 * Every one-word country name countryNamesIn lists for Russian, and its oblique cases as its ending declines it:
 * `ирак` `ирака` `ираку` `ираком` `ираке`; `турция` `турции` `турцию` `турцией`; `гана` `ганы` (never `гани`, which
 * is a name's: `Хайян Абдель Гани`).
 */
function countryForms(): ReadonlySet<string> {
  forms ??= new Set(
    [...countryNamesIn("ru").keys()]
      .filter((name) => !name.includes(" "))
      .flatMap((name) => {
        const stem = name.slice(0, -1);
        if (name.endsWith("ия")) return [name, `${stem}и`, `${stem}ю`, `${stem}ей`];
        if (/[йь]$/u.test(name)) return [name, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
        if (name.endsWith("а")) return [name, `${stem}${/[гкхжшчщ]$/u.test(stem) ? "и" : "ы"}`, `${stem}е`, `${stem}у`, `${stem}ой`];
        if (name.endsWith("я")) return [name, `${stem}и`, `${stem}ю`, `${stem}ей`, `${stem}е`];
        return /[бвгджзклмнпрстфхцчшщ]$/u.test(name) ? [name, `${name}а`, `${name}у`, `${name}ом`, `${name}е`] : [name];
      }),
  );
  return forms;
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
