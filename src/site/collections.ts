import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { articleDate } from "./dates.ts";

/** `collections.articles`: every article, newest first. */
export function collections(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection("articles", (api) => newestFirst(api.getAll()));
}

function newestFirst(items: CollectionItem[]): CollectionItem[] {
  return items
    .map((item) => ({ item, date: articleDate(item.data.date), title: String(item.data.title) }))
    .sort(compareNewestFirst)
    .map(({ item }) => item);
}

/**
 * Newest first by date, undated last, ties by title. A partial date sorts after the more precise dates it contains
 * ("2020-06" after "2020-06-15"): it stands for the start of its period.
 */
export function compareNewestFirst(
  a: { date: string | undefined; title: string },
  b: { date: string | undefined; title: string },
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, "en");
}
