import type { CollectionApi, UserConfig } from "@11ty/eleventy";
import { archiveEntry, buildArchive, type Archive } from "./archive.ts";
import { feedEntries, type FeedItem } from "./feeds.ts";

/**
 * `collections.archive`: the archive's groupings (archive.ts), and, for pagination, which can only walk a whole
 * collection: `listings` (every page of every browse listing), `kindIndexes` (one per kind of value),
 * `archiveEntries` (every article) and `removalPages` (the lines ingest removed from each article).
 * `collections.feedItems`: the feeds' articles, each with its Eleventy item.
 */
export function collections(eleventyConfig: UserConfig): void {
  const archive = (api: CollectionApi) => {
    const built = archiveOf(api);
    latestArchives.set(eleventyConfig, built);
    return built;
  };
  eleventyConfig.addCollection("archive", archive);
  eleventyConfig.addCollection("listings", (api) => archive(api).listings);
  eleventyConfig.addCollection("kindIndexes", (api) => archive(api).kinds);
  eleventyConfig.addCollection("archiveEntries", (api) => archive(api).entries);
  eleventyConfig.addCollection("removalPages", (api) => archive(api).removals);
  eleventyConfig.addCollection("feedItems", (api) => {
    const items = new Map(api.getAll().map((item) => [item.url, item]));
    return feedEntries(archive(api).entries).map((entry): FeedItem => ({ entry, item: items.get(entry.url)! }));
  });
}

/** The archive of the build that ran last with this config, for what is written after the pages (api.ts). */
const latestArchives = new WeakMap<UserConfig, Archive>();

export function latestArchive(eleventyConfig: UserConfig): Archive | undefined {
  return latestArchives.get(eleventyConfig);
}

/**
 * The archive is built once per build: Eleventy hands every collection of one build the same collection API
 * object, and a new one to the next build.
 */
const archives = new WeakMap<CollectionApi, Archive>();

function archiveOf(api: CollectionApi): Archive {
  let archive = archives.get(api);
  if (!archive) {
    archive = buildArchive(api.getAll().flatMap((item) => archiveEntry(item) ?? []));
    archives.set(api, archive);
  }
  return archive;
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
