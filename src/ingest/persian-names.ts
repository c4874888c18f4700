import { countryListIn, withPersianLetters } from "./countries.ts";

/**
 * People named in an article in Persian, which, like Arabic (arabic-names.ts) and Sorani (sorani-names.ts), writes no
 * capitals: a name is told by the role set beside it, as a reader tells it. Persian news names a person after their
 * role, directly or between commas (`سخنگوی دولت فاطمه مهاجرانی`, the government's spokeswoman Fatemeh Mohajerani;
 * `وزیر امور خارجه ایران، عباس عراقچی،`), or opens a sentence on the name and puts the role after a comma (`عباس
 * عراقچی، وزیر امور خارجه`). `آقای` and `خانم` (Mr, Ms) before a name are no part of it. The names are listed as the
 * article writes them, in Arabic letters.
 */
export function persianPeople(text: string): string[] {
  const names: string[] = [];
  // `عراقچي` and `عراقچی`: one name, typed with Arabic's letters or Persian's.
  const lines = withPersianLetters(text, "fa")
    .split("\n")
    .map((line) => line.split(/\s+|(?=[،,.:؛;!?؟"«»()])|(?<=[،,.:؛;!?؟"«»()])/u).filter((word) => word !== ""));
  // A person's surname alone anywhere in the article (calledBySurname), the line's words apart.
  const all = lines.flatMap((words) => ["\n", ...words]);
  for (const words of lines) {
    words.forEach((word, i) => {
      if (!ROLE_HEADS.has(word)) return;
      for (const name of [nameAfterRole(words, i + 1, all), nameBeforeRole(words, i)]) if (name) names.push(name.join(" "));
    });
  }
  return names;
}

/**
 * Places a Persian text names after their kind, as it names a town or a province (`شهر سنندج`, the city of Sanandaj;
 * `استان کردستان`, Kurdistan province; `شهر خرم‌آباد`), as the article writes them. Persian writes no capitals, and its
 * adjectives follow their noun (`شهر مرزی`, the border town; `شهر بزرگ`): a word ending in `ی`, which an adjective of
 * place takes, a plural (`‌ها`), or a word a sentence goes on with, is no name.
 */
export function persianPlaces(text: string): string[] {
  const words = withPersianLetters(text, "fa").split(/[\s،,.:؛;!?؟"«»()]+/u);
  const places: string[] = [];
  words.forEach((word, i) => {
    const name = words[i + 1] ?? "";
    if (!PLACE_KINDS.has(word) || !/^[\p{L}\p{M}\u200c]{3,}$/u.test(name) || /ی$|\u200cها/u.test(name)) return;
    if (!isRoleWord(name) && !STOP_WORDS.has(name) && !NOT_PLACE_NAMES.has(name)) places.push(name);
  });
  return places;
}

/**
 * City, province, county, village, port, area (`منطقه پیرانشهر`) and region (`اقلیم کردستان`, the Kurdistan Region).
 */
const PLACE_KINDS = new Set(["شهر", "استان", "شهرستان", "روستای", "بندر", "منطقه", "اقلیم"]);
/** Adjectives and pronouns after a place's kind: big, small, other, holy, own, our, free (`منطقه آزاد`, a free zone). */
const NOT_PLACE_NAMES = new Set(["بزرگ", "کوچک", "دیگر", "مقدس", "خود", "ما", "شما", "آنها", "جدید", "قدیم", "آزاد", "ویژه"]);

/**
 * Organisations a Persian text names after their kind, as it names an agency or a network (`سازمان حقوق بشری
 * هەنگاو`, the Hengaw human rights organisation; `شبکه حقوق بشر کردستان`, the Kurdistan Human Rights Network): the
 * kind and the words after it up to a mark or a word the sentence goes on with (`نیز`, `در`, `گفت`), which a name
 * does not run into; a run longer than a name, or one that runs on to no such end, names none.
 */
export function persianOrganizations(text: string): string[] {
  const organizations: string[] = [];
  for (const line of withPersianLetters(text, "fa").split("\n")) {
    const words = line.split(/\s+|(?=[،,.:؛;!?؟"«»()])|(?<=[،,.:؛;!?؟"«»()])/u).filter((word) => word !== "");
    words.forEach((word, i) => {
      if (!ORGANIZATION_KINDS.has(word)) return;
      const end = words.findIndex((each, at) => at > i && (isPunctuation(each) || STOP_WORDS.has(each)));
      const name = words.slice(i + 1, end);
      const named = end !== -1 && name.length >= 1 && name.length <= MOST_ORGANIZATION_WORDS;
      if (named && name.every((each) => /^[\p{L}\p{M}\u200c]+$/u.test(each) && !NOT_PLACE_NAMES.has(each))) {
        organizations.push([word, ...name].join(" "));
      }
    });
  }
  return organizations;
}

/** Organisation, network, association, society, foundation, agency, party. */
const ORGANIZATION_KINDS = new Set(["سازمان", "شبکه", "انجمن", "جمعیت", "بنیاد", "خبرگزاری", "حزب"]);
const MOST_ORGANIZATION_WORDS = 4;

/**
 * The name after a role's words from `start`: after a title (`خانم`); the words after what the role is of (`دولت`,
 * `امور خارجه ایران`), up to where the sentence goes on, when the article calls the person by surname elsewhere too;
 * or, after a comma, the words up to the mark that closes them.
 */
function nameAfterRole(words: string[], start: number, article: string[]): string[] | undefined {
  let end = start;
  while (end < words.length && end - start < MOST_ROLE_WORDS + MOST_NAME_PARTS && !isPunctuation(words[end]!) && !STOP_WORDS.has(words[end]!)) end++;
  const run = words.slice(start, end);
  const titled = run.findIndex((word) => TITLES.has(word));
  if (titled !== -1) return asName(run.slice(titled + 1));
  let described = 0;
  while (described < run.length && isRoleWord(run[described]!)) described++;
  if (described < run.length) {
    // `رئیس پلیس تهران`: a role that is of something names it before any name, unless it is whole (`رئیس‌جمهور`).
    const name = described >= 1 || WHOLE_ROLES.has(words[start - 1]!) ? asName(run.slice(described)) : undefined;
    // `رئیس‌جمهور عراق عبداللطیف رشید`: a country's name closes what the role is of, and the name follows; a body's
    // name may run on past the words ROLE_WORDS knows, so after one the person must be called by surname too.
    const closed = described >= 1 && countryWords().has(run[described - 1]!);
    return name && (closed || calledBySurname(article, name)) ? name : undefined;
  }
  if (words[end] !== "،" && words[end] !== ",") return undefined;
  const apposed = words.slice(end + 1, end + 2 + MOST_NAME_PARTS);
  // The apposition closes on a mark: `ایران، هفته آینده به` goes on with the sentence, no name.
  const named = apposed.findIndex(isPunctuation);
  const name = apposed.slice(TITLES.has(apposed[0]!) ? 1 : 0, named === -1 ? apposed.length : named);
  return named === -1 ? undefined : asName(name);
}

/**
 * The name a sentence or line opens on before a comma and the role at `role`: `عباس عراقچی، وزیر امور خارجه`, and
 * `آقای عباس عراقچی،`.
 */
function nameBeforeRole(words: string[], role: number): string[] | undefined {
  if (words[role - 1] !== "،" && words[role - 1] !== ",") return undefined;
  let start = role - 1;
  const opensName = (at: number) => isPunctuation(words[at - 1]!) || NAME_PREPOSITIONS.has(words[at - 1]!);
  while (start > 0 && role - 1 - start < MOST_NAME_PARTS + 1 && !opensName(start)) start--;
  const opensSentence = start === 0 || /^[.!?؟:]$/u.test(words[start - 1]!);
  if (!opensSentence && !(NAME_PREPOSITIONS.has(words[start - 1]!) && closesApposition(words, role))) return undefined;
  const opening = words.slice(start, role - 1);
  return asName(TITLES.has(opening[0]!) ? opening.slice(1) : opening);
}

/**
 * Whether the role at `role` is an apposition a comma closes, as one after a name inside a sentence is: `با فواد حسین،
 * وزیر امور خارجه عراق، دیدار کرد` (met Fuad Hussein, Iraq's foreign minister).
 */
function closesApposition(words: string[], role: number): boolean {
  const after = words.slice(role + 1, role + 2 + MOST_ROLE_WORDS);
  const mark = after.findIndex(isPunctuation);
  return mark !== -1 && (after[mark] === "،" || after[mark] === ",");
}

/**
 * Whether the article calls the person by surname alone elsewhere (`خانم مهاجرانی`, `مهاجرانی گفت`): what a role is of
 * can run on past the words ROLE_WORDS knows (`مدیر کل سازمان حفاظت محیط زیست`, the head of the environment
 * protection agency), and a body's name is written whole each time, a person's is not.
 */
function calledBySurname(words: string[], name: string[]): boolean {
  const surname = name.at(-1)!;
  return words.some((word, i) => word === surname && words[i - 1] !== name.at(-2));
}

/** Two or three words, none a role's, a title or a word a sentence goes on with, as a name. */
function asName(words: string[]): string[] | undefined {
  const named = words.length >= FEWEST_NAME_PARTS && words.length <= MOST_NAME_PARTS;
  return named && words.every((word) => /^[\p{L}\p{M}\u200c]+$/u.test(word) && !isRoleWord(word) && !TITLES.has(word) && !STOP_WORDS.has(word))
    ? words
    : undefined;
}

/** A word of a role or of what it is of: a role's noun, a body's, a place's, a country's. */
const isRoleWord = (word: string) => ROLE_HEADS.has(word) || ROLE_WORDS.has(word) || countryWords().has(word);

const isPunctuation = (word: string) => /^[،,.:؛;!?؟"«»()]$/u.test(word);

const FEWEST_NAME_PARTS = 2;
const MOST_NAME_PARTS = 3;
/** `امور خارجه جمهوری اسلامی ایران`: the words a role is of. */
const MOST_ROLE_WORDS = 6;

/** Roles before what they are of, with the ezafe: minister, head, spokesman, deputy, representative, adviser… */
const ROLE_HEADS = new Set(
  [
    ...["وزیر", "رئیس", "رییس", "سخنگوی", "معاون", "نماینده", "مشاور", "سفیر", "فرمانده", "دبیر", "مدیر", "دادستان"],
    ...["استاندار", "رهبر", "عضو", "نایب", "قائم‌مقام", "رئیس‌جمهور", "رییس‌جمهور", "نخست‌وزیر", "دبیرکل", "مدیرعامل"],
  ],
);

/** Roles of no body but the state's, named without it: president, prime minister. */
const WHOLE_ROLES = new Set(["رئیس‌جمهور", "رییس‌جمهور", "نخست‌وزیر"]);

/** Prepositions before a name in a sentence: with, from, to, for (`با فواد حسین، وزیر امور خارجه عراق،`). */
const NAME_PREPOSITIONS = new Set(["با", "از", "به", "برای"]);

/** Titles before a name, no part of it: Mr, Ms, Dr. */
const TITLES = new Set(["آقای", "خانم", "دکتر", "سرکار"]);

/**
 * Words of what a role is of: bodies, ministries' fields, and the words that qualify a role (`پیشین`, former), which
 * no name has. A country's name is one too (countryWords).
 */
const ROLE_WORDS = new Set(
  [
    ...["دولت", "مجلس", "شورای", "شورا", "اسلامی", "امور", "خارجه", "خارجی", "داخله", "کشور", "قوه", "قضاییه", "قضائیه"],
    ...["سپاه", "پاسداران", "انقلاب", "ارتش", "نیروی", "نیروهای", "انتظامی", "امنیت", "ملی", "عالی", "سازمان", "ملل"],
    ...["متحد", "اتحادیه", "اروپا", "جمهوری", "جمهور", "اقتصاد", "دارایی", "نفت", "دفاع", "بهداشت", "آموزش", "پرورش"],
    ...["علوم", "کار", "نیرو", "ارشاد", "فرهنگ", "ارتباطات", "صنعت", "تجارت", "ورزش", "دادگستری", "اطلاعات"],
    ...["کمیسیون", "کمیته", "حزب", "دانشگاه", "استان", "شهر", "شهرداری", "بانک", "مرکزی", "وزارت", "دفتر", "ستاد"],
    ...["کل", "حقوق", "بشر", "پیشین", "سابق", "اول", "ارشد", "ویژه", "دائم", "مردم", "پارلمان", "کاخ", "سفید"],
    ...["آمریکا", "امریکا", "اروپایی", "خبرگزاری", "روابط", "عمومی", "سیاسی", "نظامی", "بین‌الملل", "بین‌المللی"],
  ],
);

/**
 * Words a name ends before: prepositions and particles, the days and the verbs of saying that follow a speaker's
 * name (`روز سه‌شنبه گفت`).
 */
const STOP_WORDS = new Set(
  [
    ...["در", "به", "از", "با", "که", "و", "را", "برای", "تا", "بر", "درباره", "پس", "پیش", "ضمن", "طی", "هم", "نیز"],
    ...["این", "آن", "روز", "امروز", "دیروز", "شب", "صبح", "گفت", "گفته", "گفت‌وگو", "اعلام", "کرد", "است", "بود"],
    ...["افزود", "نوشت", "تاکید", "تأکید", "اظهار", "خواستار", "هشدار", "پیش‌تر", "همچنین", "اما", "ولی", "او", "وی"],
  ],
);

let countries: ReadonlySet<string> | undefined;
/**
 * The world's countries' one-word Persian names (i18n-iso-countries' list): `ایران`, `عراق`. Words of longer ones are
 * left out: `سنت وینسنت` (Saint Vincent) holds a first name.
 */
function countryWords(): ReadonlySet<string> {
  countries ??= new Set(
    Object.values(countryListIn("fa"))
      .flat()
      .filter((name) => !/\s/u.test(name)),
  );
  return countries;
}
