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
 * How alike two articles are as reports of one event, from 0 to 1: half from the people both name (the share of
 * the smaller list), half from the words of their headlines and leads (cosine of the word sets).
 */
export function storyScore(a: Comparable, b: Comparable): number {
  if (a.date && b.date && daysApart(String(a.date), String(b.date)) > MOST_DAYS_APART) return 0;
  return 0.5 * overlap(a.people, b.people) + 0.5 * cosine(words(a), words(b));
}

/**
 * Gives articles that report the same event one `story` id: the slug of the headline of the first of them (in the
 * order given). Only pairs that name a person in common are compared, through an index of people, so the work
 * grows with the number of such pairs, not with the square of the archive.
 */
export function assignStories(articles: Comparable[]): (string | undefined)[] {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byPerson = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const person of new Set(article.people)) byPerson.set(person, [...(byPerson.get(person) ?? []), i]);
  });
  const compared = new Set<string>();
  for (const members of byPerson.values()) {
    for (const [x, i] of members.entries()) {
      for (const j of members.slice(x + 1)) {
        const pair = `${i},${j}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (storyScore(articles[i]!, articles[j]!) >= SAME_STORY_THRESHOLD) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
      }
    }
  }
  const sizes = new Map<number, number>();
  articles.forEach((_, i) => sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1));
  return articles.map((_, i) => {
    const root = find(i);
    return sizes.get(root)! > 1 ? slugify(articles[root]!.title) : undefined;
  });
}

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

function overlap(a: string[] = [], b: string[] = []): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  return a.filter((item) => other.has(item)).length / Math.min(a.length, b.length);
}

function daysApart(a: string, b: string): number {
  const day = (iso: string) => Date.parse(`${iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso}T00:00:00Z`);
  return Math.abs(day(a) - day(b)) / 86_400_000;
}
