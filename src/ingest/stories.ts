import type { ArticleInput } from "../article.ts";
import { slugify } from "./slug.ts";

/** Score at or above which two articles report the same event. Tested against the seeds in tests/ingest. */
export const SAME_STORY_THRESHOLD = 0.3;
/** Articles dated further apart than this do not report the same event, however alike they read. */
const MOST_DAYS_APART = 14;
const STOPWORDS = new Set(
  "a an the of to in on at by for with from and or but that this these those is are was were be been has have had its it his her their our we they he she as not also said says will would during after before over into about than which who".split(
    " ",
  ),
);

type Comparable = Pick<ArticleInput, "title" | "summary" | "people" | "date">;

/**
 * Each article is compared with at most this many others per person it names: a person named in thousands of
 * articles (a prime minister) would otherwise make grouping quadratic again. Dated articles are compared with the
 * next ones by date within MOST_DAYS_APART, undated ones with their neighbours in file order.
 */
export const MOST_COMPARED_PER_PERSON = 16;

/** What storyScore reads of an article, worked out once per article rather than once per comparison. */
interface Features {
  people: string[];
  /** the same people, to look up */
  named: Set<string>;
  words: Set<string>;
  /** days since 1970 of the article's date, when it has one */
  day?: number;
}

/**
 * How alike two articles are as reports of one event, from 0 to 1: half from the people both name (the share of
 * the smaller list), half from the words of their headlines and leads (cosine of the word sets).
 */
export function storyScore(a: Comparable, b: Comparable): number {
  return score(features(a), features(b));
}

function score(a: Features, b: Features): number {
  if (a.day !== undefined && b.day !== undefined && Math.abs(a.day - b.day) > MOST_DAYS_APART) return 0;
  return 0.5 * overlap(a, b) + 0.5 * cosine(a.words, b.words);
}

/**
 * Gives articles that report the same event one `story` id: the slug of the headline of the first of them (in the
 * order given). An article joins a story when it reads like the story's first report, not merely like one of its
 * later ones: in a large archive, chains of pairs that are each alike would otherwise join thousands of unrelated
 * reports into one story.
 */
export function assignStories(articles: Comparable[]): (string | undefined)[] {
  return groupStories(articles).stories;
}

/**
 * assignStories, and how many pairs of articles it compared. Only articles that name a person in common are
 * compared, through an index of people, and each at most MOST_COMPARED_PER_PERSON times per person, so the work
 * grows with the size of the archive, not with its square.
 */
export function groupStories(articles: Comparable[]): { stories: (string | undefined)[]; pairsCompared: number } {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const all = articles.map(features);
  const byPerson = new Map<string, number[]>();
  all.forEach(({ named }, i) => {
    for (const person of named) {
      const postings = byPerson.get(person);
      if (postings) postings.push(i);
      else byPerson.set(person, [i]);
    }
  });
  const candidates = candidatesOf(all, byPerson);
  let pairsCompared = 0;
  const alike = (i: number, j: number) => {
    pairsCompared++;
    return score(all[i]!, all[j]!) >= SAME_STORY_THRESHOLD;
  };
  candidates.forEach((others, i) => {
    for (const j of others) {
      const a = find(i);
      const b = find(j);
      // Already in one story: comparing them could not change anything.
      if (a === b || !alike(i, j)) continue;
      // The first reports of the two stories (or the articles themselves, standing alone) must be alike too.
      if ((a !== i || b !== j) && !alike(a, b)) continue;
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const sizes = new Map<number, number>();
  articles.forEach((_, i) => sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1));
  const ids = new Map<number, string>();
  const stories = articles.map((_, i) => {
    const root = find(i);
    if (sizes.get(root)! < 2) return undefined;
    let id = ids.get(root);
    if (id === undefined) ids.set(root, (id = slugify(articles[root]!.title)));
    return id;
  });
  return { stories, pairsCompared };
}

/**
 * For each article, the articles it is compared with, each once: for each person it names, the next ones that name
 * them by date (within MOST_DAYS_APART, since a pair further apart scores 0), or for an undated article, which
 * could report the same event as any other, its neighbours in file order on either side.
 */
function candidatesOf(all: Features[], byPerson: Map<string, number[]>): Set<number>[] {
  const candidates = all.map(() => new Set<number>());
  const half = MOST_COMPARED_PER_PERSON / 2;
  for (const postings of byPerson.values()) {
    if (postings.length < 2) continue;
    const dated = postings.filter((i) => all[i]!.day !== undefined).sort((a, b) => all[a]!.day! - all[b]!.day! || a - b);
    // Walked by position rather than sliced: grouping runs at every save of `serve`, over every article.
    dated.forEach((i, x) => {
      for (let y = x + 1; y < Math.min(dated.length, x + 1 + MOST_COMPARED_PER_PERSON); y++) {
        const j = dated[y]!;
        if (all[j]!.day! - all[i]!.day! > MOST_DAYS_APART) break;
        candidates[i]!.add(j);
      }
    });
    postings.forEach((i, x) => {
      if (all[i]!.day !== undefined) return;
      const to = Math.min(postings.length, x + 1 + half);
      for (let y = Math.max(0, x - half); y < to; y++) {
        const j = postings[y]!;
        if (y !== x && !candidates[j]!.has(i)) candidates[i]!.add(j);
      }
    });
  }
  return candidates;
}

/**
 * What is compared of an article, made once per article object: `serve` groups every article again at each save,
 * the same objects but for the articles that changed, and reading the words of 10,000 articles was half of it.
 */
function features(article: Comparable): Features {
  let known = featuresOf.get(article);
  if (!known) {
    const days = article.date ? day(String(article.date)) : NaN;
    const people = article.people ?? [];
    known = { people, named: new Set(people), words: words(article), ...(!Number.isNaN(days) && { day: days }) };
    featuresOf.set(article, known);
  }
  return known;
}

const featuresOf = new WeakMap<Comparable, Features>();

function words(article: Comparable): Set<string> {
  return new Set(
    `${article.title} ${article.summary ?? ""}`
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !STOPWORDS.has(word))
      .map((word) => word.replace(/(?<=\p{L}{3})s$/u, "")),
  );
}

function cosine(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** How many of the people `a` names `b` names too, as a share of the shorter of the two lists. */
function overlap(a: Features, b: Features): number {
  if (a.people.length === 0 || b.people.length === 0) return 0;
  let shared = 0;
  for (const person of a.people) if (b.named.has(person)) shared++;
  return shared / Math.min(a.people.length, b.people.length);
}

/** A date of any precision as a day number; a month or a year stands for its middle. */
function day(iso: string): number {
  return Date.parse(`${iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso}T00:00:00Z`) / 86_400_000;
}
