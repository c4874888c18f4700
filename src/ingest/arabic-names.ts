import { countryNamesIn } from "./countries.ts";

/**
 * People named in an article in Arabic, which compromise (English) cannot read: Arabic writes no capitals, so a name
 * is told by what goes before it, a title or a role, as a reader tells it: `رئيس الوزراء العراقي محمد شياع السوداني`
 * (the Iraqi prime minister Mohammed Shia al-Sudani), `المهندس نصرت أدمو،` (the engineer Nusrat Admo), and a name set
 * between commas after a role, `المتحدث باسم حكومة الإقليم، بيشوا هوراماني،` (the regional government's spokesman,
 * Peshawa Hawramani). The names are listed as the article writes them, in Arabic letters; the alias file can list
 * them under the archive's spelling.
 */
export function arabicPeople(text: string): string[] {
  const words = text.split(/\s+|(?=[،,.:؛;!?؟"«»()])|(?<=[،,.:؛;!?؟"«»()])/u).filter((word) => word !== "");
  const names: string[] = [];
  words.forEach((word, i) => {
    if (!TITLES.has(word) && !ROLE_HEADS.has(word)) return;
    let at = i + 1;
    // `رئيس الوزراء`, `وزير الخارجية`, `المتحدث باسم حكومة الإقليم`: the role's own words, then what qualifies it
    // (`العراقي`, `السابق`).
    if (words[at] === "باسم") at++;
    // `النائب عن محافظة نينوى`, `الباحث في الشأن السياسي`: a title's constituency or field, after a preposition.
    if (TITLES.has(word) && FIELD_PREPOSITIONS.has(words[at]!) && isRoleWord(words[at + 1] ?? "", words[at + 2])) at++;
    // `محافظ دمشق`: a governor's title names the province, whatever its name.
    if (word === "محافظ" && words[at] !== undefined && !isPunctuation(words[at]!)) at++;
    let described = 0;
    while (at < words.length && described < MOST_ROLE_WORDS && isRoleWord(words[at]!, words[at + 1])) {
      // `إقليم كردستان`: a body's noun and the place it is of, without the article.
      at += BODY_NOUNS.has(words[at]!) && PLACE_WORDS.has(words[at + 1]!) ? 2 : 1;
      described++;
    }
    const apposed = words[at] === "،" || words[at] === ",";
    const name = nameAt(words, apposed ? at + 1 : at);
    if (name && (!apposed || isPunctuation(words[at + 1 + name.length] ?? "،"))) names.push(name.join(" "));
  });
  return names;
}

/**
 * The name that opens at `start`: two or three parts, up to a stop; a word with the article (`السوداني`, `النشمي`) is
 * its family name and ends it, but for a compound's second word (`عبد اللطيف`). After two parts, a present-tense verb
 * (`يستقبل`, `تلتقي`) or a noun as an object writes it (`وفدا`, `بياناً`) ends it too.
 */
function nameAt(words: string[], start: number): string[] | undefined {
  const name: string[] = [];
  // the name's parts: `عبد اللطيف` is one
  let parts = 0;
  for (let at = start; at < words.length && parts < MOST_NAME_PARTS; at++) {
    const word = words[at]!;
    if (isPunctuation(word) || isRoleOrStop(word) || (parts >= FEWEST_NAME_PARTS && ENDS_A_NAME.test(word))) break;
    if (COMPOUND_FIRST.has(name.at(-1) ?? "")) {
      name.push(word);
      continue;
    }
    if (isDefinite(word)) {
      if (parts === 0) return undefined;
      // `مقتدى الصدر`; after two parts, only a family name of descent (`السوداني`): `هاكان فيدان العلاقات` (Hakan
      // Fidan, then "the relations") ends before its noun.
      if (parts === 1 || /[يى]$/u.test(word)) name.push(word);
      return name.length >= FEWEST_NAME_PARTS ? name : undefined;
    }
    name.push(word);
    parts++;
  }
  return parts >= FEWEST_NAME_PARTS && !COMPOUND_FIRST.has(name.at(-1)!) ? name : undefined;
}

/** A title, a role, a body's noun or a stop word, also after a preposition or conjunction joined to it (`لرئيس`). */
function isRoleOrStop(word: string): boolean {
  return [word, word.slice(1)].some((each) => TITLES.has(each) || ROLE_HEADS.has(each) || BODY_NOUNS.has(each) || STOP_WORDS.has(each));
}

/** A word with the article, alone or after a preposition or conjunction joined to it (`للأمم`, `بالعراق`, `والسفير`). */
const isDefinite = (word: string) => /^(?:ال|لل|بال|وال)/u.test(word);

/**
 * A word of a role's description: a noun or adjective with the article, `عام`, a place (`محافظ نينوى`), or a noun of a
 * body before one, or before another body's noun that is in construct with a place (`حكومة الإقليم`, `حكومة إقليم
 * كوردستان`, the Kurdistan Region's government).
 */
function isRoleWord(word: string, next: string | undefined): boolean {
  return (
    isDefinite(word) ||
    ROLE_ADJECTIVES.has(word) ||
    PLACE_WORDS.has(word) ||
    (BODY_NOUNS.has(word) && next !== undefined && (isDefinite(next) || PLACE_WORDS.has(next) || BODY_NOUNS.has(next)))
  );
}

const isPunctuation = (word: string) => /^[،,.:؛;!?؟"«»()]$/u.test(word);

const FEWEST_NAME_PARTS = 2;
const MOST_NAME_PARTS = 3;
/** A present-tense verb's first letter, an object's ending: no name's third part. */
const ENDS_A_NAME = /^[يت]|اً?$/u;
const MOST_ROLE_WORDS = 4;

/** Titles and roles written with the article, before a name: `الرئيس`, `الشيخ`, `المهندس`, `اللواء`. */
const TITLES = new Set(
  "الرئيس السيد السيدة الشيخ الدكتور الدكتورة المهندس الأستاذ اللواء العميد الفريق العقيد المقدم الرائد النقيب النائب النائبة الوزير الوزيرة السفير المرجع الزعيم القيادي الناشط الناشطة الكاتب الكاتبة الصحافي الصحفي الباحث الباحثة الخبير الخبيرة المحلل المتحدث المتحدثة الناطق المحافظ القاضي الأمين المبعوث المستشار السفيرة الرئيسة نظيره نظيرته نظيرها".split(
    " ",
  ),
);

/** Roles written before a body's name, without the article (`رئيس الوزراء`, `وزير الخارجية`, `محافظ نينوى`). */
const ROLE_HEADS = new Set("رئيس رئيسة وزير وزيرة نائب سفير محافظ قائد مدير مديرة زعيم مستشار مبعوث ممثل عضو أمين".split(" "));

/** The prepositions a title's constituency or field follows: `النائب عن` (the MP for), `الباحث في` (the researcher in). */
const FIELD_PREPOSITIONS = new Set(["عن", "في"]);

/** Nouns of bodies that a role names before the article's word (`حكومة الإقليم`, `مجلس النواب`, `إقليم كردستان`). */
const BODY_NOUNS = new Set("حكومة مجلس إقليم وزارة جهاز قيادة هيئة ائتلاف تحالف حزب كتلة محافظة جامعة منظمة شركة شرطة عمليات قوات جيش لجنة مكتب مفوضية دائرة خلية".split(" "));

/**
 * Words of a role written without the article: `مدير عام` (director general), `نائب أول` (first deputy), `المنتهية
 * ولايته` (whose term ends).
 */
const ROLE_ADJECTIVES = new Set(["عام", "أول", "ولايته", "ولايتها"]);

/**
 * Places known by name, which a role's body may be named by without the article (`إقليم كردستان`, `محافظ نينوى`), and
 * which arabicPlaces reads wherever the text writes them. Kurdish outlets writing Arabic spell Kurdistan with its
 * Kurdish `و` (`إقليم كوردستان`).
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set("كردستان كوردستان بغداد أربيل نينوى كركوك ديالى بابل كربلاء واسط ميسان دهوك حلبجة".split(" "));
/**
 * A known place's name as a whole word, or with the conjunctions and prepositions Arabic writes onto a word before it:
 * `و` (and), `ف` (so), `ب` (in), `ل` (to, for), one or two of them (`وبغداد`, `ببغداد`, `لأربيل`).
 */
const KNOWN_PLACE = new RegExp(`(?<!\\p{Script=Arabic})[وفبل]{0,2}(${[...PLACE_WORDS].join("|")})(?!\\p{Script=Arabic})`, "gu");

/** A name's first word of a compound whose second has the article: `عبد اللطيف`, `أبو بكر`, `أبو عبد الله`. */
const COMPOUND_FIRST = new Set(["عبد", "أبو", "ابو", "بن", "ابن", "أم"]);

/**
 * Words a name ends before: particles, prepositions, the verbs of saying that follow a speaker's name, and the words
 * that cite a source, set between commas after a role as a name is (`وقال رئيس الحكومة، بحسب البيان، إن`, the head
 * of government said, according to the statement).
 */
const STOP_WORDS = new Set(
  "بحسب حسب وفق وفقا وفقاً طبقا نقلا في إن أن بأن قد لقد على إلى الى من عن مع خلال بعد قبل حول فوق تحت أمام خلف داخل خارج قرب نحو حتى ضمن دون غير أمس اليوم يوم الذي التي الذين و ثم كما حيث أثناء عبر بين ضد منذ عند لدى بشأن إنه أنه قال يقول أكد يؤكد أعلن أشار أوضح أضاف دعا التقى يلتقي استقبل زار يزور وصل بحث ناقش شدد أمر اتهم رفض طالب قرر حذر هو هي وهو وهي".split(
    " ",
  ),
);

/**
 * Places an article in Arabic names, which compromise cannot read and Arabic writes without capitals: a town, a
 * province or a district after its kind, as a reader tells it (`محافظة كركوك`, the province of Kirkuk; `مدينة الموصل`;
 * `بمحافظة الأنبار`, in Anbar province; `ميناء جيهان`, the port of Ceyhan; `العاصمة بغداد`, the capital Baghdad), the
 * town a story is filed from, opening its lead before a dash (`بغداد - واع`, `بغداد- أعلن`), as wire stories in every
 * language open, and a place known by name (PLACE_WORDS) wherever the text writes it: after a preposition (`في بغداد`,
 * `ببغداد`, in Baghdad), a noun in construct with it (`حقول كركوك`, Kirkuk's fields) or `و` (`بين أربيل وبغداد`). No
 * person is named so; a family name that says where one is from is another word, with the article and an adjective's
 * ending (`البغدادي`). The kind without the article is in construct with the name after it, which is a proper noun or
 * has the article (`الأنبار`); an adjective after it agrees with it, without the article, and ends as one of a
 * people's or a place's (`مدينة حدودية`, a border town) or is a common one (`قرية صغيرة`): no place. After `العاصمة`
 * the name goes without the article, and with it is an adjective (`العاصمة العراقية`). The places are listed as the
 * article writes them, in Arabic letters; the alias file can list them under the archive's spelling.
 */
export function arabicPlaces(text: string): string[] {
  const places: string[] = [];
  for (const [, place] of text.matchAll(DATELINE)) if (isPlaceWord(place!)) places.push(place!);
  for (const [, place] of text.matchAll(KNOWN_PLACE)) places.push(place!);
  const words = text.split(/[\s،,.:؛;!?؟"«»()/-]+/u);
  words.forEach((word, i) => {
    const kind = PLACE_KINDS.has(word) ? word : PLACE_KINDS.has(word.slice(1)) && /^[بلوف]/u.test(word) ? word.slice(1) : undefined;
    if (kind === undefined) return;
    const place = placeAt(words, i + 1, kind);
    // `محافظات البلاد` (the country's provinces), `محافظات الوسط` (the centre's): a plural is of a place with the
    // article; its list opens on a name.
    if (place && PLURAL_KINDS.has(kind) && isDefinite(place[0]!)) return;
    if (place) places.push(place.join(" "));
    // `محافظتي ديالى وصلاح الدين`: two provinces, the second after `و`; `محافظات نينوى وكركوك والأنبار`: more, each
    // after its `و`.
    let after = place ? i + 1 + place.length : -1;
    for (let count = 1; place && count < (LISTING_KINDS.get(kind) ?? 1) && words[after]?.startsWith("و"); count++) {
      const other = placeAt([words[after]!.slice(1), ...words.slice(after + 1, after + 3)], 0, kind);
      if (!other) break;
      places.push(other.join(" "));
      after += other.length;
    }
  });
  return places;
}

/** The place's name at `start` after its kind, one word or two, as arabicPlaces reads it. */
function placeAt(words: string[], start: number, kind: string): string[] | undefined {
  const [name = "", next = ""] = words.slice(start, start + 2);
  if (!isPlaceWord(name)) return undefined;
  const definite = isDefinite(name);
  if (kind === "العاصمة" ? definite : !definite && ADJECTIVE_ENDING.test(name)) return undefined;
  // `محافظة صلاح الدين`: a name in construct itself, its second word with the article and no adjective's ending
  // (`محافظة كركوك الشمالية`, `ميناء جيهان التركي`), nor a participle's (`قضاء سنجار المتنازع عليه`), nor the country
  // the place is in (`إقليم كردستان العراق`).
  // A second word with `و` before its article (`كركوك والأنبار`) is the next place of a list.
  const construct =
    !definite && next.startsWith("ال") && isPlaceWord(next) && !/^الم|ي$|ة$/u.test(next) && !countryNamesIn("ar").has(next);
  return construct ? [name, next] : [name];
}

/** A town and a dash opening a line, then the lead: `بغداد - واع`, `بغداد- أعلن جهاز الأمن الوطني`. */
const DATELINE = /^(\p{Script=Arabic}+) ?[-–] ?(?=\p{Script=Arabic})/gmu;
/**
 * City, province (and two provinces, `محافظتي ديالى وصلاح الدين`), district, subdistrict, town, village, port, capital,
 * region (`إقليم كردستان`), mountain and mountains (`جبال حمرين`).
 */
const PLACE_KINDS = new Set(["مدينة", "مدن", "محافظة", "محافظتي", "محافظات", "قضاء", "ناحية", "بلدة", "قرية", "ميناء", "العاصمة", "إقليم", "جبل", "جبال"]);
/** Provinces and cities, a list of them. */
const PLURAL_KINDS = new Set(["محافظات", "مدن"]);
const MOST_LISTED_PLACES = 6;
/** Kinds that name more places than one, each after `و`, and how many at most: two provinces, or a list. */
const LISTING_KINDS = new Map([["محافظتي", 2], ...[...PLURAL_KINDS].map((kind) => [kind, MOST_LISTED_PLACES] as const)]);
/** The ending of an adjective of a people or a place (`حدودية`, a border one; `التركي`, the Turkish). */
const ADJECTIVE_ENDING = /ي$|ية$/u;
/** A word of three letters or more, none a stop word, a role's or a body's (`محافظة` of `مجلس محافظة`). */
const isPlaceWord = (word: string) => /^\p{Script=Arabic}{3,}$/u.test(word) && !isRoleOrStop(word) && !NOT_PLACE_NAMES.has(word);
/** Adjectives after a kind of place, without an adjective of place's ending: big, small, new, old, other, one. */
const NOT_PLACE_NAMES = new Set(["كبيرة", "صغيرة", "جديدة", "قديمة", "كبرى", "أخرى", "واحدة", "كل", "أي", "ذات", "عدة"]);

/**
 * Organisations an article in Arabic names, which compromise cannot read: a body's noun with the article and the
 * adjectives that agree with it, each with the article too (`المحكمة الاتحادية العليا`, the Federal Supreme Court;
 * `الاتحاد الوطني الكردستاني`, the Patriotic Union of Kurdistan), and what it is for after `لل` (`المفوضية العليا
 * المستقلة للانتخابات`, the Independent High Electoral Commission). A noun with the article after the body's is no
 * adjective of it but by an adjective's ending (`ي`, `ية`, `ة`, `ى`, `ا`): `أعلنت المفوضية الإثنين` (the commission
 * announced on Monday) names none. The body's noun may have a conjunction or preposition joined to it (`والمحكمة`,
 * `للمفوضية`). The names are listed as the article writes them, in Arabic letters.
 */
export function arabicOrganizations(text: string): string[] {
  const organizations: string[] = [];
  for (const line of text.split("\n")) {
    const words = line.split(/\s+|(?=[،,.:؛;!?؟"«»()])|(?<=[،,.:؛;!?؟"«»()])/u).filter((word) => word !== "");
    words.forEach((word, i) => {
      const head = word.startsWith("لل") ? `ال${word.slice(2)}` : /^[وبف]ال/u.test(word) ? word.slice(1) : word;
      if (!ORGANIZATION_HEADS.has(head)) return;
      let at = i + 1;
      while (at < words.length && at - i <= MOST_ORGANIZATION_ADJECTIVES && isAgreeingAdjective(words[at]!)) at++;
      if (at === i + 1) return;
      const purpose = words[at]?.startsWith("لل") && words[at]!.length > "لل".length + 2 ? [words[at]!] : [];
      organizations.push([head, ...words.slice(i + 1, at), ...purpose].join(" "));
    });
  }
  return organizations;
}

/** Bodies' nouns: commission, court, union, party, council, authority, front, alliance, coalition, organisation… */
const ORGANIZATION_HEADS = new Set(
  "المفوضية المحكمة الاتحاد الحزب المجلس الهيئة الجبهة التحالف الائتلاف المنظمة الوكالة البنك الأمم الحشد الحركة".split(" "),
);
const MOST_ORGANIZATION_ADJECTIVES = 3;
/** An adjective with the article, by its ending; not a weekday's name (`الخميس`), nor a stop word (`اليوم`). */
const isAgreeingAdjective = (word: string) => /^ال\p{L}{2,}(?:ي|ية|ة|ى|ا)$/u.test(word) && !STOP_WORDS.has(word) && !WEEKDAYS.has(word);
const WEEKDAYS = new Set("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split(" "));
