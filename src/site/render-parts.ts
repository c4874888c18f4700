import type { UserConfig } from "@11ty/eleventy";
import type { Archive } from "./archive.ts";
import type { ArchiveEntry } from "./browse.ts";

/**
 * A build renders the site in parts, each an Eleventy run of its own (write-pages.ts): Eleventy keeps every page it
 * rendered until the run ends, 8.4 GiB for 50,000 articles in one run. Every part knows the whole archive; a part
 * renders its own articles, a share of each paginated collection (the browse listings, the indexes of values, the
 * records of lines left out), and part 0 also the site's single pages (home, feeds, search, sitemap, …) and its
 * assets. An Eleventy run given no part (Eleventy run by hand on this project) renders everything.
 */
export interface RenderPart {
  /** from 0 */
  number: number;
  count: number;
  /** every article of the archive, in any order */
  entries: ArchiveEntry[];
  /** the archive of `entries`, when the caller has built it (with the contexts of the articles the run renders) */
  archive?: Archive;
  /** set for a run that updates a site already written (update-pages.ts): what it renders besides its articles */
  update?: PagesToUpdate;
}

/**
 * What a run that updates a written site renders besides the articles it is given: the paginated pages whose
 * content changed, and the single pages when what they show changed. The feeds (the pages that import the feeds'
 * articles) carry those articles' rendered text, so a run that renders them is given those articles too.
 */
export interface PagesToUpdate {
  /** the addresses of the pages of paginated collections (listings, kinds' indexes, records of lines left out) */
  paginated: ReadonlySet<string>;
  /** the single pages that show the archive: home, timeline, sitemap, search, the data file and the like */
  archivePages: boolean;
  feeds: boolean;
}

/**
 * Articles per part. Two parts render at once, one per core, each holding the archive (about 250 MiB of objects at
 * 50,000 articles) beside what Eleventy renders of its part. Rendering 50,000 articles peaked at 3.8–4.1 GiB in
 * parts of 5,000 and at 3.2–3.7 GiB in parts of 2,500; at 10,000 articles, parts of 2,500 were the faster.
 */
export const ARTICLES_PER_RENDER_PART = 2_500;

const parts = new WeakMap<UserConfig, RenderPart>();

/** Makes the Eleventy run of `eleventyConfig` render `part` (called from the run's config callback). */
export function setRenderPart(eleventyConfig: UserConfig, part: RenderPart): void {
  parts.set(eleventyConfig, part);
}

export function renderPartOf(eleventyConfig: UserConfig): RenderPart | undefined {
  return parts.get(eleventyConfig);
}

/**
 * Whether the run renders every one of the site's single pages and copies its assets and raw files: part 0 of a
 * build, or a run with no part. An update renders the single pages it is told to (rendersSitePage), and copies
 * nothing.
 */
export function writesSitePages(part: RenderPart | undefined): boolean {
  return part === undefined || (part.number === 0 && part.update === undefined);
}

/**
 * Whether the run renders a page of the site's own whose Eleventy data is `data`: its share of a paginated page in
 * every run, a single page in the run that writes the site's single pages, or in an update told to render it.
 */
export function rendersSitePage(part: RenderPart | undefined, data: Record<string, unknown>): boolean {
  if (data.pagination !== undefined) return true;
  return importsFeedArticles(data) ? rendersFeeds(part) : rendersArchivePages(part);
}

/** Whether the run renders the single pages that show the whole archive: home, timeline, sitemap, the data file… */
export function rendersArchivePages(part: RenderPart | undefined): boolean {
  return writesSitePages(part) || part?.update?.archivePages === true;
}

/** Whether the run renders the feeds, and so needs their articles rendered in it (collections.ts). */
export function rendersFeeds(part: RenderPart | undefined): boolean {
  return writesSitePages(part) || part?.update?.feeds === true;
}

/** The feeds name the collection of their articles in their data, as `eleventyImport` (feeds.ts, atom.njk). */
function importsFeedArticles(data: Record<string, unknown>): boolean {
  const imported = (data.eleventyImport as { collections?: unknown } | undefined)?.collections;
  return Array.isArray(imported) && imported.includes(FEED_ARTICLES);
}

/** The collection of the feeds' articles, with their rendered text (collections.ts). */
export const FEED_ARTICLES = "feedItems";

/**
 * The items of a paginated collection whose pages the run renders: every `count`-th, from the part's number, or
 * in an update those it is told to render.
 */
export function shareOf<Item extends { url: string }>(items: Item[], part: RenderPart | undefined): Item[] {
  if (part === undefined) return items;
  const { update } = part;
  if (update) return items.filter((item) => update.paginated.has(item.url));
  return items.filter((_, index) => index % part.count === part.number);
}

/**
 * The articles of each part, given newest first. Up to `perPart` articles are one part. More are cut into a first
 * part of the `first` newest, the feeds' articles, whose rendered text the feeds carry (feeds.ts), then runs of
 * `perPart`: part 0 also writes the single pages, of which /api/articles.json and the sitemap grow with the whole
 * archive (at 50,000 articles in parts of 5,000, part 0 ended holding 1.45 GiB, the others about 1 GiB).
 */
export function cutIntoParts<Article>(newestFirst: Article[], perPart: number, first: number): Article[][] {
  if (newestFirst.length <= perPart) return [newestFirst];
  const cut = [newestFirst.slice(0, first)];
  for (let start = first; start < newestFirst.length; start += perPart) {
    cut.push(newestFirst.slice(start, start + perPart));
  }
  return cut;
}
