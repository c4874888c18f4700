/**
 * A synthetic archive for the benchmark: raw articles made by recombining the sentences of the seed articles, with
 * other people, sources and dates, in the messy shapes scrapes come in (section labels, doubled headlines, bylines,
 * date lines, `Source / ` prefixes, captions, hard-wrapped text, trailing widgets and reader comments).
 *
 * Pure and deterministic: article `i` depends only on the seeds, the PRNG seed and `i`, so the first 1,000 articles
 * of a 10,000-article archive are the 1,000-article archive, and `syntheticArticle(seeds, n)` is the article a
 * benchmark adds to an archive of `n`.
 */

export interface SyntheticRaw {
  file: string;
  text: string;
}

/** The people the seeds name, each spelling as a full name or a surname, so each can be recast as someone else. */
const SEED_PEOPLE: [spelling: string, form: "full" | "last"][][] = [
  [["Florence Parly", "full"], ["Parly", "last"], ["Parley", "last"]],
  [["Mustafa Al-Kadhimi", "full"], ["Mustafa Al-Kazemi", "full"], ["Al-Kadhimi", "last"], ["Al-Kazemi", "last"]],
  [["Yahya Rasul", "full"], ["Rasul", "last"]],
  [["Saeed al-Jayashi", "full"], ["Al-Jayashi", "last"]],
  [["Khaled Abdul-Illah", "full"], ["Abdul-Illah", "last"]],
  [["Najah al-Shammari", "full"]],
  [["Ben Wallace", "full"], ["Wallace", "last"]],
  [["Abdul Karim Khalaf", "full"], ["Khalaf", "last"]],
  [["Barham Salih", "full"]],
  [["Jumah Anad", "full"]],
  [["Jean-Yves Le Drian", "full"]],
  [["Adil Abd al-Mahdi", "full"]],
];

const FIRST_NAMES = (
  "Ahmed Layla Omar Sara Karim Nadia Hassan Mariam Youssef Huda Tariq Rana Samir Dina Faisal Amal Jamal Leila Khalid " +
  "Noor Pierre Claire Jean Sophie Louis Camille Henri Elise James Emma Thomas Grace William Alice Robert Helen Daniel " +
  "Ruth Michael Anna"
).split(" ");
const LAST_NAMES = (
  "Al-Amiri Haddad Al-Rubaie Mansour Al-Hakim Saleh Al-Jubouri Karimi Al-Obeidi Nasser Al-Dulaimi Aziz Barzani " +
  "Talabani Hamdan Khoury Dubois Laurent Moreau Girard Lefevre Fontaine Marchand Rousseau Bernard Garnier Carter " +
  "Whitfield Holloway Prescott Ashdown Kendrick Marlowe Thornton Bradshaw Fairbanks Lindqvist Okafor Mendes Varga"
).split(" ");
const ROLES = ["Prime Minister", "Foreign Minister", "Defense Minister", "President", "Ambassador", "spokesman"];
const PLACES = (
  "Baghdad,Basra,Mosul,Erbil,Kirkuk,Najaf,Karbala,Sulaymaniyah,Fallujah,Ramadi,Tikrit,Samarra,Duhok,Nasiriyah,Amarah," +
  "Paris,London,Washington,Ankara,Tehran,Amman,Riyadh,Kuwait City,Doha,Beirut,Damascus,Cairo,Brussels,Berlin,Geneva"
).split(",");
const COUNTRIES = "Iraq,France,the United Kingdom,the United States,Turkey,Iran,Jordan,Kuwait,Germany,Italy,Egypt,Qatar".split(",");
const TOPICS = (
  "security cooperation,border security,military training,reconstruction,oil exports,electricity imports,water sharing," +
  "counter-terrorism,trade,investment,air defence,intelligence sharing,refugee returns,elections,the budget,vaccines," +
  "drought relief,archaeology,rail links,the pipeline,customs reform,higher education,health care,wheat imports"
).split(",");
const SOURCES = "Shafaq News,Diyaruna,Baghdad Post,Iraq News,Kurdistan Chronicle,Rafidain Daily,Tigris Times,Euphrates Wire".split(",");
const AGENCIES = ["Reuters", "AFP", "AP", "INA", "Hatha al-Youm | Iraq News"];
const SECTIONS = ["Iraq News", "World", "Politics", "Middle East", "Security", "Economy"];
const MONTHS = "January,February,March,April,May,June,July,August,September,October,November,December".split(",");
const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAYS = 11 * 365;

const TRAILERS = [
  "Do you like this article?",
  "Shafaq Live\nShafaq Live\nRadio radio icon",
  "TRENDING News\n\nLatest News Today\nVideos and Photos\nTRENDING NOW",
  "Share this article\n\nFollow us on Telegram",
];
const COMMENTERS = ["Zionism = EVIL", "#’~A*QXm(>NRmm]w?dU4vXZ", "truthseeker77", "Abu Ali"];
const COMMENTS = [
  "Oh yes it will, it saps the morale of the troops staying behind and having to deal with rockets coming down on them.",
  "To be honest they did not have much choice and used the pandemic as a fig leaf to cut and run.",
  "Yes, I know that. So their pull-out will not have a military effect as such, and the others will laugh it off.",
  "Another visit, another statement. Nothing changes for the people on the ground.",
];

interface Person {
  first: string;
  last: string;
}

/** What an article is about: kept by its follow-ups, so that reports of one event can be grouped into a story. */
interface Event {
  cast: Person[];
  place: string;
  countries: [string, string];
  topic: string;
  day: number;
}

export function syntheticArchive(seeds: string[], count: number, seed = 1): SyntheticRaw[] {
  const pool = sentencePool(seeds);
  return Array.from({ length: count }, (_, i) => article(pool, seed, i));
}

/** Article `i` of every synthetic archive made with this seed. */
export function syntheticArticle(seeds: string[], i: number, seed = 1): SyntheticRaw {
  return article(sentencePool(seeds), seed, i);
}

/**
 * Bare Eleventy's input for the same article: its text as a plain Markdown page with the first line as its title,
 * the way a site that did no ingest would publish it.
 */
export function asPlainMarkdown(raw: SyntheticRaw): { file: string; text: string } {
  const title = raw.text.split("\n").find((line) => line.trim() !== "")!.trim();
  return { file: raw.file.replace(/\.txt$/, ".md"), text: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${raw.text}\n` };
}

/** The sentences of the seeds' prose paragraphs (not their headers, captions or comments). */
function sentencePool(seeds: string[]): string[] {
  return seeds
    .flatMap((seed) => seed.replace(/\r/g, "").split(/\n[ \t]*\n/))
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ""))
    // Reader comments are indented; captions end in a credit.
    .filter((paragraph) => !/^\s/.test(paragraph) && !paragraph.includes("\n") && paragraph.split(/\s+/).length >= 15)
    .filter((paragraph) => !/\[Photo|\(@/.test(paragraph))
    .flatMap((paragraph) => paragraph.split(/(?<!\b(?:Maj|Gen|Brig|U\.S)\.)(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/))
    .filter((sentence) => sentence.split(/\s+/).length >= 6);
}

function article(pool: string[], seed: number, i: number): SyntheticRaw {
  const random = prng(seed, i);
  const event = eventOf(seed, i);
  const recast = recaster(event.cast);
  const [lead, ...paragraphs] = Array.from({ length: 5 + Math.floor(random() * 8) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => recast(pick(random, pool))).join(" "),
  ) as [string, ...string[]];

  const lines: string[] = [];
  const date = dateLine(random, event.day);
  if (date?.above) lines.push(date.text, "");
  if (random() < 0.4) lines.push(pick(random, SECTIONS), "");
  const title = headline(random, event);
  lines.push(title, "");
  if (random() < 0.3) lines.push(title, "");
  if (random() < 0.5) lines.push(`By ${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`, "");
  if (date && !date.above) lines.push(date.text, "");

  const source = pick(random, SOURCES);
  const attribution = random();
  const body = [
    attribution < 0.3 ? `${source} / ${lead}` : attribution < 0.45 ? `(${pick(random, AGENCIES)}) - ${lead}` : lead,
    ...paragraphs,
  ];
  if (random() < 0.3) {
    const caption = `${event.cast[0]!.first} ${event.cast[0]!.last} (left) speaks with officials in ${event.place}. [Photo courtesy of ${source}]`;
    body.splice(1 + Math.floor(random() * (body.length - 1)), 0, caption);
  }
  lines.push((random() < 0.1 ? body.map(hardWrap) : body).join("\n\n"), "");

  if (random() < 0.2) lines.push(`All Text here: ${source} ✓`, "");
  for (let n = Math.floor(random() * 3); n > 0; n--) lines.push(pick(random, TRAILERS), "");
  if (random() < 0.15) lines.push(commentThread(random));
  return { file: `${String(i).padStart(6, "0")}_${(i * 2654435761 >>> 0).toString(16).padStart(8, "0")}.txt`, text: lines.join("\n") };
}

/**
 * Most articles report an event of their own; one in six follows up an event of the last fifty articles, with the
 * same people and place a few days later. People are drawn with a heavy head, as in a real archive, where a prime
 * minister is named in thousands of articles.
 */
function eventOf(seed: number, i: number): Event {
  const random = prng(seed ^ 0x5eed, i);
  if (i > 0 && random() < 1 / 6) {
    const earlier = eventOf(seed, Math.max(0, i - 1 - Math.floor(random() * 50)));
    return { ...earlier, day: earlier.day + Math.floor(random() * 4) };
  }
  const person = (): Person => {
    const rank = Math.floor(Math.pow(random(), 3) * FIRST_NAMES.length * LAST_NAMES.length);
    return { first: FIRST_NAMES[rank % FIRST_NAMES.length]!, last: LAST_NAMES[(rank * 7 + Math.floor(rank / FIRST_NAMES.length)) % LAST_NAMES.length]! };
  };
  const first = pick(random, COUNTRIES);
  return {
    cast: [person(), person(), person()],
    place: pick(random, PLACES),
    countries: [first, pick(random, COUNTRIES.filter((country) => country !== first))],
    topic: pick(random, TOPICS),
    day: Math.floor(random() * DAYS),
  };
}

/** Replaces the seeds' people with the article's own, full names for full names and surnames for surnames. */
function recaster(cast: Person[]): (sentence: string) => string {
  const forms = new Map<string, string>();
  SEED_PEOPLE.forEach((spellings, k) => {
    const person = cast[k % cast.length]!;
    for (const [spelling, form] of spellings) forms.set(spelling, form === "full" ? `${person.first} ${person.last}` : person.last);
  });
  const spellings = new RegExp([...forms.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
  return (sentence) => sentence.replace(spellings, (spelling) => forms.get(spelling)!);
}

function headline(random: () => number, { cast: [a, b], place, countries: [x, y], topic }: Event): string {
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const templates = [
    () => `${a!.last} meets ${b!.last} in ${place} to discuss ${topic}`,
    () => `${capital(x)} and ${y} sign ${topic} memorandum`,
    () => `${a!.last} says talks with ${y} on ${topic} will continue`,
    () => `${pick(random, ROLES.slice(0, 5))} ${a!.first} ${a!.last} visits ${place}`,
    () => `${capital(x)} troops leave ${place} as ${topic} talks stall`,
    () => `${a!.last}: ${x} and ${y} relations extend many years`,
    () => `${capital(topic)} on the agenda as ${b!.first} ${b!.last} arrives in ${place}`,
  ];
  return pick(random, templates)();
}

/** A publication date line in one of the ways the seeds write one, above or below the headline; some have none. */
function dateLine(random: () => number, day: number): { text: string; above: boolean } | undefined {
  const date = new Date(FIRST_DAY + day * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const two = (n: number) => String(n).padStart(2, "0");
  const style = random();
  if (style < 0.3) return { text: `${y}/${two(m)}/${two(d)} | ${two(Math.floor(random() * 24))}:${two(Math.floor(random() * 60))}`, above: false };
  if (style < 0.5) return { text: `${MONTHS[m - 1]!.toUpperCase()} ${y}`, above: true };
  if (style < 0.65) return { text: ` date ${y}-${two(m)}-${two(d)} عربي | كوردى`, above: true };
  if (style < 0.9) return { text: `${MONTHS[m - 1]} ${d}, ${y}`, above: false };
  return undefined;
}

/** A scrape that broke every line at the width of the page and put a blank line after each. */
function hardWrap(paragraph: string): string {
  return paragraph.replace(/(.{60,80}?) /g, "$1\n\n");
}

function commentThread(random: () => number): string {
  const lines: string[] = [];
  for (let depth = 0, n = 1 + Math.floor(random() * 4); depth < n; depth++) {
    const indent = "  ".repeat(depth * 2);
    lines.push(`${indent}• ${pick(random, COMMENTERS)}`, "", `${indent}  ${pick(random, COMMENTS)}`, "");
  }
  return lines.join("\n");
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** mulberry32, seeded per article, so article `i` does not depend on the articles before it. */
function prng(seed: number, i: number): () => number {
  let state = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
