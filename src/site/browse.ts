import type { Article } from "../article.ts";
import { describeDate } from "./dates.ts";
import { cityInEnglish } from "../ingest/city-names.ts";
import { nameWords } from "../ingest/slug.ts";
import { foldNameSpellings } from "./name-spellings.ts";

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
 * The slug of a value of the kind at `kindPath`: the same for spellings that differ only in case, diacritics or
 * punctuation ("Al-Kadhimi", "al kadhimi", "Al-Kádhimi"; Turkish's dotless "ı" is "i": nameWords), for a person,
 * in the transliteration of a name (foldNameSpellings: "Muhammad", "Mohamed"), and for a city, in the names
 * languages give it (cityInEnglish: "Damaskus", "Damas" are "damascus"), so they share one page. Letters of every
 * script are kept; a value with no letter or digit at all gets a slug from its code points, so it still has a page
 * of its own.
 */
export function browseSlug(kindPath: string, value: string): string {
  let slugsOfKind = slugs.get(kindPath);
  if (!slugsOfKind) slugs.set(kindPath, (slugsOfKind = new Map()));
  let slug = slugsOfKind.get(value);
  if (slug === undefined) {
    const codePoints = () => [...value].map((character) => character.codePointAt(0)!.toString(16));
    const words = nameWords(value);
    const city = kindPath === "places" ? cityInEnglish(words.join("-")) : undefined;
    const keyWords = kindPath === "people" ? foldNameSpellings(value, words) : city ? nameWords(city) : words;
    slug = keyWords.join("-") || `u${codePoints().join("-")}`;
    slugsOfKind.set(value, slug);
  }
  return slug;
}

/**
 * Slugs already made, by kind: an archive names a few thousand values tens of thousands of times, and making a slug
 * (Unicode normalisation and two expressions) was a fifth of the time it took to build the archive of 50,000 articles.
 */
const slugs = new Map<string, Map<string, string>>();

/** The page of a value of a kind, e.g. browseUrl("places", "Baghdad") = "/places/baghdad/". */
export function browseUrl(kindPath: string, value: string): string {
  return `/${kindPath}/${browseSlug(kindPath, value)}/`;
}

/** Every value of `kind` in `entries` (which are newest first), grouped by slug, in alphabetical order. */
export function groupByValue(kind: BrowseKind, entries: ArchiveEntry[]): BrowseGroup[] {
  const groups = new Map<string, { spellings: Map<string, number>; entries: ArchiveEntry[] }>();
  for (const entry of entries) {
    for (const { value, slug, first } of sluggedValues(kind, entry)) {
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map(), entries: [] }));
      group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
      // An article that spells one name two ways is still one article of the group.
      if (first) group.entries.push(entry);
    }
  }
  return [...groups]
    .map(([slug, group]) => ({
      slug,
      name: pageName(kind.path, slug, group.spellings),
      url: `/${kind.path}/${slug}/`,
      entries: group.entries,
    }))
    .sort((a, b) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/**
 * The values of `kind` an entry names, with their slugs, `first` for the first of each slug; made once per entry
 * and kind, which serve's updates keep from one archive to the next (they were a third of grouping the values of
 * 10,000 articles).
 */
function sluggedValues(kind: BrowseKind, entry: ArchiveEntry): { value: string; slug: string; first: boolean }[] {
  let byKind = sluggedOf.get(entry);
  if (!byKind) sluggedOf.set(entry, (byKind = new Map()));
  let values = byKind.get(kind);
  if (!values) {
    const seen = new Set<string>();
    values = kind.values(entry.article).map((value) => {
      const slug = browseSlug(kind.path, value);
      const first = !seen.has(slug);
      seen.add(slug);
      return { value, slug, first };
    });
    byKind.set(kind, values);
  }
  return values;
}

const sluggedOf = new WeakMap<ArchiveEntry, Map<BrowseKind, { value: string; slug: string; first: boolean }[]>>();

/**
 * The names of the pages of the values at `keys` (valueKey) among `entries`, as groupByValue names them (pageName).
 * For an update, which needs the names of the values its changed articles name only.
 */
export function pageNamesAmong(entries: ArchiveEntry[], keys: ReadonlySet<string>): Map<string, string> {
  const pagesOf = new Map<string, { kind: BrowseKind; slug: string; spellings: Map<string, number> }>();
  for (const entry of entries) {
    for (const kind of BROWSE_KINDS) {
      for (const { value, slug } of sluggedValues(kind, entry)) {
        const key = `${kind.path}:${slug}`;
        if (!keys.has(key)) continue;
        let page = pagesOf.get(key);
        if (!page) pagesOf.set(key, (page = { kind, slug, spellings: new Map() }));
        page.spellings.set(value, (page.spellings.get(value) ?? 0) + 1);
      }
    }
  }
  return new Map([...pagesOf].map(([key, { kind, slug, spellings }]) => [key, pageName(kind.path, slug, spellings)]));
}

/** A value's key across kinds: `people:mohammed-shia-al-sudani`, one for every spelling that shares its page. */
export function valueKey(kindPath: string, value: string): string {
  return `${kindPath}:${browseSlug(kindPath, value)}`;
}

/**
 * The name of the page at `slug` of the kind at `kindPath`, whose values are spelled `spellings`: a city's English
 * name (cityInEnglish), though no article writes it; else the spelling used most.
 */
function pageName(kindPath: string, slug: string, spellings: Map<string, number>): string {
  return (kindPath === "places" ? cityInEnglish(slug) : undefined) ?? mostCommon(spellings);
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

/** A link on the way back up from a listing, after the home page: "Places", then "Iraq" on a year of Iraq's. */
export interface Crumb {
  name: string;
  url: string;
}

/** A year of a value's articles, as the value's listings link to it; `count` on the value's first page only. */
export interface ListingYear {
  name: string;
  url: string;
  count?: number;
  /** the year of the page that shows the link */
  current?: boolean;
}

/** One page of a listing: a value's, a year's or a month's articles, 20 at a time. */
export interface ListingPage {
  url: string;
  /** the page's title and description, for its head (base.njk reads them from the page being paginated) */
  title: string;
  description: string;
  /** the page's heading: the value's name, "Iraq, 2024", "2020", "June 2020" or "Date unknown" */
  heading: string;
  /** what the heading names: "Topic", "Person", "Year", … */
  kind: string;
  /** the way back up, after the home page */
  trail: Crumb[];
  /** articles in the whole listing */
  total: number;
  entries: ArchiveEntry[];
  /** 1-based */
  pageNumber: number;
  pageCount: number;
  /** the pages before and after this one: newer and older articles, in this listing or the next */
  previousUrl?: string;
  nextUrl?: string;
  /** the months of a year's listing */
  months?: TimelinePeriod[];
  /** the years of a value's listing cut by year (valueListing), and the value's name */
  byYear?: { name: string; years: ListingYear[] };
}

/** What a listing is before it is cut into pages. */
export interface Listing {
  url: string;
  heading: string;
  kind: string;
  trail: Crumb[];
  /** what the articles have in common, completing "3 articles …": "naming Florence Parly", "from June 2020" */
  about: string;
  months?: TimelinePeriod[];
  byYear?: { name: string; years: ListingYear[] };
}

/**
 * Whether the page at `pageUrl` belongs to one of the listings at `listings` (their first pages' addresses): it is
 * one of their pages, or of a listing below one, such as a value's year or a year's month.
 */
export function inListings(pageUrl: string, listings: ReadonlySet<string>): boolean {
  for (let end = pageUrl.indexOf("/", 1); end !== -1; end = pageUrl.indexOf("/", end + 1)) {
    if (listings.has(pageUrl.slice(0, end + 1))) return true;
  }
  return false;
}

/**
 * A listing cut into pages of PAGE_SIZE: the first at `url`, the others at `url` + "page/N/", so each page's address
 * stays the same as long as the articles before it do. `around` names the pages before the first and after the last,
 * when the listing is one of several a reader goes through in turn.
 */
export function paginate(
  { about, ...listing }: Listing,
  entries: ArchiveEntry[],
  around: { previousUrl?: string; nextUrl?: string } = {},
): ListingPage[] {
  const pageCount = pageCountOf(entries);
  const name = listingName(listing);
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const previousUrl = pageNumber > 1 ? pageUrl(listing.url, pageNumber - 1) : around.previousUrl;
    const nextUrl = pageNumber < pageCount ? pageUrl(listing.url, pageNumber + 1) : around.nextUrl;
    return {
      ...listing,
      url: pageUrl(listing.url, pageNumber),
      title: pageCount === 1 ? name : `${name} (page ${pageNumber} of ${pageCount})`,
      description: describeCount(entries.length, about),
      total: entries.length,
      entries: entries.slice(index * PAGE_SIZE, pageNumber * PAGE_SIZE),
      pageNumber,
      pageCount,
      ...(previousUrl !== undefined && { previousUrl }),
      ...(nextUrl !== undefined && { nextUrl }),
    };
  });
}

/** How many pages a listing of `entries` has: one, even with none. */
const pageCountOf = (entries: ArchiveEntry[]) => Math.max(1, Math.ceil(entries.length / PAGE_SIZE));

const pageUrl = (listingUrl: string, pageNumber: number) =>
  pageNumber === 1 ? listingUrl : `${listingUrl}page/${pageNumber}/`;

/** "Place: Iraq", "June 2020": what a listing's pages are titled, before their page number. */
function listingName(listing: { kind: string; heading: string }): string {
  return listing.kind === "Year" || listing.kind === "Month" || listing.kind === "Date"
    ? listing.heading
    : `${listing.kind}: ${listing.heading}`;
}

function describeCount(count: number, about: string): string {
  return `${count} ${count === 1 ? "article" : "articles"} ${about}.`;
}

/**
 * The pages of a value's articles (`entries`, newest first). Up to YEARS_AFTER pages, a listing as any other. More
 * are cut by year: the value's page shows the newest and the years, each with its number of articles, and each
 * year's articles (and those whose date is unknown) are a listing of their own at the value's address + "2024/", the
 * pages of one year leading on to the next. A reader of a value named in thousands of articles can go to a year, and
 * an article added changes the value's page and its own year's pages, not each of the value's hundreds of pages.
 */
export function valueListing({ about, ...listing }: Listing, entries: ArchiveEntry[]): ListingPage[] {
  if (entries.length <= PAGE_SIZE * YEARS_AFTER) return paginate({ about, ...listing }, entries);
  const years = yearsOf(entries).map((year) => ({ ...year, url: `${listing.url}${year.slug}/` }));
  const trail = [...listing.trail, { name: listing.heading, url: listing.url }];
  const yearPages = years.map((year, index) =>
    paginate(
      {
        url: year.url,
        heading: `${listing.heading}, ${year.slug === UNDATED ? "date unknown" : year.name}`,
        kind: listing.kind,
        trail,
        about: year.slug === UNDATED ? `${about} whose date is unknown` : `${about} from ${year.name}`,
        byYear: {
          name: listing.heading,
          years: years.map(({ name, url }) => ({ name, url, ...(url === year.url && { current: true }) })),
        },
      },
      year.entries,
      {
        ...(index > 0 && { previousUrl: pageUrl(years[index - 1]!.url, pageCountOf(years[index - 1]!.entries)) }),
        ...(index < years.length - 1 && { nextUrl: years[index + 1]!.url }),
      },
    ),
  );
  // The value's page shows the newest PAGE_SIZE; "Older articles" goes to the page of its year that has the next.
  let nextYear = 0;
  let before = 0;
  while (before + years[nextYear]!.entries.length <= PAGE_SIZE) before += years[nextYear++]!.entries.length;
  const first: ListingPage = {
    ...listing,
    title: listingName(listing),
    description: describeCount(entries.length, about),
    total: entries.length,
    entries: entries.slice(0, PAGE_SIZE),
    pageNumber: 1,
    pageCount: 1,
    nextUrl: yearPages[nextYear]![Math.floor((PAGE_SIZE - before) / PAGE_SIZE)]!.url,
    byYear: { name: listing.heading, years: years.map(({ name, url, entries: ofYear }) => ({ name, url, count: ofYear.length })) },
  };
  return [first, ...yearPages.flat()];
}

/**
 * The most pages a value's listing has before it is cut by year: a few pages are read in turn, and the tens of years
 * of a value named now and then would be pages of an article or two each.
 */
const YEARS_AFTER = 5;

/** The folder of a value's articles whose date is unknown, beside its years'. */
const UNDATED = "undated";

/** `entries` (newest first, undated last) by year, newest first, then the undated ones. */
function yearsOf(entries: ArchiveEntry[]): { slug: string; name: string; entries: ArchiveEntry[] }[] {
  const years = new Map<string, ArchiveEntry[]>();
  for (const entry of entries) {
    const key = entry.article.date?.slice(0, 4) ?? UNDATED;
    const year = years.get(key);
    if (year) year.push(entry);
    else years.set(key, [entry]);
  }
  return [...years].map(([slug, ofYear]) => ({ slug, name: slug === UNDATED ? "Date unknown" : slug, entries: ofYear }));
}
