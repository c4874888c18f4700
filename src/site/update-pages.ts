import { existsSync, rmSync, rmdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { listFiles } from "../output/list-files.ts";
import { linkFiles } from "../output/link-files.ts";
import { DATA_FILE } from "./api.ts";
import { buildArchive, compareEntries, type Archive } from "./archive.ts";
import type { SiteOptions } from "./build.ts";
import { inListings, listingsOf, type ArchiveEntry } from "./browse.ts";
import { CITATION_FILES } from "./citations.ts";
import { feedEntries } from "./feeds.ts";
import {
  archivePagesDigest,
  articleDigests,
  articlesToCheck,
  feedsDigest,
  paginatedDigests,
  type PageDigests,
} from "./page-digests.ts";
import { forgetTemplates, renderPages } from "./render-part.ts";
import type { PagesToUpdate } from "./render-parts.ts";
import type { IndexedPage } from "./search-index.ts";

/** An article of a written site: its entry and the SHA-256 of its file. */
export interface ArticleState {
  entry: ArchiveEntry;
  digest: string;
}

/** A written site's archive: its articles by file (a path in the articles folder), and the digests of its pages. */
export interface PagesState {
  articles: ReadonlyMap<string, ArticleState>;
  /** the archive last built (its entries newest first), whose value listings the next update takes what it can of */
  archive: Archive;
  digests: PageDigests;
}

/** The state of the site a build wrote from `articles`: every page's digest. */
export function pagesState(articles: ReadonlyMap<string, ArticleState>): PagesState {
  const archive = buildArchive([...articles.values()].map(({ entry }) => entry));
  const fileDigest = fileDigests(articles);
  return {
    articles,
    archive,
    digests: {
      articles: articleDigests(archive, fileDigest, Object.keys(archive.byUrl)),
      paginated: paginatedDigests(archive),
      archivePages: archivePagesDigest(archive.entries),
      feeds: feedsDigest(archive.entries, fileDigest),
    },
  };
}

/** What an update renders and removes, and the state of the site once it has. */
export interface PagesUpdate {
  after: PagesState;
  archive: Archive;
  /** the article files to render */
  files: string[];
  pages: PagesToUpdate;
  /** the addresses of the pages to remove */
  removed: string[];
}

/**
 * What to render of a site in `before`'s state when the article files in `changed` changed (`undefined` for a file
 * that is gone): the pages whose digest changed (page-digests.ts), and the pages the site no longer has. Undefined
 * when no article changed.
 */
export function planUpdate(before: PagesState, changed: ReadonlyMap<string, ArticleState | undefined>): PagesUpdate | undefined {
  const articles = new Map(before.articles);
  const changedUrls = new Set<string>();
  const [replaced, added] = [new Set<ArchiveEntry>(), [] as ArchiveEntry[]];
  for (const [file, article] of changed) {
    const earlier = articles.get(file);
    if (earlier?.digest === article?.digest) continue;
    if (earlier) {
      changedUrls.add(earlier.entry.url);
      replaced.add(earlier.entry);
    }
    if (article) {
      changedUrls.add(article.entry.url);
      added.push(article.entry);
      articles.set(file, article);
    } else {
      articles.delete(file);
    }
  }
  if (changedUrls.size === 0) return undefined;

  const fileDigest = fileDigests(articles);
  const entries = withChanges(before.archive.entries, replaced, added);
  const feeds = feedsDigest(entries, fileDigest);
  const feedsChanged = feeds !== before.digests.feeds;
  const checked = articlesToCheck(before.archive.entries, entries, changedUrls);
  const rendersWithFeeds = feedsChanged ? feedEntries(entries).map((entry) => entry.url) : [];
  const archive = buildArchive(entries, new Set([...checked, ...rendersWithFeeds]), before.archive);
  const articleDigestsAfter = new Map(before.digests.articles);
  for (const url of changedUrls) articleDigestsAfter.delete(url);
  const checkedDigests = articleDigests(archive, fileDigest, checked);
  for (const [url, digest] of checkedDigests) articleDigestsAfter.set(url, digest);
  // Only the listings a changed article is in (or was in) can change, and its own record of lines left out.
  const listings = new Set<string>();
  for (const entry of [...before.archive.entries, ...archive.entries]) {
    if (changedUrls.has(entry.url)) for (const url of listingsOf(entry.article)) listings.add(url);
  }
  const fresh = paginatedDigests(archive, { listings, articles: changedUrls });
  const paginated = new Map(before.digests.paginated);
  for (const url of paginated.keys()) {
    if (inListings(url, listings) || changedUrls.has(url.replace(/removed\/$/, ""))) paginated.delete(url);
  }
  for (const [url, digest] of fresh) paginated.set(url, digest);
  const archivePages = archivePagesDigest(archive.entries);

  const renderedUrls = new Set(rendersWithFeeds);
  for (const [url, digest] of checkedDigests) if (before.digests.articles.get(url) !== digest) renderedUrls.add(url);
  const fileOf = new Map([...articles].map(([file, { entry }]) => [entry.url, file]));
  const gone = (urls: Iterable<string>, now: ReadonlyMap<string, string>) => [...urls].filter((url) => !now.has(url));
  return {
    after: { articles, archive, digests: { articles: articleDigestsAfter, paginated, archivePages, feeds } },
    archive,
    files: [...renderedUrls].map((url) => fileOf.get(url)!).sort(),
    pages: {
      paginated: new Set([...fresh].filter(([url, digest]) => before.digests.paginated.get(url) !== digest).map(([url]) => url)),
      archivePages: archivePages !== before.digests.archivePages,
      feeds: feedsChanged,
    },
    removed: [...gone(before.digests.articles.keys(), articleDigestsAfter), ...gone(before.digests.paginated.keys(), paginated)],
  };
}

/**
 * Renders `update` of the site in `options.outDir`, its pages written over the site's and the pages it removes
 * deleted. In place: in new files and folders beside the site, moved in one by one, writing took four times as long
 * (ext4 is slow to make files soon after many were removed, see BENCHMARKS.md), and `serve` reloads the pages open in
 * a browser once the update is done. Resolves with the article pages it wrote, and the files it wrote and removed,
 * as paths in the site.
 */
export async function renderUpdate(
  options: SiteOptions,
  update: PagesUpdate,
): Promise<{ pages: IndexedPage[]; written: string[]; removed: string[] }> {
  const site = options.outDir;
  const input = `${site}.update-${process.pid}`;
  try {
    await linkFiles(options.articlesDir, update.files, input);
    const part = { number: 0, count: 1, entries: update.archive.entries, archive: update.archive, update: update.pages };
    const { pages, written } = await renderPages(options, input, update.files, part);
    // The citations are written beside each article's page, and the data file with the archive's pages (api.ts).
    const citations = pages.flatMap(({ path }) => Object.values(CITATION_FILES).map((file) => path.replace(/index\.html$/, file)));
    const dataFile = update.pages.archivePages ? [DATA_FILE] : [];
    const removed = update.removed.flatMap((url) => removePage(site, url));
    return { pages, written: [...written, ...citations, ...dataFile], removed };
  } finally {
    await forgetTemplates(update.files.map((file) => join(input, file)));
    await rm(input, { recursive: true, force: true });
  }
}

/**
 * Deletes the page at the address `url` from `site`, and what is written beside it (an article's citations), and
 * the folders that leaves empty; the files it deleted, as paths in the site.
 */
function removePage(site: string, url: string): string[] {
  const folder = join(site, url);
  if (!existsSync(folder)) return [];
  const files = listFiles(folder).filter((file) => !file.includes("/")).map((file) => `${url.slice(1)}${file}`);
  for (const file of files) rmSync(join(site, file));
  for (let empty = folder; empty !== site && empty.startsWith(site); empty = dirname(empty)) {
    try {
      rmdirSync(empty);
    } catch {
      break; // not empty: a page of its own is below it
    }
  }
  return files;
}

/**
 * Entries in the archive's order (newestFirst) without those `gone`, with those `added` put in their places: the
 * same order as sorting them all, which an update took 25–50 ms for at 10,000 articles.
 */
function withChanges(ordered: ArchiveEntry[], gone: ReadonlySet<ArchiveEntry>, added: ArchiveEntry[]): ArchiveEntry[] {
  const entries = ordered.filter((entry) => !gone.has(entry));
  for (const entry of added) {
    let [low, high] = [0, entries.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareEntries(entries[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    entries.splice(low, 0, entry);
  }
  return entries;
}

function fileDigests(articles: ReadonlyMap<string, ArticleState>): (url: string) => string {
  const byUrl = new Map([...articles.values()].map(({ entry, digest }) => [entry.url, digest]));
  return (url) => byUrl.get(url)!;
}
