import type { Article } from "../article.ts";
import { describeDate } from "./dates.ts";
import { slugWords } from "../ingest/slug.ts";

/**
 * The archive's browse pages: articles grouped by source, topic, person, place and organisation, and by year and
 * month. Every grouping is a pure function of the articles, made once per build (archive.ts).
 */

/** An article as the listings and article pages show it. */
export interface ArchiveEntry {
  /** the article page's address, e.g. "/articles/some-slug/" */
  url: string;
  article: Article;
  /** words in the body, for the reading time */
  words: number;
}

/** A kind of named thing articles are grouped by, and the folder of its pages. */
export interface BrowseKind {
  /** the folder: /<path>/ is the index, /<path>/<slug>/ a value's page */
  path: "sources" | "topics" | "people" | "places" | "organisations";
  /** "Sources": the index page's heading */
  plural: string;
  /** "Source": what one value is */
  singular: string;
  /** how articles relate to a value, before its name: "published by" The Times, "naming" Baghdad */
  relation: string;
  /** the values of this kind an article has */
  values(article: Article): string[];
}

export const BROWSE_KINDS: readonly BrowseKind[] = [
  {
    path: "sources",
    plural: "Sources",
    singular: "Source",
    relation: "published by",
    values: (article) => (article.source ? [article.source] : []),
  },
  { path: "topics", plural: "Topics", singular: "Topic", relation: "about", values: (article) => article.topics },
  { path: "people", plural: "People", singular: "Person", relation: "naming", values: (article) => article.people },
  { path: "places", plural: "Places", singular: "Place", relation: "naming", values: (article) => article.places },
  {
    path: "organisations",
    plural: "Organisations",
    singular: "Organisation",
    relation: "naming",
    values: (article) => article.organizations,
  },
];

/** The folder of the timeline: /dates/, /dates/2020/, /dates/2020/06/, /dates/undated/. */
export const DATES_PATH = "dates";

/** One value's group: every article that names it, newest first. */
export interface BrowseGroup {
  slug: string;
  /** the spelling most articles use */
  name: string;
  url: string;
  entries: ArchiveEntry[];
}

/**
 * The slug of a value: the same for spellings that differ only in case, diacritics or punctuation ("Al-Kadhimi",
 * "al kadhimi", "Al-Kádhimi"), so they share one page. Letters of every script are kept; a value with no letter
 * or digit at all gets a slug from its code points, so it still has a page of its own.
 */
export function browseSlug(value: string): string {
  let slug = slugs.get(value);
  if (slug === undefined) {
    const codePoints = () => [...value].map((character) => character.codePointAt(0)!.toString(16));
    slug = slugWords(value).join("-") || `u${codePoints().join("-")}`;
    slugs.set(value, slug);
  }
  return slug;
}

/**
 * Slugs already made: an archive names a few thousand values tens of thousands of times, and making a slug (Unicode
 * normalisation and two expressions) was a fifth of the time it took to build the archive of 50,000 articles.
 */
const slugs = new Map<string, string>();

/** The page of a value of a kind, e.g. browseUrl("places", "Baghdad") = "/places/baghdad/". */
export function browseUrl(kindPath: string, value: string): string {
  return `/${kindPath}/${browseSlug(value)}/`;
}

/** Every value of `kind` in `entries` (which are newest first), grouped by slug, in alphabetical order. */
export function groupByValue(kind: BrowseKind, entries: ArchiveEntry[]): BrowseGroup[] {
  const groups = new Map<string, { spellings: Map<string, number>; entries: ArchiveEntry[] }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const value of kind.values(entry.article)) {
      const slug = browseSlug(value);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map(), entries: [] }));
      group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
      // An article that spells one name two ways is still one article of the group.
      if (!seen.has(slug)) group.entries.push(entry);
      seen.add(slug);
    }
  }
  return [...groups]
    .map(([slug, group]) => ({
      slug,
      name: mostCommon(group.spellings),
      url: `/${kind.path}/${slug}/`,
      entries: group.entries,
    }))
    .sort((a, b) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** The spelling used most, ties going to the first in alphabetical order, so the choice never varies. */
function mostCommon(spellings: Map<string, number>): string {
  return [...spellings].sort(([a, countA], [b, countB]) => countB - countA || compareNames(a, b))[0]![0];
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The timeline: years newest first, each with its months, then the articles whose date is unknown. */
export interface Timeline {
  years: TimelineYear[];
  undated: TimelinePeriod;
}

export interface TimelinePeriod {
  name: string;
  url: string;
  entries: ArchiveEntry[];
}

export interface TimelineYear extends TimelinePeriod {
  months: TimelinePeriod[];
  /** articles dated by the year alone, in no month's page */
  withoutMonth: number;
}

/** The addresses of the timeline's listings: a year's, a month's ("2020-06"), the undated articles'. */
const yearUrl = (year: string) => `/${DATES_PATH}/${year}/`;
const monthUrl = (month: string) => `/${DATES_PATH}/${month.replace("-", "/")}/`;
const UNDATED_URL = `/${DATES_PATH}/undated/`;

/** The listings an article is in (their first pages' addresses): its values', its year's and month's or the undated. */
export function listingsOf(article: Article): string[] {
  const { date } = article;
  const periods = date === undefined ? [UNDATED_URL] : [yearUrl(date.slice(0, 4)), ...(date.length >= 7 ? [monthUrl(date.slice(0, 7))] : [])];
  return [...periods, ...BROWSE_KINDS.flatMap((kind) => kind.values(article).map((value) => browseUrl(kind.path, value)))];
}

/** Groups `entries` (newest first) by year and month. An article dated "2019" is in its year, in no month. */
export function timeline(entries: ArchiveEntry[]): Timeline {
  const years = new Map<string, { entries: ArchiveEntry[]; months: Map<string, ArchiveEntry[]> }>();
  const undated: ArchiveEntry[] = [];
  for (const entry of entries) {
    const { date } = entry.article;
    if (date === undefined) {
      undated.push(entry);
      continue;
    }
    const yearKey = date.slice(0, 4);
    let year = years.get(yearKey);
    if (!year) years.set(yearKey, (year = { entries: [], months: new Map() }));
    year.entries.push(entry);
    if (date.length >= 7) {
      const monthKey = date.slice(0, 7);
      const month = year.months.get(monthKey);
      if (month) month.push(entry);
      else year.months.set(monthKey, [entry]);
    }
  }
  return {
    years: [...years]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([year, { entries: yearEntries, months }]) => ({
        name: year,
        url: yearUrl(year),
        entries: yearEntries,
        months: [...months]
          .sort(([a], [b]) => (a < b ? 1 : -1))
          .map(([month, monthEntries]) => ({
            name: describeDate(month),
            url: monthUrl(month),
            entries: monthEntries,
          })),
        withoutMonth: yearEntries.length - [...months.values()].reduce((sum, list) => sum + list.length, 0),
      })),
    undated: { name: "Date unknown", url: UNDATED_URL, entries: undated },
  };
}

const PAGE_SIZE = 20;

/** One page of a listing: a value's, a year's or a month's articles, 20 at a time. */
export interface ListingPage {
  url: string;
  /** the page's title and description, for its head (base.njk reads them from the page being paginated) */
  title: string;
  description: string;
  /** the page's heading: the value's name, "2020", "June 2020" or "Date unknown" */
  heading: string;
  /** what the heading names: "Topic", "Person", "Year", … */
  kind: string;
  /** the listing's index page, for the way back up */
  parent: { name: string; url: string };
  /** articles in the whole listing */
  total: number;
  entries: ArchiveEntry[];
  /** 1-based */
  pageNumber: number;
  pageCount: number;
  /** the listing's first page, and the neighbours of this page */
  firstUrl: string;
  previousUrl?: string;
  nextUrl?: string;
  /** the months of a year's listing */
  months?: TimelinePeriod[];
}

/** What a listing is before it is cut into pages. */
export interface Listing {
  url: string;
  heading: string;
  kind: string;
  parent: { name: string; url: string };
  /** what the articles have in common, completing "3 articles …": "naming Florence Parly", "from June 2020" */
  about: string;
  months?: TimelinePeriod[];
}

/** The address of a listing's first page, from the address of any of its pages (paginate). */
export function listingUrl(pageUrl: string): string {
  return pageUrl.replace(/page\/\d+\/$/, "");
}

/**
 * A listing cut into pages of PAGE_SIZE: the first at `url`, the others at `url` + "page/N/", so each page's address
 * stays the same as long as the articles before it do.
 */
export function paginate({ about, ...listing }: Listing, entries: ArchiveEntry[]): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const pageUrl = (pageNumber: number) => (pageNumber === 1 ? listing.url : `${listing.url}page/${pageNumber}/`);
  const name =
    listing.kind === "Year" || listing.kind === "Month" || listing.kind === "Date"
      ? listing.heading
      : `${listing.kind}: ${listing.heading}`;
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      ...listing,
      url: pageUrl(pageNumber),
      title: pageCount === 1 ? name : `${name} (page ${pageNumber} of ${pageCount})`,
      description: `${entries.length} ${entries.length === 1 ? "article" : "articles"} ${about}.`,
      total: entries.length,
      entries: entries.slice(index * PAGE_SIZE, pageNumber * PAGE_SIZE),
      pageNumber,
      pageCount,
      firstUrl: listing.url,
      ...(pageNumber > 1 && { previousUrl: pageUrl(pageNumber - 1) }),
      ...(pageNumber < pageCount && { nextUrl: pageUrl(pageNumber + 1) }),
    };
  });
}
