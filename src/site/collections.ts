import type { CollectionApi, UserConfig } from "@11ty/eleventy";
import { archiveEntry, buildArchive, type Archive } from "./archive.ts";
import type { ArchiveEntry } from "./browse.ts";
import { feedEntries, type FeedItem } from "./feeds.ts";
import { FEED_ARTICLES, rendersFeeds, renderPartOf, shareOf } from "./render-parts.ts";

/**
 * `collections.archive`: the archive's groupings (archive.ts), and, for pagination, which can only walk a whole
 * collection: `listings` (every page of every browse listing), `kindIndexes` (one per kind of value),
 * `archiveEntries` (every article) and `removalPages` (the lines ingest removed from each article). A run that
 * renders one part of the site (render-parts.ts) builds the archive from the part's list of every article, and
 * paginates only its share of the listings, indexes and records.
 * `collections.feedItems`: the feeds' articles, each with its Eleventy item, in the run that writes the feeds.
 */
export function collections(eleventyConfig: UserConfig): void {
  const archive = (api: CollectionApi) => {
    const built = archiveOf(api, eleventyConfig);
    latestBuilds.set(eleventyConfig, built);
    return built.archive;
  };
  const share = <Item extends { url: string }>(items: Item[]) => shareOf(items, renderPartOf(eleventyConfig));
  eleventyConfig.addCollection("archive", archive);
  eleventyConfig.addCollection("listings", (api) => share(archive(api).listings));
  eleventyConfig.addCollection("kindIndexes", (api) => share(archive(api).kinds));
  eleventyConfig.addCollection("archiveEntries", (api) => archive(api).entries);
  eleventyConfig.addCollection("removalPages", (api) => share(archive(api).removals));
  eleventyConfig.addCollection(FEED_ARTICLES, (api) => {
    if (!rendersFeeds(renderPartOf(eleventyConfig))) return [];
    const items = new Map(api.getAll().map((item) => [item.url, item]));
    return feedEntries(archive(api).entries).map((entry): FeedItem => {
      const item = items.get(entry.url);
      if (!item) throw new Error(`The feeds' article ${entry.url} was not rendered in the run that writes the feeds`);
      return { entry, item };
    });
  });
}

/** The archive of a build, and the articles the build rendered (all of them, or a part's). */
interface BuiltArchive {
  archive: Archive;
  rendered: ArchiveEntry[];
}

/** The archive of the build that ran last with this config, for what is written after the pages (api.ts). */
const latestBuilds = new WeakMap<UserConfig, BuiltArchive>();

export function latestArchive(eleventyConfig: UserConfig): BuiltArchive | undefined {
  return latestBuilds.get(eleventyConfig);
}

/**
 * The archive is built once per build: Eleventy hands every collection of one build the same collection API
 * object, and a new one to the next build.
 */
const archives = new WeakMap<CollectionApi, BuiltArchive>();

function archiveOf(api: CollectionApi, eleventyConfig: UserConfig): BuiltArchive {
  let built = archives.get(api);
  if (!built) {
    const items = api.getAll();
    const part = renderPartOf(eleventyConfig);
    const entries = part?.entries ?? items.flatMap((item) => archiveEntry(item) ?? []);
    const archive = part?.archive ?? buildArchive(entries, new Set(items.map((item) => item.url)));
    built = { archive, rendered: items.flatMap((item) => archive.byUrl[item.url]?.entry ?? []) };
    archives.set(api, built);
  }
  return built;
}

/**
 * Newest first by date, undated last, ties by title. A partial date sorts after the more precise dates it contains
 * ("2020-06" after "2020-06-15"): it stands for the start of its period.
 */
export function compareNewestFirst(
  a: { date?: string | undefined; title: string },
  b: { date?: string | undefined; title: string },
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return titleOrder.compare(a.title, b.title);
}

/** `localeCompare(…, "en")`, whose every call makes a collator of its own. */
const titleOrder = new Intl.Collator("en");
