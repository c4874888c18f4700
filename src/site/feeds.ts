import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { convertHtmlToAbsoluteUrls, dateToRfc3339, rssPlugin } from "@11ty/eleventy-plugin-rss";
import type { ArchiveEntry } from "./browse.ts";
import { machineDate } from "./dates.ts";
import { addCodePage } from "./pages.ts";
import { FEED_ARTICLES } from "./render-parts.ts";
import { absoluteUrl, type SiteData } from "./site-data.ts";

/**
 * The archive's feeds: Atom (`/feed.xml`, layouts/pages/atom.njk) and JSON Feed 1.1 (`/feed.json`, written here),
 * of the newest articles. A feed entry needs a moment in time, which an undated article does not have and a month
 * is not: undated articles are left out, and a partial date is given as its first day, as FEED_DESCRIPTION says in
 * each feed.
 */
const FEED_SIZE = 50;
const FEED_PATHS = { atom: "/feed.xml", json: "/feed.json" } as const;
const FEED_DESCRIPTION =
  `The ${FEED_SIZE} newest articles of the archive whose date is known. ` +
  "Each is dated by the moment its source gives when it writes the time's offset from UTC (GMT+3), else by the " +
  "first moment, in UTC, of the day, month or year its source gives: a partial date names no day, and a time " +
  "without an offset is in a time zone the archive does not know. " +
  "Articles whose date is unknown are not in the feeds; the archive lists them under Date unknown.";

/** An entry of the feeds, and its Eleventy item, whose rendered content the feed carries. */
export interface FeedItem {
  entry: ArchiveEntry;
  item: CollectionItem;
}

export function feeds(eleventyConfig: UserConfig): void {
  // The plugin's date filter for Atom; its own feed templates date entries by Eleventy's page.date, which this
  // archive leaves meaningless (article-data.ts), so the feed templates are the project's.
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addGlobalData("feed", { description: FEED_DESCRIPTION, paths: FEED_PATHS });
  eleventyConfig.addFilter("feedDate", feedDate);
  eleventyConfig.addFilter("xmlText", xmlText);

  addCodePage<{ collections: { feedItems: FeedItem[] }; site: SiteData }>(eleventyConfig, "json-feed", {
    data: { permalink: FEED_PATHS.json, eleventyImport: { collections: [FEED_ARTICLES] } },
    async render({ collections, site }) {
      const items = await Promise.all(
        collections.feedItems.map(async ({ entry, item }) => ({
          entry,
          // Links in an article's body become absolute, as a feed reader shows it away from the site.
          contentHtml: await convertHtmlToAbsoluteUrls(String(item.content), absoluteUrl(entry.url, site)),
        })),
      );
      return jsonFeed(items, site);
    },
  });
}

/** The feeds' articles: the newest FEED_SIZE whose date is known, of `entries` (newest first). */
export function feedEntries(entries: ArchiveEntry[]): ArchiveEntry[] {
  return entries.filter((entry) => entry.article.date !== undefined).slice(0, FEED_SIZE);
}

/**
 * The moment a feed gives a date: the time on the day, when its offset from UTC is known; else the start of the
 * day, month or year it names, in UTC.
 */
export function feedDate(date: string, time?: string, utcOffset?: string): Date {
  // A day, a time and its offset make a moment, as HTML's <time> gives it.
  if (date.length === 10 && time !== undefined && utcOffset !== undefined) {
    return new Date(machineDate(date, time, utcOffset));
  }
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year!, month - 1, day));
}

/** Text without the characters XML 1.0 forbids (most control characters), which a scrape can hold. */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");
}

/** A JSON Feed 1.1 document of `items`; its `_news_archive` extension gives each date as precise as it is known. */
export function jsonFeed(items: { entry: ArchiveEntry; contentHtml: string }[], site: SiteData): string {
  const url = (path: string) => absoluteUrl(path, site);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.name,
    home_page_url: url("/"),
    feed_url: url(FEED_PATHS.json),
    description: FEED_DESCRIPTION,
    items: items.map(({ entry: { url: path, article }, contentHtml }) => ({
      id: url(path),
      url: url(path),
      ...(article.url !== undefined && { external_url: article.url }),
      title: article.title,
      content_html: contentHtml,
      ...(article.summary && { summary: article.summary }),
      date_published: dateToRfc3339(feedDate(article.date!, article.time, article.utcOffset)),
      ...(article.author !== undefined && { authors: [{ name: article.author }] }),
      ...(article.topics.length > 0 && { tags: article.topics }),
      ...(article.language !== "und" && { language: article.language }),
      _news_archive: {
        date: article.date,
        ...(article.time !== undefined && { time: article.time }),
        ...(article.utcOffset !== undefined && { utcOffset: article.utcOffset }),
        ...(article.source !== undefined && { source: article.source }),
      },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
