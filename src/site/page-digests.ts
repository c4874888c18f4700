import { createHash } from "node:crypto";
import type { Archive } from "./archive.ts";
import { relatedFeatures } from "./archive.ts";
import { BROWSE_KINDS, inListings, pageNamesAmong, valueKey, type ArchiveEntry } from "./browse.ts";
import { feedEntries } from "./feeds.ts";
import { relatedReaders } from "./related.ts";

/**
 * What the pages of the site are made of, as digests: an update of a written site (update-pages.ts) renders the
 * pages whose digest changed and no other. Two archives that give a page one digest render it alike:
 * - an article page is its file (front matter and text) and what the page shows beside the article (its context);
 * - a page of a paginated collection (a listing's page, a kind's index, a record of lines left out) is its item;
 * - the single pages that show the archive (home, timeline, sitemap, search, the data file) are every entry, in order;
 * - the feeds are their articles, files and all.
 * An entry within any of them counts as its digest, so a page that lists an article changes whenever anything of
 * the article does: more often than the page shows, never less.
 */
export interface PageDigests {
  /** article pages, by address */
  articles: Map<string, string>;
  /** pages of paginated collections, by address */
  paginated: Map<string, string>;
  archivePages: string;
  feeds: string;
}

/** The digest of an article's file, by the address of its page. */
export type FileDigests = (url: string) => string;

/** The digests of the article pages at `urls`, each of which needs its context in `archive`. */
export function articleDigests(archive: Archive, fileDigest: FileDigests, urls: Iterable<string>): Map<string, string> {
  const digests = new Map<string, string>();
  const digestOf = contentDigest(archive);
  for (const url of urls) {
    const context = archive.byUrl[url];
    if (!context) throw new Error(`No context was made for the article page ${url}`);
    digests.set(url, digestOf([fileDigest(url), context]));
  }
  return digests;
}

/**
 * The digest of each page of the paginated collections of `archive`, by address: every kind's index, and the pages
 * of the listings at `scope.listings` (their first pages' addresses) and of those below them (inListings: a value's
 * years, a year's months) and the records of lines left out of the articles at `scope.articles`, or all of them.
 */
export function paginatedDigests(
  archive: Archive,
  scope?: { listings: ReadonlySet<string>; articles: ReadonlySet<string> },
): Map<string, string> {
  const digestOf = contentDigest(archive);
  const digests = new Map<string, string>();
  for (const item of archive.kinds) digests.set(item.url, digestOf(item));
  for (const item of archive.listings) if (!scope || inListings(item.url, scope.listings)) digests.set(item.url, digestOf(item));
  for (const item of archive.removals) if (!scope || scope.articles.has(item.entry.url)) digests.set(item.url, digestOf(item));
  return digests;
}

/** The digest of the single pages that show the archive: its entries, newest first as the archive has them. */
export function archivePagesDigest(newestFirst: ArchiveEntry[]): string {
  return digest(newestFirst.map(entryDigest).join("\n"));
}

/** The digest of the feeds: their articles, entries and files. */
export function feedsDigest(newestFirst: ArchiveEntry[], fileDigest: FileDigests): string {
  return digest(feedEntries(newestFirst).map((entry) => `${entryDigest(entry)} ${fileDigest(entry.url)}`).join("\n"));
}

/**
 * The article pages whose context may differ between two archives (their entries newest first) when the entries
 * at `changed` (addresses) were added, removed or changed between them: theirs, and those of the articles next to
 * them by date, in the same story, or whose related articles read one of their people, places, organisations or
 * topics (relatedReaders), before or after, and of the articles that name a value whose page another spelling now
 * names (pageNames). No other article's context can change: it is made of the articles that share its story and the
 * features it reads, its neighbours and the names of its values' pages. Addresses of articles of `after`.
 */
export function articlesToCheck(before: ArchiveEntry[], after: ArchiveEntry[], changed: ReadonlySet<string>): Set<string> {
  const check = new Set<string>();
  const features = new Set<string>();
  const stories = new Set<string>();
  for (const entries of [before, after]) {
    const dated = entries.filter((entry) => entry.article.date !== undefined);
    dated.forEach((entry, index) => {
      if (!changed.has(entry.url)) return;
      for (const neighbour of [dated[index - 1], dated[index + 1]]) if (neighbour) check.add(neighbour.url);
    });
    for (const entry of entries) {
      if (!changed.has(entry.url)) continue;
      for (const feature of relatedFeatures(entry)) features.add(feature);
      if (entry.article.story !== undefined) stories.add(entry.article.story);
    }
  }
  for (const entries of [before, after]) {
    for (const reader of relatedReaders(entries.map(relatedFeatures), features)) check.add(entries[reader]!.url);
  }
  for (const entry of after) {
    const { story } = entry.article;
    if (changed.has(entry.url) || (story !== undefined && stories.has(story))) check.add(entry.url);
  }
  for (const url of namingRenamedValues(before, after, changed)) check.add(url);
  const present = new Set(after.map((entry) => entry.url));
  return new Set([...check].filter((url) => present.has(url)));
}

/**
 * The articles of `after` that name a value whose page has another name than in `before`: a changed article may make
 * another spelling the one most used. Only the values the changed articles name can be renamed.
 */
function namingRenamedValues(before: ArchiveEntry[], after: ArchiveEntry[], changed: ReadonlySet<string>): string[] {
  const keysOf = (entry: ArchiveEntry) =>
    BROWSE_KINDS.flatMap((kind) => kind.values(entry.article).map((value) => valueKey(kind.path, value)));
  const keys = new Set([...before, ...after].filter((entry) => changed.has(entry.url)).flatMap(keysOf));
  const [namesBefore, namesAfter] = [pageNamesAmong(before, keys), pageNamesAmong(after, keys)];
  const renamed = new Set([...keys].filter((key) => namesBefore.get(key) !== namesAfter.get(key)));
  if (renamed.size === 0) return [];
  return after.filter((entry) => keysOf(entry).some((key) => renamed.has(key))).map((entry) => entry.url);
}

/**
 * A digest of a value of `archive`'s pages, each of the archive's entries in it counting as its digest, and each
 * list of them as the digest of theirs, made once per list: a year's listing has its months' lists of articles on
 * every page, and a kind's index every value's list, which an update's archive takes from the archive before when
 * the value's articles are the same (buildArchive).
 */
function contentDigest(archive: Archive): (value: unknown) => string {
  if (!archivesSeen.has(archive)) {
    for (const entry of archive.entries) entriesSeen.add(entry);
    archivesSeen.add(archive);
  }
  const replacer = (_: string, item: unknown) => {
    if (isEntry(item)) return entryDigest(item);
    if (!Array.isArray(item) || item.length === 0 || !isEntry(item[0])) return item;
    let known = listDigests.get(item);
    if (known === undefined) {
      known = item.every(isEntry) ? digest(item.map(entryDigest).join(" ")) : "";
      listDigests.set(item, known);
    }
    return known === "" ? item : { entries: known };
  };
  return (value) => digest(JSON.stringify(value, replacer));
}

/** The entries of every archive digested, and those archives: an archive's lists of entries hold only its own. */
const entriesSeen = new WeakSet<object>();
const archivesSeen = new WeakSet<Archive>();
const listDigests = new WeakMap<unknown[], string>();

function isEntry(item: unknown): item is ArchiveEntry {
  return typeof item === "object" && item !== null && entriesSeen.has(item);
}

/** The digest of an entry, made once per entry object: an update keeps the entries of the articles it did not read. */
function entryDigest(entry: ArchiveEntry): string {
  let known = entryDigests.get(entry);
  if (known === undefined) entryDigests.set(entry, (known = digest(JSON.stringify(entry))));
  return known;
}

const entryDigests = new WeakMap<ArchiveEntry, string>();

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}
