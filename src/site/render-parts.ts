import type { UserConfig } from "@11ty/eleventy";
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

/** Whether the run renders the site's single pages and copies its assets: part 0, or a run with no part. */
export function writesSitePages(part: RenderPart | undefined): boolean {
  return part === undefined || part.number === 0;
}

/**
 * Whether the run renders a page of the site's own whose Eleventy data is `data`: its share of a paginated page in
 * every run, a single page in the run that writes the site's single pages.
 */
export function rendersSitePage(part: RenderPart | undefined, data: Record<string, unknown>): boolean {
  return writesSitePages(part) || data.pagination !== undefined;
}

/** The items of a paginated collection whose pages the run renders: every `count`-th, from the part's number. */
export function shareOf<Item>(items: Item[], part: RenderPart | undefined): Item[] {
  return part === undefined ? items : items.filter((_, index) => index % part.count === part.number);
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
